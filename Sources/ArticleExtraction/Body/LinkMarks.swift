// Marks that hold a link's place in collected text until the text is final.
import Foundation
import HTMLParser

/// Links are marked in the text as it is collected, by two private-use scalars around the link's
/// words, because the text is still to be split into paragraphs and have its whitespace
/// collapsed; the marks are taken out of each finished paragraph, leaving ranges.
///
///     "see \u{E001}the report\u{E002}."   → "see the report.", link over 4..<14
enum LinkMarks {
    static let start: Unicode.Scalar = "\u{E001}"
    static let end: Unicode.Scalar = "\u{E002}"
    private static let startMark = String(start)
    private static let endMark = String(end)

    /// Whether a collapsed line holds nothing but link marks, or nothing at all.
    static func hasNoWords(_ line: String) -> Bool {
        line.unicodeScalars.allSatisfy { $0 == start || $0 == end }
    }

    /// The address of a link worth keeping: not an anchor on the same page, nor a script.
    static func address(of anchor: HTMLNode, baseURL: URL?) -> String? {
        guard let href = anchor.attribute("href")?.trimming(.whitespacesAndNewlines), !href.isEmpty,
              !href.hasPrefix("#"), !href.lowercasedQuickly().hasPrefix("javascript:") else { return nil }
        return ImageSource.resolve(href, against: baseURL)
    }

    /// The paragraph without its marks, and its links, taking their addresses in order from `addresses`.
    /// Spaces the marks kept apart are merged; links left empty are dropped.
    static func strip(_ marked: String, addresses: inout ArraySlice<String>) -> (text: String, links: [InlineLink]) {
        // Searched as bytes: most paragraphs carry no marks, and a scalar's bytes occur only where it does.
        guard ByteSearch.contains(marked, startMark) || ByteSearch.contains(marked, endMark) else { return (marked, []) }
        var text = String.UnicodeScalarView()
        var count = 0
        var links: [InlineLink] = []
        var open: (start: Int, href: String?)?
        for scalar in marked.unicodeScalars {
            switch scalar {
            case start:
                open = (count, addresses.popFirst())
            case end:
                if let (from, href) = open, let href {
                    links.append(InlineLink(range: from..<count, href: href))
                }
                open = nil
            case " " where count == 0 || text.last == " " || text.last == "\n":
                continue
            default:
                text.append(scalar)
                count += 1
            }
        }
        if let (from, href) = open, let href { links.append(InlineLink(range: from..<count, href: href)) }
        if text.last == " " { text.removeLast(); count -= 1 }
        // A link's range holds words only, not the spaces or line breaks around them.
        let scalars = Array(text)
        links = links.compactMap { link in
            var lower = link.range.lowerBound, upper = min(link.range.upperBound, count)
            while lower < upper, scalars[lower] == " " || scalars[lower] == "\n" { lower += 1 }
            while upper > lower, scalars[upper - 1] == " " || scalars[upper - 1] == "\n" { upper -= 1 }
            return lower < upper ? InlineLink(range: lower..<upper, href: link.href) : nil
        }
        return (String(text), links)
    }
}
