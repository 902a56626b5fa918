// The words a page prints on its furniture, never in an article: ad markers, buttons, notes that the story goes on.
import Foundation

/// Lines that are only an interface label, in the languages of the pages we see most.
///
/// An ad slot left empty by a blocked script still prints its marker, and a like button its
/// caption; the label is a paragraph of its own in the article's container:
///
///     <p>ADVERTISEMENT</p>                → label
///     <div>Continue Reading Below</div>   → label
///     <p>Advertisement aside, …</p>      → article text
enum InterfaceLabels {
    /// The labels, lowercased, without surrounding punctuation.
    static let labels: Set<String> = [
        // Ad markers.
        "advertisement", "advertisements", "advert", "ad", "sponsored", "anzeige", "werbung", "gesponsert",
        "publicidad", "publicité", "pubblicità", "reklama", "реклама", "广告", "廣告", "広告",
        // Notes that the article goes on past an ad.
        "continue reading below", "story continues below", "article continues below", "continue reading",
        "story continues", "read the rest", "lesen sie weiter", "weiterlesen", "weiter lesen", "mehr erfahren", "learn more", "read more",
        "lire la suite", "leer más", "seguir leyendo", "continua a leggere", "więcej", "czytaj więcej", "mehr", "more",
        // Buttons and their captions.
        "click to enlarge", "click to expand", "zum vergrößern bitte anklicken", "zum vergrößern anklicken",
        "like this", "gefällt mir", "like loading", "liken lade", "gefällt mir lade", "gefällt mir wird geladen",
        "j'aime chargement", "j’aime chargement", "me gusta cargando", "share this", "teilen", "compartir", "partager",
        "print", "drucken", "imprimir", "imprimer", "drukuj", "print recipe", "rezept drucken", "permalink", "permalien",
        "pin it", "pin", "save", "speichern", "merken", "bei pinterest speichern", "auf pinterest merken", "save to pinterest",
        "leave a comment", "leave a reply", "write a comment", "kommentar schreiben", "kommentare schreiben",
        "was this article helpful", "war der artikel nützlich", "war dieser artikel hilfreich",
        // Prompts to share the page, set under it.
        "share this article", "share this post", "share this page", "share this story", "share article",
        "diesen artikel teilen", "artikel teilen", "beitrag teilen", "diesen beitrag teilen", "seite teilen", "diese seite teilen",
        "möchten sie den artikel teilen", "partager cet article", "partager la page", "compartir este artículo",
        "compartir artículo", "condividi", "condividi questo articolo", "udostępnij", "поделиться", "分享", "分享到",
        // Counters and placeholders of comment, rating, login and consent widgets.
        "keine kommentare", "noch keine kommentare", "kommentare insgesamt", "comments", "kommentare", "commentaires", "comentarios", "no comments", "no comments yet", "noch keine bewertungen",
        "no ratings yet", "no reviews yet", "sie sind nicht eingeloggt", "sie sind aktuell nicht eingeloggt",
        "you are not logged in", "externer inhalt", "external content",
        // Labels of the boxes set under the article: contact, further details, the original, a disclaimer.
        "kontakt", "contact", "zusatzinformationen", "originalartikel", "release date", "alle angaben ohne gewähr",
        "angaben ohne gewähr", "ohne gewähr",
        // Titles of the table of contents and of the search box.
        "inhaltsverzeichnis", "table of contents", "sommaire", "suche", "search",
        // Titles of the box about the writer, above the biography.
        "about the author", "über den autor", "über die autorin", "à propos de l'auteur", "sobre el autor", "sobre la autora",
    ]

    /// Titles of lists of other stories, set above the links inside an article.
    static let relatedTitles: Set<String> = [
        "related", "related articles", "related posts", "related stories", "related content", "you may also like",
        "you might also like", "more stories", "recommended", "recommended for you", "most read", "most popular",
        "also read", "read next", "don't miss", "related coverage", "more on this story", "more on this topic", "ähnliche beiträge", "ähnliche artikel", "verwandte artikel",
        "verwandte beiträge", "auch interessant", "das könnte sie auch interessieren", "das könnte dich auch interessieren",
        "das thema könnte sie auch interessieren", "das thema könnte dich auch interessieren", "lesen sie auch die folgenden beiträge",
        "weitere beiträge",
        "zum weiterlesen", "schon gelesen", "lesen sie auch", "mehr zum thema", "weitere artikel", "meistgelesen",
        "à lire aussi", "lire aussi", "sur le même sujet", "articles similaires", "vous aimerez aussi",
        "te puede interesar", "también te puede interesar", "noticias relacionadas", "más noticias", "lo más leído",
        "artículos relacionados", "você pode gostar", "leia também", "veja também", "notícias relacionadas",
        "posts relacionados", "leggi anche", "articoli correlati", "potrebbe interessarti", "czytaj też", "czytaj także",
        "zobacz też", "zobacz także", "читайте также", "похожие статьи", "相关新闻", "相关阅读", "相关文章", "推荐阅读",
        "延伸阅读", "相關新聞", "相關閱讀", "延伸閱讀", "推薦閱讀", "関連記事", "あわせて読みたい", "관련기사",
        "lue myös", "lue seuraavaksi", "lees ook", "gerelateerde artikelen", "läs också", "relaterade artiklar", "læs også",
        "les også", "relaterte artikler", "čtěte také", "související články", "citește și", "ilgili haberler",
        "kapcsolódó cikkek", "διαβάστε επίσης", "читайте також", "схожі статті",
        "más información", "weitere informationen", "mehr informationen",
        "meist-diskutiert", "meistdiskutiert", "meistkommentiert", "most discussed", "most commented", "most shared",
        "audios et vidéos sur le sujet", "vidéos sur le sujet", "articles sur le sujet", "plus sur le sujet", "sur le même thème",
        "lo más visto", "più letti", "najczęściej czytane",
        "diese artikel könnten dich ebenfalls interessieren", "diese artikel könnten dich auch interessieren",
        "diese artikel könnten sie ebenfalls interessieren", "diese artikel könnten sie auch interessieren",
        "das könnte sie ebenfalls interessieren", "das könnte dich ebenfalls interessieren", "das könnte ihnen auch gefallen",
        "das könnte dir auch gefallen", "you might also be interested in", "you may also be interested in",
        "vous pourriez aussi aimer", "à lire également", "también te puede interesar", "te podría interesar",
    ]

    /// Whether a paragraph is one of the page's lines, not the article's: a label, a related-stories
    /// title, an advertising or affiliate note, a source line, a pointer to another story, an ad's
    /// opening, a link to a file or a host name alone.
    static func isPageLine(_ line: String) -> Bool {
        isLabel(line) || isRelatedTitle(line) || isDisclosure(line) || isAttribution(line) || isCrossReference(line)
            || isAdvertisement(line) || isDownload(line) || isBareDomain(line)
    }

    /// Phrases of the notes that declare advertising and affiliate links, lowercased.
    static let disclosurePhrases = SignatureWords([
        "affiliate link", "affiliate-link", "may earn a commission", "we earn a commission", "earn an affiliate commission",
        "may receive compensation", "may receive a commission", "references to products from",
        "erhält ggf. eine provision", "eine provision vom händler", "enthält werbung", "enthält affiliate", "provisions-link",
        "werbe-link", "werbelink", "lien affilié", "liens affiliés", "liens sponsorisés", "enlaces de afiliado", "enlace de afiliado",
        "link di affiliazione",
    ])

    /// Whether a short paragraph declares advertising or affiliate links: `Für Links auf dieser Seite
    /// erhält CHIP ggf. eine Provision vom Händler`, `*Werbung. Dieser Beitrag enthält Werbung für …`.
    static func isDisclosure(_ line: String) -> Bool {
        TextMeasure.fits(line, within: Thresholds.maximumClosingLineCharacters) && disclosurePhrases.occur(ignoringCaseIn: line)
    }

    /// Ad markers that may open a longer line: `ANZEIGE - Heute mal ausgehen?`.
    private static let adOpenings = ["anzeige", "advertisement", "werbung", "sponsored", "publicidad", "publicité", "reklama", "реклама"]
        .flatMap { marker in [" - ", " – ", ": ", " | "].map { marker + $0 } }

    /// Whether a short line opens with an ad marker and a separator: the ad's own text follows.
    static func isAdvertisement(_ line: String) -> Bool {
        // Every marker starts with one of these letters: most lines are passed over on that alone.
        guard let first = line.unicodeScalars.first, "aAwWsSpPrRрР".unicodeScalars.contains(first),
              TextMeasure.fits(line, within: Thresholds.maximumClosingLineCharacters) else { return false }
        let opening = line.prefix(20).lowercasedQuickly()
        return adOpenings.contains { opening.hasPrefix($0) }
    }

    /// Whether a line is only a web address's host, set as the source (`BVINEWS.COM`).
    static func isBareDomain(_ line: String) -> Bool {
        guard line.utf8.count <= 40, let dot = line.lastIndex(of: "."), dot > line.startIndex else { return false }
        let suffix = line[line.index(after: dot)...]
        guard (2...6).contains(suffix.count), suffix.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return line.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }
    }

    /// Words of a link to a file, lowercased.
    private static let downloadWords = SignatureWords(["pdf", "download", "herunterladen", "datei", "fichier", "descargar"])

    /// Whether a short line is a link to a file: it names the file's size or asks to download it
    /// (`Informationsschreiben vom 14. Oktober 2021 PDF | 38 KB`, `Dieses Skript als PDF herunterladen`).
    static func isDownload(_ line: String) -> Bool {
        guard TextMeasure.fits(line, within: Thresholds.maximumAttributionCharacters * 2), downloadWords.occur(ignoringCaseIn: line) else { return false }
        let lowered = line.lowercasedQuickly()
        if lowered.contains("pdf"), lowered.contains("herunterladen") || lowered.contains("download") { return true }
        // A size: digits, a space and KB or MB.
        let words = lowered.split(whereSeparator: { $0 == " " || $0 == "|" || $0 == "(" || $0 == ")" || $0 == "," })
        for (index, word) in words.enumerated().dropFirst() where ["kb", "mb", "kib", "mib", "ko", "mo"].contains(word) {
            if words[index - 1].allSatisfy({ $0.isNumber || $0 == "." }) { return true }
        }
        return false
    }

    /// Labels that open a line pointing to another story, besides the related-stories titles, lowercased.
    private static let crossReferenceLabels: Set<String> = [
        "puedes ver", "mira", "lee también", "lea también", "lee", "lea", "ver también", "ver más", "read more", "read", "see also",
        "lesen sie", "lesen sie hier", "lire", "leia", "leggi", "czytaj", "читайте", "читайте также", "阅读", "閱讀",
    ]

    /// Openings and endings of a short line that only points to a link: `Hier geht es zur neuen
    /// Vorstandsstruktur`, `Weitere Infos unter www.itfjuniors.de.`, `… findest Du hier.`
    private static let pointerOpenings = [
        "hier geht es zu", "hier geht's zu", "hier geht’s zu", "klicken sie hier", "hier klicken",
        "weitere infos unter", "mehr infos unter", "weitere informationen unter", "more info at", "más información en",
    ]
    private static let pointerEndings = ["findest du hier.", "finden sie hier.", "gibt es hier.", "lesen sie hier.", "read it here.", "find out more here."]

    /// Whether a short line only points to another story under a label: `PUEDES VER: ¿Qué es la
    /// Sunedu?`, `MIRA: Madre se acerca …`, `Lesen Sie auch: Der Plan der Stadt`.
    static func isCrossReference(_ line: String) -> Bool {
        guard TextMeasure.fits(line, within: Thresholds.maximumClosingLineCharacters) else { return false }
        // Every pointer opens with one of these letters or ends with "hier." or "here.": most lines
        // are passed over without lowercasing them.
        if let first = line.unicodeScalars.first, "hHkKwWmM".unicodeScalars.contains(first) || line.hasSuffix("hier.") || line.hasSuffix("here."),
           TextMeasure.fits(line, within: Thresholds.maximumAttributionCharacters) {
            let lowered = line.lowercasedQuickly()
            if pointerOpenings.contains(where: { lowered.hasPrefix($0) }) || pointerEndings.contains(where: { lowered.hasSuffix($0) }) { return true }
        }
        // A colon, ASCII or full-width, must be near the start: looked for in the bytes first.
        guard ByteSearch.contains(UInt8(ascii: ":"), in: line, within: 128)
                || ByteSearch.contains(0x9A, in: line, within: 128) && ByteSearch.contains(0xBC, in: line, within: 128),
              let colon = line.prefix(32).firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
        let label = line[..<colon].trimming(.whitespaces).lowercasedQuickly()
        let rest = line[line.index(after: colon)...].trimming(.whitespaces)
        return !rest.isEmpty && (crossReferenceLabels.contains(label) || relatedTitles.contains(label))
    }

    /// Labels that open a line naming where the article's facts or figures come from, lowercased.
    private static let attributionLabels = [
        "source:", "sources:", "quelle:", "quellen:", "źródło:", "źródła:", "fuente:", "fuentes:", "fonte:", "fontes:",
        "источник:", "bron:", "kilde:", "källa:", "lähde:", "zdroj:", "kaynak:",
    ]

    /// Whether a short line only attributes: `Quelle: Landesregierung`, `Źródło: Statista.com`,
    /// `(Quelle: Fleischmann/Unsplash/DJV)`. Like a picture's credit, it names the source of what
    /// the article reports and says nothing itself; a sentence after the label is kept.
    static func isAttribution(_ line: String) -> Bool {
        // Every label ends with a colon near the start: most lines are passed over on that alone.
        guard ByteSearch.contains(UInt8(ascii: ":"), in: line, within: 32),
              TextMeasure.fits(line, within: Thresholds.maximumAttributionCharacters) else { return false }
        var opening = line.prefix(24).lowercasedQuickly()[...]
        if opening.first == "(" { opening = opening.dropFirst() }
        guard let label = attributionLabels.first(where: { opening.hasPrefix($0) }) else { return false }
        let value = opening.dropFirst(label.count).drop { $0 == " " }
        return !value.isEmpty && line.last != "." || line.hasSuffix(".)")
    }

    /// The longest label or title, in bytes: longer lines are not looked up.
    private static let longestLabel = labels.union(relatedTitles).map(\.utf8.count).max() ?? 0

    /// Whether the whole line is a label, ignoring case, spaces and the dashes, dots and colons around
    /// it, and the address a permalink label prints after it (`- Permalink https://p.dw.com/p/RPYx`).
    static func isLabel(_ line: String) -> Bool {
        // Every label form opens with a label's first word, but a reading time ("4 min read"): most
        // lines are passed over on their first word alone, without lowercasing them whole.
        guard line.utf8.count <= longestLabel + 120 else { return false }
        guard opens(line, withOneOf: labelFirstWords) else {
            return line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) && isButtonRow(line)
        }
        if let space = line.lastIndex(of: " "), line[line.index(after: space)...].hasPrefix("http") {
            return matches(String(line[..<space]), labels)
        }
        if matches(line, labels) { return true }
        // A count or a note in brackets after the label: `Kommentare insgesamt: 0`,
        // `Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)`.
        guard line.utf8.count <= longestLabel + 80 else { return false }
        if line.last?.isNumber == true {
            let withoutCount = line.trimming(.decimalDigits.union(.whitespaces))
            if withoutCount.hasSuffix(":"), matches(withoutCount, labels) { return true }
        }
        if line.hasSuffix(")"), let open = line.firstIndex(of: "("), open > line.startIndex {
            return matches(String(line[..<open]), labels)
        }
        return isButtonRow(line)
    }

    /// Whether a short line is two labels in a row, or a label and the reading time, as the buttons
    /// of a recipe card or a teaser print them: `Rezept drucken Bei Pinterest speichern`,
    /// `weiterlesen 5 Minuten`, `4 min read`.
    private static func isButtonRow(_ line: String) -> Bool {
        guard line.utf8.count <= longestLabel * 2, ByteSearch.contains(0x20, in: line) else { return false }
        let lowered = line.trimmingCharacters(in: trimmedCharacters).lowercasedQuickly()
        if isReadingTime(lowered[...]) { return true }
        var space = lowered.firstIndex(of: " ")
        while let split = space {
            let first = lowered[..<split], second = lowered[lowered.index(after: split)...]
            if labels.contains(String(first)), labels.contains(String(second)) || isReadingTime(second) { return true }
            space = second.firstIndex(of: " ")
        }
        return false
    }

    /// The first words of the labels.
    private static let labelFirstWords = Set(labels.map { String($0.prefix { $0 != " " }) })

    /// Units and words of a reading time, lowercased: `5 Minuten`, `4 min read`, `Lesezeit: 3 Min.`.
    private static let readingTimeUnits: Set<Substring> = ["min", "min.", "mins", "minute", "minutes", "minuten", "minutos", "minut", "minuty", "minuti"]
    private static let readingTimeWords: Set<Substring> = ["read", "lesezeit:", "lesezeit", "reading", "time:", "lectura", "de", "lecture", "ca.", "etwa"]

    /// Whether a lowercased line is only a reading time: a number, a unit of minutes and the words
    /// around them.
    private static func isReadingTime(_ line: Substring) -> Bool {
        let words = line.split(separator: " ")
        guard words.count <= 5, let number = words.firstIndex(where: { $0.allSatisfy(\.isNumber) }),
              number + 1 < words.count, readingTimeUnits.contains(words[number + 1]) else { return false }
        return words.indices.allSatisfy { $0 == number || $0 == number + 1 || readingTimeWords.contains(words[$0]) }
    }

    /// Whether the whole line is the title of a list of other stories.
    static func isRelatedTitle(_ line: String) -> Bool { opens(line, withOneOf: relatedTitleFirstWords) && matches(line, relatedTitles) }

    /// The first words of the related-stories titles.
    private static let relatedTitleFirstWords = Set(relatedTitles.map { String($0.prefix { $0 != " " }) })

    /// Whether the line's first word, without the punctuation around it and ignoring case, is one of `words`.
    private static func opens(_ line: String, withOneOf words: Set<String>) -> Bool {
        var word = line.unicodeScalars.drop { trimmedScalars.contains($0) }.prefix { $0 != " " }
        while let last = word.last, trimmedScalars.contains(last) { word = word.dropLast() }
        return !word.isEmpty && word.count <= longestLabel && words.contains(String(word).lowercasedQuickly())
    }

    private static let trimmedScalars = Set(trimmedCharacters.flatMap(\.unicodeScalars))

    private static func matches(_ line: String, _ words: Set<String>) -> Bool {
        guard line.utf8.count <= longestLabel + 12 else { return false }
        let trimmed = line.trimmingCharacters(in: trimmedCharacters).lowercasedQuickly()
        return !trimmed.isEmpty && words.contains(trimmed)
    }

    private static let trimmedCharacters: Set<Character> = [" ", "-", "–", "—", ".", "…", ":", "·", "|", "(", ")", "[", "]", "?", "!", "：", "\u{A0}"]
}

private extension String {
    func trimmingCharacters(in set: Set<Character>) -> Substring {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return slice
    }
}
