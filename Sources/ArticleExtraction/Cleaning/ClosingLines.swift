// The lines templates set under an article: appeals to the reader and the post's filing.
import Foundation

/// Short closing lines that are about the page rather than the story: appeals to subscribe, sign
/// up, follow or donate, the line that files the post under its categories and tags, and the
/// publisher's copyright notice.
/// Templates print them inside the article's container, after its last paragraph.
///
///     <p>…the council will vote on Monday.</p>
///     <p>Never miss the latest news by signing up to our newsletter today!</p>   → removed
///     <p>This entry was posted in Allgemein. Bookmark the permalink.</p>         → removed
///
/// Only the article's last blocks are looked at, and only short ones: the same words in the
/// middle of a story, or in a long paragraph, are the story's. The appeal words are the
/// appeal's verbs and boxes, not nouns a story about the press uses ("a digital subscription").
enum ClosingLines {
    /// Words of appeals, lowercased, in the languages of the pages we see most.
    static let appealWords = SignatureWords([
        "newsletter", "subscribe", "sign up", "signing up", "support our work", "supporting our work",
        "support us", "download our app", "download the", "follow us", "become a member", "donate",
        "abonnieren", "abonniere", "unterstützen sie uns", "unterstütze uns", "folgen sie uns", "jetzt spenden",
        "abonnez-vous", "s'abonner", "inscrivez-vous", "soutenez", "suscríbete", "suscribirse",
        "hazte miembro", "síguenos", "cancela cuando quieras", "iscriviti", "abbonati", "subskrypcj", "zaprenumeruj",
        "wesprzyj", "подпишитесь", "订阅", "訂閱", "关注我们", "關注我們", "扫码关注", "掃碼關注",
        "let us know in the comments", "tell us in the comments", "verraten sie gerne in den kommentaren",
        "schreibt es in die kommentare", "schreib es in die kommentare", "hinterlasse einfach einen kommentar",
        "hinterlasst einen kommentar", "laissez un commentaire", "déjanos tu comentario", "déjanos un comentario",
    ])

    /// Phrases of the line that files a blog post (`This entry was posted in …`, `… und abgelegt unter …`),
    /// of the publisher's copyright or licence notice (`All rights reserved`, `版权所有`, `Dieser Text wurde
    /// veröffentlicht unter der Lizenz CC-BY-NC-ND`) and of the suggested citation of the post.
    static let filingPhrases = SignatureWords([
        "this entry was posted", "bookmark the permalink", "und abgelegt unter", "dieser eintrag wurde",
        "cette entrée a été publiée", "esta entrada fue publicada", "veröffentlicht und wurde unter",
        "all rights reserved", "copyrighted property", "alle rechte vorbehalten", "tous droits réservés",
        "todos los derechos reservados", "tutti i diritti riservati", "wszelkie prawa zastrzeżone", "все права защищены",
        "版权所有", "版權所有", "未经授权", "未經授權", "無斷転載",
        "suggested citation", "zitiervorschlag", "cite this article", "unter der lizenz", "licensed under", "sous licence",
    ])

    /// Labels that open the line listing the post's categories or tags.
    static let filingLabels = [
        "posted in", "filed under", "tags:", "tagged:", "category:", "categories:", "kategorie:", "kategorien:",
        "schlagwörter:", "schlagworte:", "abgelegt unter", "catégories :", "catégories:", "étiquettes :", "étiquettes:",
        "categoría:", "categorías:", "etiquetas:", "标签：", "標籤：", "分类：", "分類：",
    ]

    /// Whether a short line anywhere in the article shouts an appeal, in capitals or with an
    /// exclamation mark: `HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS`, `Never miss the latest
    /// news by signing up to our newsletter today!`. A story's own sentence about subscriptions is neither.
    static func isShoutedAppeal(_ line: String) -> Bool {
        guard TextMeasure.fits(line, within: Thresholds.maximumShoutedAppealCharacters), appealWords.occur(ignoringCaseIn: line) else { return false }
        let letters = line.unicodeScalars.filter(\.properties.isAlphabetic)
        let shouted = letters.count >= 8 && letters.allSatisfy { !$0.properties.isLowercase }
        return shouted || line.hasSuffix("!")
    }

    /// The blocks without the closing lines, and what was removed.
    static func removing(from blocks: [Block]) -> (blocks: [Block], removals: [Removal]) {
        var kept = blocks
        var removals: [Removal] = []
        while removals.count < Thresholds.closingLineBlocks, let last = kept.last, let text = closingText(of: last) {
            kept.removeLast()
            removals.append(Removal(rule: .boilerplate, text: text))
        }
        return (kept, removals)
    }

    /// A line that only stamps the article with a date, its label at most: `Publiziert: 03.04.2020, 12:35`,
    /// `Stand: 05. Februar 2020`. An event's name above its dates, or a court's ruling cited with
    /// its date (`OLG Oldenburg, Beschluss v. 3.1.2022, 2 Ss (OWi) 240/21`), has more words.
    static func isDateStamp(_ text: String) -> Bool {
        // The full stop after a date closes the date, not a sentence: `Aktualisiert am 17.01.2021.`
        let text = text.hasSuffix(".") ? String(text.dropLast()) : text
        guard !ByteSearch.contains(UInt8(ascii: "\n"), in: text), InfoLine.isDateLine(text) else { return false }
        let labelWords = text.split(separator: " ").filter { word in
            !word.contains(where: \.isNumber) && !DateParser.isMonthName(word.lowercasedQuickly().trimming(.punctuationCharacters))
        }
        return labelWords.count <= Thresholds.maximumStampLabelWords
    }

    /// What encloses a sign-off: `(dpa)`, `[AFP]`.
    private static let signOffBrackets = CharacterSet(charactersIn: "()[] ")

    /// The initials or agency that sign a report off, alone on the last line: `aja/PAP`, `RIRM`, `(dpa)`.
    static func isSignOff(_ text: String) -> Bool {
        let core = text.trimming(ClosingLines.signOffBrackets)
        guard (2...15).contains(core.count), core.allSatisfy({ $0.isLetter || $0 == "/" || $0 == "." || $0 == "-" }) else { return false }
        return core.filter(\.isUppercase).count >= 2 || core.contains("/")
    }

    /// The text of a short paragraph or heading that appeals to the reader or files the post, else `nil`.
    private static func closingText(of block: Block) -> String? {
        switch block {
        case let .paragraph(text, _), let .heading(_, text):
            let measure = TextMeasure(text)
            guard measure.characters <= Thresholds.maximumClosingLineCharacters else { return nil }
            let lowered = text.lowercasedQuickly()
            if filingLabels.contains(where: { lowered.hasPrefix($0) }) || filingPhrases.occur(ignoringCaseIn: text) { return text }
            if isDateStamp(text) || isSignOff(text) { return text }
            // An appeal is a line or two, with a list of channels at most; more clauses are a paragraph.
            return measure.commas <= Thresholds.maximumAppealCommas && appealWords.occur(ignoringCaseIn: text) ? text : nil
        default:
            return nil
        }
    }
}
