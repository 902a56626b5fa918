// The appeals a page sets under its articles: subscribe, sign up, support us, get the app.

/// Short closing lines that ask the reader to do something for the publisher rather than tell
/// the story: the newsletter box, the subscription or membership pitch, the donation appeal.
/// Templates print them inside the article's container, after its last paragraph.
///
///     <p>…the council will vote on Monday.</p>
///     <p>Never miss the latest news by signing up to our newsletter today!</p>   → removed
///
/// Only the article's last blocks are looked at, and only short ones: the same words in the
/// middle of a story, or in a long paragraph, are the story's. The words are the appeal's verbs
/// and boxes, not nouns a story about the press uses ("a digital subscription").
enum CallsToAction {
    /// Words of such appeals, lowercased, in the languages of the pages we see most.
    static let words: SignatureWords = SignatureWords([
        "newsletter", "subscribe", "sign up", "signing up", "support our work", "supporting our work",
        "support us", "download our app", "download the", "follow us", "become a member", "donate",
        "abonnieren", "abonniere", "unterstützen sie uns", "unterstütze uns", "folgen sie uns", "jetzt spenden",
        "abonnez-vous", "s'abonner", "inscrivez-vous", "soutenez", "suscríbete", "suscribirse",
        "hazte miembro", "síguenos", "cancela cuando quieras", "iscriviti", "abbonati", "subskrypcj", "zaprenumeruj",
        "wesprzyj", "подпишитесь", "订阅", "訂閱", "关注我们", "關注我們", "扫码关注", "掃碼關注",
    ].map { $0.lowercased() })

    /// The blocks without the appeals that close them, and what was removed.
    static func removingClosingAppeals(from blocks: [Block]) -> (blocks: [Block], removals: [Removal]) {
        var kept = blocks
        var removals: [Removal] = []
        while removals.count < Thresholds.closingAppealBlocks, let last = kept.last, let text = appealText(of: last) {
            kept.removeLast()
            removals.append(Removal(rule: .boilerplate, text: text))
        }
        return (kept, removals)
    }

    /// The text of a short paragraph or heading that makes an appeal, else `nil`.
    private static func appealText(of block: Block) -> String? {
        switch block {
        case let .paragraph(text, _), let .heading(_, text):
            // A line or two, not a paragraph of clauses.
            let measure = TextMeasure(text)
            guard measure.characters <= Thresholds.maximumAppealCharacters, measure.commas <= Thresholds.maximumAppealCommas else { return nil }
            var lowered = text.lowercased()
            return lowered.withUTF8(words.occur) ? text : nil
        default:
            return nil
        }
    }
}
