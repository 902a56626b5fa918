// Takes the site name off a page title without cutting a headline that contains a dash.
import Foundation

enum TitleCleaner {
    /// Separators sites put between the headline and their name.
    private static let separators = [" | ", " - ", " – ", " — ", " _ ", "_", " :: ", "｜", " · ", " • ", " » ", "--"]

    /// The headline part of a title such as `Headline - Site` or `Site | Section | Headline`.
    ///
    /// A segment is dropped when it matches the site name or host, or when it is short beside
    /// the longest segment (a site or section name). A headline containing a dash keeps it,
    /// because its parts are both long.
    ///
    ///     "Floods hit the north - Example News"         → "Floods hit the north"
    ///     "Spider-Man returns – a review - Example"      → "Spider-Man returns – a review"
    static func clean(_ title: String, siteNames: [String]) -> String {
        let names = siteNames.map { $0.lowercased() }.filter { !$0.isEmpty }
        var current = TextNormalizer.collapse(title)
        for separator in separators {
            let parts = current.components(separatedBy: separator)
            guard parts.count > 1 else { continue }
            let trimmed = parts.map { $0.trimmingCharacters(in: .whitespaces) }
            let longest = trimmed.map { TextMeasure($0).characters }.max() ?? 0
            var kept = trimmed
            // Drop named site segments anywhere, then short segments from the ends.
            kept.removeAll { part in names.contains { name in part.lowercased() == name || name.contains(part.lowercased()) && part.count > 2 } }
            while kept.count > 1, let last = kept.last, TextMeasure(last).characters * 2 < longest { kept.removeLast() }
            while kept.count > 1, let first = kept.first, TextMeasure(first).characters * 2 < longest { kept.removeFirst() }
            if kept.isEmpty { continue }
            current = kept.joined(separator: separator)
        }
        return current
    }
}
