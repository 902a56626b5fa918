// Finds the charset a page declares and names it the way libxml2's converters know it.

/// Decides which encoding the parser should read a page's bytes in.
///
/// Order: byte-order mark, a charset declared from outside (HTTP), the page's own `<meta charset>`
/// or `http-equiv` declaration in its first bytes, then UTF-8 when the bytes are valid UTF-8 and
/// windows-1252 when they are not (the web's default for undeclared legacy pages).
public enum CharsetSniffer {
    /// How far into the page a `<meta>` declaration is looked for (the HTML standard's prescan uses 1024; real pages put long heads first).
    static let prescanLength = 8192

    /// The encoding name to hand to libxml2 for these bytes.
    ///
    /// - Parameters:
    ///   - bytes: the raw page.
    ///   - declared: a label from outside the page, such as an HTTP `Content-Type` charset.
    /// - Returns: an encoding name known to libxml2 or iconv.
    public static func encoding(of bytes: UnsafeRawBufferPointer, declared: String? = nil) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        if let declared, let name = encodingName(forLabel: declared) { return name }
        if let label = metaCharsetLabel(in: bytes), let name = encodingName(forLabel: label) {
            // A page cannot really be UTF-16 if its declaration was readable as ASCII.
            return name.hasPrefix("UTF-16") ? "UTF-8" : name
        }
        return isValidUTF8(bytes) ? "UTF-8" : "WINDOWS-1252"
    }

    /// Maps a charset label to a converter name, following the WHATWG Encoding Standard's
    /// label table, so that e.g. `gb2312` decodes as GB18030 and `iso-8859-1` as windows-1252.
    ///
    /// - Returns: the converter name, or `nil` for a label nobody knows.
    public static func encodingName(forLabel label: String) -> String? {
        let key = label.trimmingASCIIWhitespaceAndQuotes().lowercased()
        if key.isEmpty { return nil }
        if let name = whatwgLabels[key] { return name }
        if key.hasPrefix("iso-8859-") || key.hasPrefix("iso8859-") || key.hasPrefix("windows-") {
            return key.uppercased()
        }
        return nil
    }

    /// Labels from the WHATWG Encoding Standard, mapped to iconv names.
    private static let whatwgLabels: [String: String] = {
        var table: [String: String] = [:]
        func add(_ name: String, _ labels: [String]) { for label in labels { table[label] = name } }
        add("UTF-8", ["utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"])
        add("GB18030", ["gb18030", "gbk", "gb2312", "gb_2312", "gb_2312-80", "chinese", "csgb2312", "csiso58gb231280",
                        "iso-ir-58", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "hz-gb-2312"])
        add("BIG5-HKSCS", ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5", "cp950"])
        add("SHIFT_JIS", ["shift_jis", "shift-jis", "sjis", "ms_kanji", "csshiftjis", "ms932", "windows-31j", "x-sjis", "cp932"])
        add("EUC-JP", ["euc-jp", "cseucpkdfmtjapanese", "x-euc-jp"])
        add("ISO-2022-JP", ["iso-2022-jp", "csiso2022jp"])
        add("EUC-KR", ["euc-kr", "cseuckr", "csksc56011987", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989",
                       "ksc5601", "ksc_5601", "windows-949", "cp949"])
        add("KOI8-R", ["koi8-r", "koi8", "koi", "cskoi8r", "koi8_r"])
        add("KOI8-U", ["koi8-u", "koi8-ru"])
        add("WINDOWS-1252", ["iso-8859-1", "iso8859-1", "latin1", "l1", "ascii", "us-ascii", "ansi_x3.4-1968", "cp1252",
                             "cp819", "csisolatin1", "ibm819", "iso-ir-100", "iso_8859-1", "iso88591", "windows-1252", "x-cp1252"])
        add("WINDOWS-1251", ["windows-1251", "cp1251", "x-cp1251"])
        add("WINDOWS-1250", ["windows-1250", "cp1250", "x-cp1250"])
        add("WINDOWS-1253", ["windows-1253", "cp1253"])
        add("WINDOWS-1254", ["windows-1254", "cp1254", "iso-8859-9", "latin5", "iso8859-9"])
        add("WINDOWS-1256", ["windows-1256", "cp1256"])
        add("WINDOWS-874", ["windows-874", "tis-620", "iso-8859-11", "dos-874"])
        add("UTF-16LE", ["utf-16", "utf-16le"])
        add("UTF-16BE", ["utf-16be"])
        return table
    }()

    // MARK: - Prescan

    /// The label of the first `<meta charset=…>` or `<meta http-equiv … content="…charset=…">`.
    ///
    /// A byte scan, not a parse: it finds `charset` inside a `<meta` tag and reads the value after `=`.
    static func metaCharsetLabel(in bytes: UnsafeRawBufferPointer) -> String? {
        let limit = min(bytes.count, prescanLength)
        var index = 0
        while index + 5 < limit {
            guard bytes[index] == UInt8(ascii: "<"), lowercase(bytes[index + 1]) == UInt8(ascii: "m"),
                  lowercase(bytes[index + 2]) == UInt8(ascii: "e"), lowercase(bytes[index + 3]) == UInt8(ascii: "t"),
                  lowercase(bytes[index + 4]) == UInt8(ascii: "a")
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
            for offset in 0..<needle.count where lowercase(bytes[index + offset]) != needle[offset] {
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

    private static func lowercase(_ byte: UInt8) -> UInt8 {
        (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
    }

    /// Whether the bytes are well-formed UTF-8 (overlong forms and surrogates count as invalid).
    static func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            let minimum: UInt32
            var scalar: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(lead & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(lead & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(lead & 0x07)
            default: return false
            }
            // A sequence cut by the end of a capped read still counts as valid text.
            if index + length > count { return true }
            for offset in 1..<length {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { return false }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return false }
            index += length
        }
        return true
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
