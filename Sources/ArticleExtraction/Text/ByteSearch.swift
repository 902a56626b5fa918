// Substring tests on UTF-8 bytes, for loops that run once per element.
#if canImport(Glibc)
import Glibc
#endif

enum ByteSearch {
    /// The offset of the first occurrence of `needle` in `haystack` at or after `start`, or `nil`.
    /// memchr finds each candidate start many bytes at a time; memcmp checks it.
    static func offset(of needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer, from start: Int = 0) -> Int? {
        guard let first = needle.first else { return start <= haystack.count ? start : nil }
        guard let base = haystack.baseAddress, let needleBase = needle.baseAddress, needle.count <= haystack.count else { return nil }
        let lastStart = haystack.count - needle.count
        var position = start
        while position <= lastStart, let found = memchr(base + position, Int32(first), lastStart - position + 1) {
            let candidate = base.distance(to: UnsafeRawPointer(found))
            if memcmp(base + candidate, needleBase, needle.count) == 0 { return candidate }
            position = candidate + 1
        }
        return nil
    }

    /// The offset of the first `byte` in `text` at or after `start` and before `end` (the text's
    /// end by default), found with memchr, or `nil`.
    static func offset(of byte: UInt8, in text: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int? = nil) -> Int? {
        let end = end ?? text.count
        guard start < end, let base = text.baseAddress, let found = memchr(base + start, Int32(byte), end - start) else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    /// Whether `byte` occurs in the first `limit` bytes of the text's UTF-8. memchr reads the text
    /// in place; `utf8.contains` stepped the view's index byte by byte, a dozen instructions each,
    /// on every paragraph of every page.
    static func contains(_ byte: UInt8, in text: some StringProtocol, within limit: Int = .max) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), min(bytes.count, limit)) != nil
        }
        return found ?? text.utf8.prefix(limit).contains(byte)
    }

    /// Whether `needle` occurs in `haystack`, compared byte for byte (Foundation's `range(of:)`
    /// costs a bridge and a locale per call, which per-element loops cannot afford).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        // Native strings, nearly all, are read in place; copying them first cost a retain and a release.
        let inPlace = haystack.utf8.withContiguousStorageIfAvailable { hay in
            needle.utf8.withContiguousStorageIfAvailable { pin in offset(of: UnsafeRawBufferPointer(pin), in: UnsafeRawBufferPointer(hay)) != nil }
        }
        if let found = inPlace ?? nil { return found }
        var haystack = haystack
        var needle = needle
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pin in offset(of: UnsafeRawBufferPointer(pin), in: UnsafeRawBufferPointer(hay)) != nil }
        }
    }

    /// The byte offset of the last occurrence of `needle` in `text`, or `nil`.
    static func lastOffset(of needle: String, in text: String) -> Int? {
        var text = text
        var needle = needle
        return text.withUTF8 { hay in
            needle.withUTF8 { pin in
                var last: Int?
                while let found = offset(of: UnsafeRawBufferPointer(pin), in: UnsafeRawBufferPointer(hay), from: (last ?? -1) + 1) {
                    last = found
                }
                return last
            }
        }
    }

    /// The range of the first occurrence of `needle` in `text`, matched byte for byte: one search,
    /// without Foundation's `range(of:)`, which costs a bridge and a locale per call.
    static func range(of needle: String, in text: String) -> Range<String.Index>? {
        var text = text
        var needle = needle
        let found = text.withUTF8 { hay in
            needle.withUTF8 { pin in offset(of: UnsafeRawBufferPointer(pin), in: UnsafeRawBufferPointer(hay)) }
        }
        guard let found else { return nil }
        // Both ends sit on scalar boundaries, since a UTF-8 needle starts and ends whole scalars.
        let bytes = text.utf8
        let start = bytes.index(bytes.startIndex, offsetBy: found)
        return start..<bytes.index(start, offsetBy: needle.utf8.count)
    }

    /// The pieces of `text` between occurrences of `separator`, empty ones included, as slices of
    /// the text (no copies). Matched on UTF-8 bytes; the standard library's `split(separator:)`
    /// compares Characters one by one and was a tenth of an extraction.
    static func pieces(of text: String, separatedBy separator: String) -> [Substring] {
        var text = text
        var separator = separator
        guard !separator.isEmpty else { return [Substring(text)] }
        // Offsets first, then slices: both ends sit on scalar boundaries, since a UTF-8 separator
        // starts and ends whole scalars.
        let cuts: [Int] = text.withUTF8 { hay in
            separator.withUTF8 { pin in
                var cuts: [Int] = []
                var position = 0
                while let found = offset(of: UnsafeRawBufferPointer(pin), in: UnsafeRawBufferPointer(hay), from: position) {
                    cuts.append(found)
                    position = found + pin.count
                }
                return cuts
            }
        }
        let bytes = text.utf8
        let width = separator.utf8.count
        var pieces: [Substring] = []
        var pieceStart = bytes.startIndex
        for cut in cuts {
            let end = bytes.index(bytes.startIndex, offsetBy: cut)
            pieces.append(Substring(bytes[pieceStart..<end]))
            pieceStart = bytes.index(end, offsetBy: width)
        }
        pieces.append(Substring(bytes[pieceStart..<bytes.endIndex]))
        return pieces
    }
}
