// Statistical charset detection for pages that declare none, with uchardet.
import CUchardet

/// Guesses the encoding of undeclared, non-UTF-8 bytes from their byte statistics.
enum CharsetDetector {
    /// How much of a page is shown to the detector: markup is ASCII and teaches it nothing, and
    /// the first few hundred kilobytes hold plenty of text.
    static let sampleLength = 256 * 1024

    /// The detected encoding, or `nil` when uchardet cannot tell or names one we cannot decode.
    static func detect(_ bytes: UnsafeRawBufferPointer) -> Charset? {
        guard let detector = uchardet_new() else { return nil }
        defer { uchardet_delete(detector) }
        let length = min(bytes.count, sampleLength)
        guard length > 0, uchardet_handle_data(detector, bytes.baseAddress!.assumingMemoryBound(to: CChar.self), length) == 0 else {
            return nil
        }
        uchardet_data_end(detector)
        guard let name = uchardet_get_charset(detector) else { return nil }
        let label = String(cString: name)
        // "ASCII" cannot be: non-UTF-8 bytes were seen. UTF-8 neither, for the same reason.
        if label.isEmpty || label.uppercased() == "ASCII" || label.uppercased() == "UTF-8" { return nil }
        return Charset.forLabel(label, evidence: .detected)
    }
}
