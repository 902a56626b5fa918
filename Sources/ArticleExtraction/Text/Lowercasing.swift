// Lowercasing the scripts most pages are written in without the Unicode tables.

extension StringProtocol {
    /// The text lowercased exactly as `lowercased()` does it, without its per-scalar lookups in
    /// the Unicode tables for the scripts that fill most pages: ASCII, the Latin-1 letters, basic
    /// Cyrillic, and the caseless CJK, kana and Hangul, which `lowercased()` looks up one scalar
    /// at a time only to leave them as they are. Any other scalar hands the whole text to
    /// `lowercased()`. (Checked against it for every scalar of those ranges.)
    func lowercasedQuickly() -> String {
        // ASCII has its own fast path in `lowercased()`.
        let isASCII = utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains { $0 >= 0x80 } } ?? utf8.allSatisfy { $0 < 0x80 }
        if isASCII { return lowercased() }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            guard let lower = Lowercasing.lowercase(scalar) else { return lowercased() }
            if lower.isASCII {
                bytes.append(UInt8(truncatingIfNeeded: lower.value))
            } else {
                bytes.append(contentsOf: UTF8.encode(lower)!)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

enum Lowercasing {
    /// A scalar's lowercase where it is one scalar found by arithmetic, else `nil`.
    @inline(__always)
    static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE, 0x410...0x42F, 0xFF21...0xFF3A: return Unicode.Scalar(value + 0x20)
        case 0x400...0x40F: return Unicode.Scalar(value + 0x50)
        // Caseless or already lowercase: ASCII and Latin-1 rest, combining marks, basic Cyrillic
        // lowercase, general punctuation, CJK punctuation, kana, ideographs, Hangul, full-width forms.
        case 0...0xBF, 0xD7, 0xDF...0xFF, 0x300...0x344, 0x346...0x36F, 0x430...0x45F, 0x2000...0x206F, 0x3000...0x30FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF00...0xFF20, 0xFF3B...0xFFEF:
            return scalar
        default: return nil
        }
    }
}
