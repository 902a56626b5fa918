// Turns a byline as pages print it into the writers' names.
import Foundation

/// The names in a byline: labels, dates, roles and publishers taken off, several writers split.
///
///     "Von Roland Brockmann und Sebastian Drescher"  → ["Roland Brockmann", "Sebastian Drescher"]
///     "Text und Interview: Harald Willenbrock"       → ["Harald Willenbrock"]
///     "Lisa Petrich Mi, 12. Jan 2022"                → ["Lisa Petrich"]
///     "Rob Picheta, CNN" (on edition.cnn.com)        → ["Rob Picheta"]
///     "https://example.com/about"                    → []
enum AuthorNames {
    /// Words that introduce the writer, in the languages pages are written in; the name follows the last one.
    private static let introductions: Set<String> = [
        "by", "von", "vom", "par", "por", "door", "av", "от", "автор", "بقلم", "written", "posted", "geschrieben",
        "verfasst", "erstellt", "eingestellt", "gespeichert", "veröffentlicht", "publié", "publicado", "escrito", "scritto", "pubblicato",
    ]
    /// Words that join several writers.
    private static let conjunctions: Set<String> = ["and", "und", "et", "y", "e", "en", "i", "och", "og", "и", "&", "AND", "UND"]
    /// Words after a name that begin a date or a place, never part of a name.
    private static let trailers: Set<String> = [
        "am", "on", "le", "el", "em", "um", "at", "in", "im", "il", "vor", "seit", "updated", "published", "aktualisiert",
        "veröffentlicht", "mehr", "more", "Tags", "Schlagwörter", "Kategorie", "Kategorien", "Categories",
    ]
    /// Weekday names and abbreviations that bylines print after the name.
    private static let weekdays: Set<String> = [
        "mo", "di", "mi", "do", "fr", "sa", "so", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch",
        "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    ]
    /// First words of a picture credit, which byline markup sometimes holds instead of a writer.
    private static let pictureWords: Set<String> = ["фото", "photo", "photos", "foto", "fotos", "bild", "bilder", "image", "images", "picture", "credit"]

    /// Job titles printed after a name: "Christoph Hein Chefredakteur".
    private static let roles: Set<String> = ["chefredakteur", "chefredakteurin", "redakteur", "redakteurin", "korrespondent",
                                             "korrespondentin", "correspondent", "reporter", "editor", "journalist", "journalistin",
                                             "rechtsanwalt", "rechtsanwältin", "fachanwalt", "fachanwältin"]

    /// Default accounts and interface words that byline markup holds in place of a writer.
    private static let accountWords: Set<String> = ["admin", "administrator", "webmaster", "user", "guest", "gast", "anonymous",
                                                    "text", "links", "editor", "staff", "tags", "schlagwörter"]

    /// The longest a single name may be, in words and characters: longer text is a sentence.
    private static let maximumWords = 5
    /// Quotes and marks around a byline: `„Anna Berg“`, `© Reuters`.
    private static let enclosingMarks = CharacterSet(charactersIn: "\"'“”„«»‚‘’©® ")
    /// The colon after a picture credit's label, and after an author label in any script.
    private static let colon = CharacterSet(charactersIn: ":")
    private static let colons = CharacterSet(charactersIn: ":：")
    /// Punctuation left at either end of a name cut from its line.
    private static let nameEdges = CharacterSet(charactersIn: ".:-–,;\"'“”«» ")
    /// The period or comma after an abbreviated day or month: `Mi.`, `Feb,`.
    private static let abbreviationMarks = CharacterSet(charactersIn: ".,")
    private static let maximumCharacters = 50

    /// The writers named in a byline; empty when it names none.
    ///
    /// - Parameter publisherWords: lowercased words of the host and site name: a byline part that is
    ///   one of them is the publisher credited beside the writer (`"Rob Picheta, CNN"`).
    static func names(in byline: String, publisherWords: Set<String> = []) -> [String] {
        var text = TextNormalizer.collapse(byline)
        guard !text.isEmpty, text.count <= 300, !ByteSearch.contains(text, "://"), !ByteSearch.contains(text, "www.") else { return [] }
        text = text.trimming(AuthorNames.enclosingMarks)
        text = AuthorNames.separatingGluedLabel(text)
        // A reporter's title glued to the name: "记者王敬照".
        for title in ["记者", "記者", "通讯员", "通訊員"] where text.hasPrefix(title) && text.count > title.count {
            text = String(text.dropFirst(title.count)).trimming(.whitespaces)
        }
        // A label ending in a colon ("Autor:", "Text und Interview:") stands before the names.
        if let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }), text[..<colon].split(separator: " ").count <= 4,
           !text[..<colon].contains(where: \.isNumber) {
            text = String(text[text.index(after: colon)...])
        }
        // What follows a separator or an opening bracket is a date, a place or a role.
        for stop in [" | ", " - ", " – ", " — ", " · ", " • ", "(", "（", "@", "\n", "|"] {
            if let range = ByteSearch.range(of: stop, in: text), range.lowerBound > text.startIndex {
                text = String(text[..<range.lowerBound])
            }
        }
        // Foundation's replacement bridges the line to an NSString and back even when there is
        // nothing to replace, as in nearly every byline: asked first on the bytes.
        for separator in ["、", " / "] where ByteSearch.contains(text, separator) {
            text = text.replacingOccurrences(of: separator, with: ", ")
        }
        text = AuthorNames.droppingAgencyCodes(text)
        var words = text.split(whereSeparator: { $0 == " " }).map(String.init)
        if let first = words.first?.lowercasedQuickly().trimming(AuthorNames.colon), pictureWords.contains(first) { return [] }
        // An author label alone, or with a colon: "Autor:", "Autoren".
        if let first = words.first?.lowercasedQuickly().trimming(AuthorNames.colons),
           ["autor", "autorin", "autoren", "author", "authors", "auteur", "autore", "作者", "автор"].contains(first) {
            words.removeFirst()
        }
        if let last = words.indices.last(where: { isIntroduction(at: $0, in: words) }) { words.removeFirst(last + 1) }
        // A job title before the name: "Rechtsanwalt Sebastian Einbock".
        while words.count > 2, roles.contains(words[0].lowercasedQuickly()) { words.removeFirst() }
        // Korean bylines put the title after the name: "홍길동 기자".
        if let title = words.firstIndex(where: { $0.hasPrefix("기자") }), title > 0 { words.removeSubrange(title...) }
        // A word that begins with a digit begins a date or a time.
        if let number = words.firstIndex(where: { $0.first?.isNumber == true }) { words.removeSubrange(number...) }
        // A word that begins a date or a place ends the byline: "Isabella DiBiase am Samstag".
        // Lowercase only: "Loïc Le Clerc" and "Ana El Hadi" keep their particles.
        if let trailer = words.indices.dropFirst().first(where: { trailers.contains(words[$0]) }) {
            words.removeSubrange(trailer...)
        }
        // Split into names at conjunctions, commas and semicolons.
        var names: [[String]] = [[]]
        for word in words {
            if conjunctions.contains(word) {
                names.append([])
                continue
            }
            let ends = word.hasSuffix(",") || word.hasSuffix(";") || word.hasSuffix("、")
            let bare = ends ? String(word.dropLast()) : word
            if !bare.isEmpty { names[names.count - 1].append(bare) }
            if ends { names.append([]) }
        }
        var result: [String] = []
        for var name in names {
            while name.count > 2, let last = name.last, isDateWord(last) || roles.contains(last.lowercasedQuickly()) { name.removeLast() }
            guard !name.isEmpty else { continue }
            let joined = name.joined(separator: " ").trimming(AuthorNames.nameEdges)
            guard isName(joined), !trailers.contains(joined.lowercasedQuickly()), !introductions.contains(joined.lowercasedQuickly()) else { continue }
            if name.count == 1, publisherWords.contains(joined.lowercasedQuickly()), !result.isEmpty { continue }
            // A month after a writer starts a date ("Julia Steinhoff, Oktober"); alone it may be a name (Jan).
            if name.count == 1, !result.isEmpty, DateParser.isMonthName(joined.lowercasedQuickly()) { continue }
            if !result.contains(joined) { result.append(joined) }
        }
        return result
    }

    /// Labels that markup glues to the name when they sit in elements of their own:
    /// `<span>By</span><a>J.R. Stone</a>` reads "ByJ.R. Stone".
    private static let gluedLabels = ["By", "Von", "Author", "Autor", "Autorin", "Por", "Par"]

    /// The text with a space after a label glued to a capitalised name.
    static func separatingGluedLabel(_ text: String) -> String {
        for label in gluedLabels where text.hasPrefix(label) {
            let rest = text.dropFirst(label.count)
            if let first = rest.first, first.isUppercase, rest.dropFirst().first?.isUppercase == false || rest.dropFirst().first == "." {
                return label + " " + rest
            }
        }
        return text
    }

    /// A writer's name without the agency or desk code written after a slash: `Peter Maahn/SP-X`,
    /// `Jane Doe/dpa`. A byline of codes alone (`dpa/lno`) is left as it is.
    static func droppingAgencyCodes(_ text: String) -> String {
        guard ByteSearch.contains(UInt8(ascii: "/"), in: text) else { return text }
        let parts = text.split(separator: "/", omittingEmptySubsequences: true)
        func isCode(_ part: Substring) -> Bool {
            let trimmed = part.trimming(.whitespaces)
            return trimmed.count <= 5 && !trimmed.contains(" ")
                && (!trimmed.contains(where: \.isLowercase) || !trimmed.contains(where: \.isUppercase))
        }
        let kept = parts.filter { !isCode($0) }
        return kept.isEmpty || kept.count == parts.count ? text : kept.joined(separator: "/")
    }

    /// Nouns a byline puts before "von" or "by": "Rezept von …", "Ein Beitrag von …".
    private static let labelNouns: Set<String> = ["rezept", "beitrag", "artikel", "text", "texte", "foto", "fotos", "bilder", "interview",
                                                  "gastbeitrag", "kommentar", "story", "article", "post", "photos", "report", "bericht",
                                                  "pressemitteilung", "meldung", "column", "kolumne"]

    /// Whether the word at `index` introduces the name: it starts the byline or follows a label
    /// ("Erstellt von", "Ein Beitrag von"). After a name it is a particle: "Ursula von der Leyen",
    /// "Christoph von Ritter".
    private static func isIntroduction(at index: Int, in words: [String]) -> Bool {
        let word = words[index]
        let lower = word.lowercasedQuickly()
        guard introductions.contains(lower) || (index == 0 && (lower == "über" || lower == "about")),
              word == lower || word.dropFirst() == lower.dropFirst() else { return false }
        guard index > 0 else { return true }
        let previous = words[index - 1]
        let previousLower = previous.lowercasedQuickly()
        if let first = previous.first, !first.isUppercase { return true }
        return introductions.contains(previousLower) || labelNouns.contains(previousLower) || previous.hasSuffix(":")
    }

    /// Whether a word after the name is a weekday or a month abbreviation ("Lisa Petrich Mi", "… Feb").
    private static func isDateWord(_ word: String) -> Bool {
        let lower = word.lowercasedQuickly().trimming(AuthorNames.abbreviationMarks)
        return weekdays.contains(lower) || (lower.count <= 4 && DateParser.isMonthName(lower))
    }

    /// The names as one byline: joined by `、` when all are Chinese or Japanese, else by `, `.
    static func joined(_ names: [String]) -> String? {
        guard !names.isEmpty else { return nil }
        let allHan = names.allSatisfy { $0.unicodeScalars.allSatisfy { $0.value >= 0x3040 && $0.value <= 0x9FFF } }
        return names.joined(separator: allHan ? "、" : ", ")
    }

    /// Whether text can be a person's or desk's name: letters, short, not an address.
    static func isName(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= maximumCharacters,
              text.split(separator: " ").count <= maximumWords,
              text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return false }
        let lower = text.lowercasedQuickly()
        // A content system's default account, or a word of the page's furniture, names nobody.
        if accountWords.contains(lower) { return false }
        // Several words all in lower case are a phrase ("lo mismo"), not a name; a lone one may be a user name.
        let words = text.split(separator: " ")
        if words.count > 1, words.allSatisfy({ $0.first?.isLowercase == true }) { return false }
        // Code, markup and sentences ("my_plot + theme", "{{author}}", "Wer schreibt für uns?") are no names.
        return !lower.hasPrefix("http") && !lower.hasPrefix("www.") && !ByteSearch.contains(lower, "://")
            && !lower.contains(where: { "@+=<>{}#\\?!".contains($0) })
    }
}
