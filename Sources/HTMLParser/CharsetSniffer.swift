// Finds the charset a page declares and names it the way libxml2's converters know it.

/// Decides which encoding the parser should read a page's bytes in.
///
/// Order: byte-order mark, a charset declared from outside (HTTP) unless the bytes contradict it, the page's own `<meta charset>`
/// or `http-equiv` declaration in its first bytes, UTF-8 when the bytes are valid UTF-8,
/// statistical detection (uchardet), and last UTF-8 with malformed bytes replaced.
public enum CharsetSniffer {
    /// How far into the page a `<meta>` declaration is looked for (the HTML standard's prescan uses 1024; real pages put long heads first).
    static let prescanLength = 8192

    /// The encoding to read these bytes in.
    ///
    /// - Parameters:
    ///   - bytes: the raw page.
    ///   - declared: a label from outside the page, such as an HTTP `Content-Type` charset.
    public static func charset(of bytes: UnsafeRawBufferPointer, declared: String? = nil) -> Charset {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Charset(name: "UTF-8", converter: "UTF-8", evidence: .byteOrderMark) }
        if bytes.starts(with: [0xFF, 0xFE]) { return Charset(name: "UTF-16LE", converter: "UTF-16LE", evidence: .byteOrderMark) }
        if bytes.starts(with: [0xFE, 0xFF]) { return Charset(name: "UTF-16BE", converter: "UTF-16BE", evidence: .byteOrderMark) }
        if let declared, let charset = Charset.forLabel(declared, evidence: .transport), trusts(charset, for: bytes) {
            return charset
        }
        if let label = metaCharsetLabel(in: bytes), let charset = Charset.forLabel(label, evidence: .metaDeclaration) {
            // A page cannot really be UTF-16 if its declaration was readable as ASCII.
            return charset.name.hasPrefix("UTF-16") ? Charset(name: "UTF-8", converter: "UTF-8", evidence: .metaDeclaration) : charset
        }
        if let utf16 = utf16WithoutByteOrderMark(bytes) { return utf16 }
        if UTF8Validation.isValid(bytes) { return Charset(name: "UTF-8", converter: "UTF-8", evidence: .validUTF8) }
        if let detected = CharsetDetector.detect(bytes) { return detected }
        return Charset(name: "UTF-8", converter: "UTF-8", evidence: .fallback)
    }

    /// Whether a transport label fits the bytes. Servers label pages by default rather than by
    /// knowledge, and two defaults are often wrong: `utf-8` on legacy bytes that are not UTF-8, and
    /// `iso-8859-1` (Apache's old default) on pages that declare their real charset inside. A UTF-16
    /// label on ASCII-compatible bytes cannot be right either.
    private static func trusts(_ charset: Charset, for bytes: UnsafeRawBufferPointer) -> Bool {
        switch charset.name {
        case "UTF-16LE", "UTF-16BE":
            return !looksASCIICompatible(bytes)
        case "UTF-8":
            return UTF8Validation.isValid(bytes)
        case "windows-1252":
            guard let label = metaCharsetLabel(in: bytes), let declared = Charset.forLabel(label, evidence: .metaDeclaration) else { return true }
            return declared.name == charset.name
        default:
            return true
        }
    }

    /// UTF-16 told by its zero bytes: markup in UTF-16 puts a NUL beside nearly every ASCII character,
    /// on the high side (big-endian) or the low side (little-endian).
    static func utf16WithoutByteOrderMark(_ bytes: UnsafeRawBufferPointer) -> Charset? {
        let pairs = min(bytes.count, 256) / 2
        guard pairs >= 4 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for pair in 0..<pairs {
            if bytes[2 * pair] == 0 { evenZeros += 1 }
            if bytes[2 * pair + 1] == 0 { oddZeros += 1 }
        }
        // Three quarters of the characters ASCII, on one side only.
        if evenZeros * 4 >= pairs * 3, oddZeros * 8 < pairs {
            return Charset(name: "UTF-16BE", converter: "UTF-16BE", evidence: .detected)
        }
        if oddZeros * 4 >= pairs * 3, evenZeros * 8 < pairs {
            return Charset(name: "UTF-16LE", converter: "UTF-16LE", evidence: .detected)
        }
        return nil
    }

    /// Whether the page starts like ASCII text (a `<` or a letter, with no NUL bytes in the first ones).
    private static func looksASCIICompatible(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let sample = bytes.prefix(64)
        return !sample.isEmpty && !sample.contains(0)
    }

    // MARK: - Prescan

    /// The label of the first `<meta charset=…>` or `<meta http-equiv … content="…charset=…">`.
    ///
    /// A byte scan, not a parse: it finds `charset` inside a `<meta` tag and reads the value after `=`.
    static func metaCharsetLabel(in bytes: UnsafeRawBufferPointer) -> String? {
        let limit = min(bytes.count, prescanLength)
        var index = 0
        while index + 5 < limit {
            guard bytes[index] == UInt8(ascii: "<"), bytes[index + 1].asciiLowercased == UInt8(ascii: "m"),
                  bytes[index + 2].asciiLowercased == UInt8(ascii: "e"), bytes[index + 3].asciiLowercased == UInt8(ascii: "t"),
                  bytes[index + 4].asciiLowercased == UInt8(ascii: "a")
            else { index += 1; continue }
            var end = index + 5
            while end < limit, bytes[end] != UInt8(ascii: ">") { end += 1 }
            if let label = charsetValue(in: bytes, from: index + 5, to: end) { return label }
            index = end
        }
        return nil
    }

    private static func charsetValue(in bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> String? {
        let needle = Array("charset".utf8)
        var index = start
        while index + needle.count < end {
            var matches = true
            for offset in 0..<needle.count where bytes[index + offset].asciiLowercased != needle[offset] {
                matches = false
                break
            }
            if !matches { index += 1; continue }
            var cursor = index + needle.count
            while cursor < end, bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
            guard cursor < end, bytes[cursor] == UInt8(ascii: "=") else { index = cursor; continue }
            cursor += 1
            while cursor < end, bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'") {
                cursor += 1
            }
            var valueEnd = cursor
            while valueEnd < end {
                let byte = bytes[valueEnd]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: " ")
                    || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") { break }
                valueEnd += 1
            }
            guard valueEnd > cursor else { return nil }
            return String(decoding: bytes[cursor..<valueEnd], as: UTF8.self)
        }
        return nil
    }
}

extension String {
    func trimmingASCIIWhitespaceAndQuotes() -> String {
        var scalars = Substring(self)
        let strip: Set<Character> = [" ", "\t", "\n", "\r", "\"", "'"]
        while let first = scalars.first, strip.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, strip.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}
