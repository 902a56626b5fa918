// Tells markup from binary data before the parser sees it.

/// Recognises inputs that are certainly not HTML, so they get a clear error instead of garbage.
enum ContentSniffer {
    /// File signatures of common non-HTML payloads that reach an HTML tool by mistake.
    private static let signatures: [(prefix: [UInt8], name: String)] = [
        (Array("%PDF-".utf8), "pdf document"),
        ([0x89, 0x50, 0x4E, 0x47], "png image"),
        (Array("GIF8".utf8), "gif image"),
        ([0xFF, 0xD8, 0xFF], "jpeg image"),
        (Array("RIFF".utf8), "riff media (webp, wav or avi)"),
        ([0x50, 0x4B, 0x03, 0x04], "zip archive"),
        ([0x1F, 0x8B], "gzip data"),
        ([0x7F, 0x45, 0x4C, 0x46], "elf executable"),
        (Array("\u{0}asm".utf8), "webassembly module"),
    ]

    /// How many leading bytes are inspected: enough for any signature and a fair sample of text.
    private static let sampleLength = 1024

    /// A name for what the bytes look like when they are not markup, or `nil` when they may be HTML.
    ///
    /// Text in UTF-16 contains NUL bytes, so a UTF-16 byte-order mark or UTF-16's NUL pattern exempts the sample; otherwise
    /// a NUL or a high share of control bytes means binary data.
    static func nonHTMLKind(of bytes: UnsafeRawBufferPointer) -> String? {
        for signature in signatures where bytes.count >= signature.prefix.count {
            if zip(bytes, signature.prefix).allSatisfy({ $0 == $1 }) { return signature.name }
        }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return nil
        }
        if CharsetSniffer.utf16WithoutByteOrderMark(bytes) != nil { return nil }
        let sample = bytes.prefix(sampleLength)
        var controls = 0
        for byte in sample {
            if byte == 0 { return "binary data" }
            if byte < 0x09 || (byte > 0x0D && byte < 0x20) { controls += 1 }
        }
        // A few stray control bytes occur in real pages; a twentieth of the sample does not. Random
        // bytes have a tenth, and this margin keeps them from passing as text even by chance.
        return controls * 20 > sample.count ? "binary data" : nil
    }
}
