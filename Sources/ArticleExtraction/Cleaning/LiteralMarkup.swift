// Recognises text that is nothing but HTML tags written out, as spider-pool templates print them.

enum LiteralMarkup {
    /// Whether a run of text holds at least one tag-like token and nothing else but whitespace:
    /// `<bdo id="0wauq"></bdo><sup id="0wauq"></sup>` written as text carries no content.
    ///
    /// A token is `<`, an optional `/`, a letter, then anything but `<` up to `>`.
    static func isOnlyTags(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        var tags = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "<") else { return false }
            var cursor = index + 1
            if cursor < count, bytes[cursor] == UInt8(ascii: "/") { cursor += 1 }
            guard cursor < count, isLetter(bytes[cursor]) else { return false }
            while cursor < count, bytes[cursor] != UInt8(ascii: ">") {
                if bytes[cursor] == UInt8(ascii: "<") { return false }
                cursor += 1
            }
            guard cursor < count else { return false }
            tags += 1
            index = cursor + 1
        }
        return tags > 0
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }
}
