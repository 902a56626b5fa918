// Character references left in text that a site escaped twice.
import Foundation

/// Decodes the character references that remain in a meta tag or JSON-LD value after the parser
/// has decoded the markup once: sites that escape their titles twice leave `&#8217;` and `&amp;`
/// for the reader (`content="Arnault&amp;#8217;s LVMH"`).
enum DoubleEscapedEntities {
    private static let named: [String: String] = [
        "amp": "&", "quot": "\"", "apos": "'", "lt": "<", "gt": ">", "nbsp": "\u{A0}", "ndash": "–", "mdash": "—",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»", "hellip": "…",
    ]

    /// The text with numeric (`&#8217;`, `&#x2019;`) and common named references decoded; text
    /// without an ampersand is returned as it is.
    static func decode(_ text: String) -> String {
        guard ByteSearch.contains(UInt8(ascii: "&"), in: text) else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            guard let semicolon = rest[afterAmpersand...].prefix(10).firstIndex(of: ";") else {
                result.append("&")
                rest = rest[afterAmpersand...]
                continue
            }
            let name = rest[afterAmpersand..<semicolon]
            if let decoded = character(for: name) {
                result += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result.append("&")
                rest = rest[afterAmpersand...]
            }
        }
        return result + rest
    }

    /// Accents of the named references for accented Latin letters (`&oacute;`, `&uuml;`), by the
    /// combining mark each adds to its base letter.
    private static let accents: [String: Unicode.Scalar] = [
        "acute": "\u{301}", "grave": "\u{300}", "circ": "\u{302}", "uml": "\u{308}", "tilde": "\u{303}", "cedil": "\u{327}", "ring": "\u{30A}",
    ]

    private static func character(for name: Substring) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map { String($0) }
        }
        if let character = named[String(name)] { return character }
        if name == "szlig" { return "ß" }
        // `&oacute;` is "o" and an acute accent: composed, it is "ó".
        guard let base = name.first, base.isASCII, base.isLetter, let accent = accents[String(name.dropFirst())] else { return nil }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: String(base).unicodeScalars)
        scalars.append(accent)
        let composed = String(scalars).precomposedStringWithCanonicalMapping
        return composed.unicodeScalars.count == 1 ? composed : nil
    }
}
