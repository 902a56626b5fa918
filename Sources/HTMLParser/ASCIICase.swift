// Case folding of ASCII bytes, for the parser's byte-level reading of names and labels.

extension UInt8 {
    /// The byte with an ASCII capital letter turned lowercase, as libxml2 lowercases tag and
    /// attribute names; every other byte, UTF-8 lead and continuation bytes included, unchanged.
    var asciiLowercased: UInt8 { self &- 0x41 < 26 ? self | 0x20 : self }
}
