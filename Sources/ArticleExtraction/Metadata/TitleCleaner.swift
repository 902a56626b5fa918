// Takes the site name off a page title without cutting a headline that contains a dash.
import Foundation

enum TitleCleaner {
    /// Separators sites put between the headline and their name, most specific first.
    private static let separators = [" | ", " - ", " – ", " — ", " _ ", "_", " :: ", "｜", " · ", " • ", " » ", "--"]

    /// The headline part of a title such as `Headline - Site` or `Site | Section | Headline`.
    ///
    /// A segment naming the site (its name or host) is cut with everything on its side. Failing
    /// that, the first separator found splits the title once, and only segments short beside the
    /// longest (site or section names) come off the ends. A headline containing a dash keeps it.
    ///
    ///     "Floods hit the north - Example News"                 → "Floods hit the north"
    ///     "Spider-Man returns – a review - Example" (site Example) → "Spider-Man returns – a review"
    static func clean(_ title: String, siteNames: [String]) -> String {
        if let headline = removingSiteName(from: title, siteNames: siteNames) { return headline }
        let title = TextNormalizer.collapse(title)
        // Chinese and Japanese titles set the separator without spaces: `标题-新华网`.
        let hasHan = title.unicodeScalars.contains { $0.value >= 0x3040 && $0.value <= 0x9FFF }
        for separator in separators + (hasHan ? ["-", "|"] : []) {
            let parts = TextNormalizer.parts(of: title, separatedBy: separator)
            guard parts.count > 1 else { continue }
            let longest = parts.map { TextMeasure($0).characters }.max() ?? 0
            var kept = parts[...]
            while kept.count > 1, let last = kept.last, TextMeasure(last).characters * 2 < longest { kept.removeLast() }
            while kept.count > 1, let first = kept.first, TextMeasure(first).characters * 2 < longest { kept.removeFirst() }
            return kept.joined(separator: separator)
        }
        return title
    }

    /// The title without a segment naming the site, or `nil` when no segment names it.
    ///
    /// - Parameter trailingOnly: only a last segment comes off (`Headline | Site`), for text where a
    ///   first segment that looks like the site's name is more likely the headline's own words.
    static func removingSiteName(from title: String, siteNames: [String], trailingOnly: Bool = false) -> String? {
        let title = TextNormalizer.collapse(title)
        let names = siteNames.map { $0.lowercasedQuickly() }.filter { !$0.isEmpty }
        for separator in separators {
            let parts = TextNormalizer.parts(of: title, separatedBy: separator)
            guard parts.count > 1 else { continue }
            if let index = parts.lastIndex(where: { isSiteName($0, names) }), !trailingOnly || index == parts.count - 1 {
                let kept = index == 0 ? Array(parts[1...]) : Array(parts[..<index])
                let headline = kept.joined(separator: separator)
                if !headline.isEmpty { return headline }
            }
        }
        return nil
    }

    /// Whether a printed headline is the last segment of the document title, after a longer one:
    /// the site's name set as the page's `<h1>` logo, as in `<title>Was ist Virales Marketing? |
    /// DimidoBlog</title>` over `<h1>DimidoBlog</h1>`. (A first segment is the headline's own:
    /// `Vom Boden aus gedacht - Ann Cotten verwebt …`.)
    static func isTitleEnd(_ headline: String, of documentTitle: String) -> Bool {
        let headlineKey = key(headline)
        guard !headlineKey.isEmpty else { return false }
        for separator in separators {
            let parts = TextNormalizer.parts(of: documentTitle, separatedBy: separator)
            guard parts.count > 1, let last = parts.last else { continue }
            guard key(last) == headlineKey else { return false }
            return parts.dropLast().contains { TextMeasure($0).characters > TextMeasure(last).characters }
        }
        return false
    }

    /// Whether the whole text names the site (its name or host).
    static func isSiteName(_ text: String, siteNames: [String]) -> Bool {
        isSiteName(TextNormalizer.collapse(text), siteNames.map { $0.lowercasedQuickly() }.filter { !$0.isEmpty })
    }

    /// A title's letters and digits, lowercased: titles compared by it match across quote styles,
    /// dashes, spacing and case (`„Loriot 100“` and `"Loriot 100"`).
    static func key(_ title: String) -> String {
        // ASCII is lowercased and filtered in place; only titles beyond it pay for the Unicode tables.
        if title.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = title.utf8.compactMap { byte -> UInt8? in
                let lower = byte.asciiLowercased
                return (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) ? lower : nil
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(String.UnicodeScalarView(title.lowercasedQuickly().unicodeScalars.filter(\.isAlphanumeric)))
    }

    private static func isSiteName(_ segment: String, _ names: [String]) -> Bool {
        let lower = segment.lowercasedQuickly()
        guard lower.count > 1 else { return false }
        return names.contains { $0 == lower || (ByteSearch.contains($0, lower) && lower.count > 3) || (ByteSearch.contains(lower, $0) && $0.count > 3 && lower.count <= $0.count + 12) }
    }
}
