// A byte scan for tags with absurd numbers of attributes, before libxml2 sees them.

/// Finds the largest number of attributes written in one start tag.
///
/// libxml2 compares every attribute of a tag with each earlier one, so 300,000 attributes on one
/// element cost it minutes; this linear scan lets the parser refuse such a page first. It counts
/// `=` signs outside quoted values between `<letter` and `>`: attributes without values are not
/// counted, which only makes the count lower.
enum AttributeCounter {
    /// Whether some start tag has more than `limit` attributes.
    static func exceeds(_ limit: Int, in bytes: UnsafeRawBufferPointer) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            // Jump to the next '<' followed by a letter.
            guard bytes[index] == 0x3C, index + 1 < count, isLetter(bytes[index + 1]) else {
                index += 1
                continue
            }
            index += 2
            var attributes = 0
            var quote: UInt8 = 0
            while index < count {
                let byte = bytes[index]
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == 0x3E {
                    break
                } else if byte == 0x3D {
                    attributes += 1
                    if attributes > limit { return true }
                    // A quoted value may follow, after optional spaces.
                    var next = index + 1
                    while next < count, bytes[next] == 0x20 || bytes[next] == 0x09 || bytes[next] == 0x0A || bytes[next] == 0x0D { next += 1 }
                    if next < count, bytes[next] == 0x22 || bytes[next] == 0x27 {
                        quote = bytes[next]
                        index = next
                    }
                } else if byte == 0x3C, index + 1 < count, isLetter(bytes[index + 1]) {
                    // An unclosed tag: a new one starts here.
                    attributes = 0
                }
                index += 1
            }
            index += 1
        }
        return false
    }

    @inline(__always)
    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }
}
