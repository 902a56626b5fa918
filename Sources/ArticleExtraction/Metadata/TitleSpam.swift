// Keywords hacked sites add to a page title, told apart from the headline by the article's words.
import Foundation

/// Finds keyword phrases added before or after a title, or a title replaced by them.
///
///     "Budget passes - Example | cheap loans, casino bonus, replica watches"  → "Budget passes - Example"
///     "Budget passes, cheap loans, casino bonus"                              → "Budget passes"
///     "A Paris-8, un peu de tension, beaucoup d'actions"                      → unchanged
///
/// A segment is spam when the article does not use its words, and something the article does
/// use remains; commas also separate a headline's own clauses, so at commas only a run of two or
/// more foreign phrases goes. Without enough article text to judge by, nothing is removed.
enum TitleSpam {
    /// Separators that set a title's parts apart, widest first.
    private static let separators = [" | ", "｜", " - ", " – ", " — ", " :: ", "_"]
    /// Separators that also join a headline's own clauses.
    private static let commas = [", ", "，", ","]

    /// The title without spam segments at its ends, and the segments removed.
    ///
    /// - Parameter others: the page's other statements of its title (the printed headline, the
    ///   other of `<title>` and `og:title`). Injected keywords go into one of them, not into all, so
    ///   a segment another one repeats stays however few of its words the article uses
    ///   ("Firefox – Weniger Werbung, mehr Speed").
    static func clean(_ title: String, vocabulary: ArticleVocabulary, confirmedBy others: [String] = []) -> (title: String, spam: [String]) {
        var current = TextNormalizer.collapse(title)
        let ownKey = TitleCleaner.key(title)
        let otherKeys = others.map(TitleCleaner.key).filter { !$0.isEmpty && $0 != ownKey }
        let isForeign = { (segment: String) -> Bool in
            let key = TitleCleaner.key(segment)
            if !key.isEmpty, otherKeys.contains(where: { ByteSearch.contains($0, key) }) { return false }
            return TitleSpam.isForeign(segment, vocabulary)
        }
        if KeywordStuffing.isListShaped(current), segments(of: current).allSatisfy(isForeign) {
            // A title replaced by keywords has no headline left in it.
            return ("", [current])
        }
        var spam: [String] = []
        for separator in separators + commas {
            var parts = TextNormalizer.parts(of: current, separatedBy: separator)
            guard parts.count > 1 else { continue }
            let minimumRun = commas.contains(separator) ? 2 : 1
            let leading = parts.prefix(while: isForeign).count
            let trailing = parts.reversed().prefix(while: isForeign).count
            guard leading + trailing < parts.count else { continue }
            // Rejoining untouched parts would tidy the spaces around separators: leave them be.
            guard trailing >= minimumRun || leading >= minimumRun else { continue }
            if trailing >= minimumRun {
                spam += parts.suffix(trailing)
                parts.removeLast(trailing)
            }
            if leading >= minimumRun {
                spam = Array(parts.prefix(leading)) + spam
                parts.removeFirst(leading)
            }
            current = parts.joined(separator: separator)
        }
        return (current, spam)
    }

    /// The title cut at the first separator it contains.
    private static func segments(of title: String) -> [String] {
        for separator in separators + commas {
            let parts = TextNormalizer.parts(of: title, separatedBy: separator)
            if parts.count > 1 { return parts }
        }
        return [title]
    }

    /// Whether a segment's words are absent from the article.
    static func isForeign(_ segment: String, _ vocabulary: ArticleVocabulary) -> Bool {
        guard let coherence = vocabulary.coherence(of: segment) else { return false }
        return coherence < Thresholds.minimumKeywordCoherence
    }
}
