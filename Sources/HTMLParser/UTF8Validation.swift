// Well-formed UTF-8: telling it apart, and mending it when nothing else fits.

enum UTF8Validation {
    /// The length of the well-formed sequence starting at `index`, or `nil` when it is malformed
    /// (overlong forms and surrogates count as malformed). A sequence cut short by the end of the
    /// buffer counts as well-formed: a capped read may end inside a character.
    @inline(__always)
    static func sequenceLength(in bytes: UnsafeRawBufferPointer, at index: Int) -> Int? {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let length: Int
        let minimum: UInt32
        var scalar: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(lead & 0x07)
        default: return nil
        }
        if index + length > bytes.count {
            for offset in 1..<(bytes.count - index) where bytes[index + offset] & 0xC0 != 0x80 { return nil }
            return bytes.count - index
        }
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(next & 0x3F)
        }
        if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return nil }
        return length
    }

    /// Whether every sequence is well-formed.
    static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        while index < bytes.count {
            // Eight ASCII bytes at a time: markup is mostly ASCII.
            if index + 8 <= bytes.count, bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            guard let length = sequenceLength(in: bytes, at: index) else { return false }
            index += length
        }
        return true
    }

    /// The bytes with each malformed byte replaced by U+FFFD, as a browser decoding UTF-8 shows it.
    static func repaired(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var index = 0
        while index < bytes.count {
            if let length = sequenceLength(in: bytes, at: index) {
                output.append(contentsOf: bytes[index..<(index + length)])
                index += length
            } else {
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                index += 1
            }
        }
        return output
    }
}
