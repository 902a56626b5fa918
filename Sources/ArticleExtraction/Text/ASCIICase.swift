// Case folding of ASCII bytes, for the byte-level searches of class names, CSS and labels.

extension UInt8 {
    /// The byte with an ASCII capital letter turned lowercase; every other byte, UTF-8 lead and
    /// continuation bytes included, unchanged.
    var asciiLowercased: UInt8 { self >= 0x41 && self <= 0x5A ? self | 0x20 : self }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether the bytes spell `lowercase` in any ASCII case, as an attribute value is compared
    /// (`itemprop="datePublished"`) without making a String of it.
    func equalsIgnoringASCIICase(_ lowercase: StaticString) -> Bool {
        lowercase.withUTF8Buffer { wanted in
            count == wanted.count && zip(self, wanted).allSatisfy { $0.asciiLowercased == $1 }
        }
    }
}
