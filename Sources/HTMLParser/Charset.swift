// An encoding as users know it, the converter that decodes it, and how it was chosen.

/// The encoding a page is read in.
public struct Charset: Sendable, Equatable {
    /// The name the WHATWG Encoding Standard gives it (`UTF-8`, `GBK`, `Big5`, `Shift_JIS`, `windows-1251`), as reported in the JSON.
    public let name: String
    /// The iconv converter libxml2 decodes with; often a superset of the name, as browsers decode
    /// (GB18030 for GBK, BIG5-HKSCS for Big5, CP932 for Shift_JIS, CP949 for EUC-KR).
    public let converter: String
    /// What decided it.
    public let evidence: Evidence

    /// What decided the charset, strongest first.
    public enum Evidence: String, Sendable {
        /// A UTF-8 or UTF-16 byte-order mark.
        case byteOrderMark = "byte-order-mark"
        /// A label from outside the page, such as the HTTP `Content-Type` charset.
        case transport
        /// The page's `<meta charset>` or `http-equiv` declaration.
        case metaDeclaration = "meta"
        /// No declaration, but the bytes are valid UTF-8.
        case validUTF8 = "valid-utf-8"
        /// No declaration; statistical detection (uchardet) named it.
        case detected
        /// Nothing worked: UTF-8, with invalid bytes replaced by U+FFFD.
        case fallback
    }

    init(name: String, converter: String, evidence: Evidence) {
        self.name = name
        self.converter = converter
        self.evidence = evidence
    }

    static let utf8Name = "UTF-8"

    /// Whether every byte below 0x80 is the ASCII character, so that markup can be found in the
    /// bytes before decoding: not in UTF-16 and UTF-32, nor in ISO-2022's escaped double bytes.
    var isASCIICompatible: Bool {
        !name.hasPrefix("UTF-16") && !name.hasPrefix("UTF-32") && !name.hasPrefix("ISO-2022")
    }

    /// Maps a charset label to an encoding as the WHATWG Encoding Standard's label table does,
    /// so that `gb2312` decodes as GBK's superset and `iso-8859-1` as windows-1252.
    ///
    /// - Returns: the encoding (with `evidence` as given), or `nil` for a label nobody knows.
    public static func forLabel(_ label: String, evidence: Evidence) -> Charset? {
        let key = label.trimmingASCIIWhitespaceAndQuotes().lowercased()
        if key.isEmpty { return nil }
        if let known = labels[key] { return Charset(name: known.name, converter: known.converter, evidence: evidence) }
        if key.hasPrefix("iso-8859-") || key.hasPrefix("iso8859-") || key.hasPrefix("windows-") {
            let name = key.hasPrefix("iso8859-") ? "ISO-8859-" + key.dropFirst(8) : (key.hasPrefix("iso") ? key.uppercased() : key)
            return Charset(name: name, converter: key.uppercased(), evidence: evidence)
        }
        return nil
    }

    /// Labels from the WHATWG Encoding Standard (and names uchardet reports), to a name and an iconv converter.
    private static let labels: [String: (name: String, converter: String)] = {
        var table: [String: (name: String, converter: String)] = [:]
        func add(_ name: String, _ converter: String, _ labels: [String]) {
            for label in labels { table[label] = (name, converter) }
        }
        add("UTF-8", "UTF-8", ["utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8", "ascii/utf-8"])
        add("GBK", "GB18030", ["gbk", "gb2312", "gb_2312", "gb_2312-80", "chinese", "csgb2312", "csiso58gb231280",
                               "iso-ir-58", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn"])
        add("gb18030", "GB18030", ["gb18030"])
        add("Big5", "BIG5-HKSCS", ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5", "cp950"])
        add("EUC-TW", "EUC-TW", ["euc-tw"])
        add("Shift_JIS", "CP932", ["shift_jis", "shift-jis", "sjis", "ms_kanji", "csshiftjis", "ms932", "windows-31j", "x-sjis", "cp932"])
        add("EUC-JP", "EUC-JP", ["euc-jp", "cseucpkdfmtjapanese", "x-euc-jp"])
        add("ISO-2022-JP", "ISO-2022-JP", ["iso-2022-jp", "csiso2022jp"])
        add("EUC-KR", "CP949", ["euc-kr", "cseuckr", "csksc56011987", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989",
                                "ksc5601", "ksc_5601", "windows-949", "cp949", "uhc"])
        add("ISO-2022-KR", "ISO-2022-KR", ["iso-2022-kr"])
        add("KOI8-R", "KOI8-R", ["koi8-r", "koi8", "koi", "cskoi8r", "koi8_r"])
        add("KOI8-U", "KOI8-U", ["koi8-u", "koi8-ru"])
        add("IBM866", "IBM866", ["ibm866", "866", "cp866", "csibm866"])
        add("x-mac-cyrillic", "MAC-CYRILLIC", ["x-mac-cyrillic", "x-mac-ukrainian", "mac-cyrillic", "maccyrillic"])
        add("windows-1252", "WINDOWS-1252", ["iso-8859-1", "iso8859-1", "latin1", "l1", "ascii", "us-ascii", "ansi_x3.4-1968", "cp1252",
                                             "cp819", "csisolatin1", "ibm819", "iso-ir-100", "iso_8859-1", "iso88591", "windows-1252", "x-cp1252"])
        add("windows-1250", "WINDOWS-1250", ["windows-1250", "cp1250", "x-cp1250"])
        add("windows-1251", "WINDOWS-1251", ["windows-1251", "cp1251", "x-cp1251"])
        add("windows-1253", "WINDOWS-1253", ["windows-1253", "cp1253", "x-cp1253"])
        add("windows-1254", "WINDOWS-1254", ["windows-1254", "cp1254", "x-cp1254", "iso-8859-9", "latin5", "iso8859-9"])
        add("windows-1255", "WINDOWS-1255", ["windows-1255", "cp1255", "x-cp1255"])
        add("windows-1256", "WINDOWS-1256", ["windows-1256", "cp1256", "x-cp1256"])
        add("windows-874", "WINDOWS-874", ["windows-874", "tis-620", "iso-8859-11", "dos-874"])
        add("UTF-16LE", "UTF-16LE", ["utf-16", "utf-16le"])
        add("UTF-16BE", "UTF-16BE", ["utf-16be"])
        return table
    }()
}
