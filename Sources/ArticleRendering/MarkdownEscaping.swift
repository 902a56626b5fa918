// Escapes text so CommonMark renders it literally.
import ArticleExtraction
import Foundation

enum MarkdownEscaping {
    /// Characters that have inline meaning anywhere in a line.
    private static let inlineSpecials: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|"]

    /// Escapes inline text: emphasis, code, links, raw HTML, entity references, and the
    /// line-start markers of headings, quotes, lists and thematic breaks.
    static func escape(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escapeLine(String($0)) }.joined(separator: "\n")
    }

    private static func escapeLine(_ line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        var output = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if inlineSpecials.contains(scalar) {
                output.append("\\")
            } else if scalar == "&", index + 1 < scalars.count, scalars[index + 1] == "#" || scalars[index + 1].properties.isAlphabetic {
                output.append("\\")
            }
            output.append(scalar)
        }
        var result = String(output)
        // Line-start markers: `#`, `>` (already escaped), `-`, `+`, `=` and `1.`/`1)`.
        if let first = result.unicodeScalars.first {
            if first == "#" || first == "+" || first == "-" || first == "=" || first == "~" {
                result = "\\" + result
            } else if first.properties.numericType != nil {
                let digits = result.unicodeScalars.prefix { $0.value >= 0x30 && $0.value <= 0x39 }
                let rest = result.unicodeScalars.dropFirst(digits.count)
                if let marker = rest.first, marker == "." || marker == ")", digits.count <= 9, !digits.isEmpty {
                    result = String(String.UnicodeScalarView(digits)) + "\\" + String(String.UnicodeScalarView(rest))
                }
            }
        }
        return result
    }

    /// Escapes text whose ranges link somewhere, writing each range as an inline link. Ranges that
    /// overlap an earlier one or fall outside the text are left as plain text.
    static func escape(_ text: String, links: [InlineLink]) -> String {
        guard !links.isEmpty else { return escape(text) }
        let scalars = Array(text.unicodeScalars)
        func piece(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        var output = ""
        var position = 0
        for link in links.sorted(by: { $0.range.lowerBound < $1.range.lowerBound })
        where link.range.lowerBound >= position && link.range.upperBound <= scalars.count {
            output += escape(piece(position..<link.range.lowerBound))
            output += "[" + escape(piece(link.range)) + "](" + destination(link.href) + ")"
            position = link.range.upperBound
        }
        return output + escape(piece(position..<scalars.count))
    }

    /// A link destination CommonMark accepts: in angle brackets when it has spaces or parentheses.
    static func destination(_ url: String) -> String {
        if url.contains(where: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "<" || $0 == ">" }) {
            return "<" + url.replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E") + ">"
        }
        return url
    }

    /// A YAML double-quoted scalar: YAML reads JSON's string escapes, so the JSON writer serves both.
    static func yamlString(_ text: String) -> String {
        var output = ""
        JSONValue.writeString(text, to: &output)
        return output
    }
}
