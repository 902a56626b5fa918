// Case folding of ASCII bytes, for the byte-level searches of class names, CSS and labels.

extension UInt8 {
    /// The byte with an ASCII capital letter turned lowercase; every other byte, UTF-8 lead and
    /// continuation bytes included, unchanged.
    var asciiLowercased: UInt8 { self >= 0x41 && self <= 0x5A ? self | 0x20 : self }
}
