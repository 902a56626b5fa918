// Substring tests on UTF-8 bytes, for loops that run once per element.
#if canImport(Glibc)
import Glibc
#endif

enum ByteSearch {
    /// Whether `needle` occurs in `haystack`, compared byte for byte (Foundation's `range(of:)`
    /// costs a bridge and a locale per call, which per-element loops cannot afford).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        var haystack = haystack
        var needle = needle
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pin in
                guard let first = pin.first else { return true }
                guard pin.count <= hay.count, let base = hay.baseAddress, let pinBase = pin.baseAddress else { return false }
                // memchr finds each candidate start many bytes at a time; memcmp checks it.
                var position = 0
                let lastStart = hay.count - pin.count
                while position <= lastStart, let found = memchr(base + position, Int32(first), lastStart - position + 1) {
                    let start = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
                    if memcmp(base + start, pinBase, pin.count) == 0 { return true }
                    position = start + 1
                }
                return false
            }
        }
    }
}

extension ByteSearch {
    /// The pieces of `text` between occurrences of `separator`, empty ones included, as slices of
    /// the text (no copies). Matched on UTF-8 bytes; the standard library's `split(separator:)`
    /// compares Characters one by one and was a tenth of an extraction.
    static func pieces(of text: String, separatedBy separator: String) -> [Substring] {
        let bytes = text.utf8
        let pin = Array(separator.utf8)
        guard let first = pin.first else { return [Substring(text)] }
        var pieces: [Substring] = []
        var pieceStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == first, bytes[index...].starts(with: pin) {
                // Both ends sit on scalar boundaries: a UTF-8 separator starts and ends whole scalars.
                pieces.append(Substring(bytes[pieceStart..<index]))
                index = bytes.index(index, offsetBy: pin.count)
                pieceStart = index
            } else {
                index = bytes.index(after: index)
            }
        }
        pieces.append(Substring(bytes[pieceStart..<bytes.endIndex]))
        return pieces
    }
}
