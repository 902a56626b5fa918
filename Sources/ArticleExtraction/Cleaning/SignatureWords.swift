// A list of words, arranged for finding any of them in one pass over a short text.
#if canImport(Glibc)
import Glibc
#endif

/// Words looked for inside an element's signature (``BoilerplatePatterns/signature(of:)``), or
/// inside a short line (the editor labels), compared byte for byte.
///
/// Most elements are asked about several lists of dozens of words; searching the signature once
/// per word cost more than the rest of those stages. The words are kept by their first byte, so
/// one pass over the signature tries at each byte only the words that start with it.
struct SignatureWords: ExpressibleByArrayLiteral, Sequence {
    let words: [String]
    /// The words' bytes one after another, ordered by first byte.
    private let bytes: [UInt8]
    /// Each word's range in `bytes`, in the same order.
    private let spans: [Range<Int>]
    /// For each byte value b, the words starting with b are `spans[firstSpan[b]..<firstSpan[b + 1]]`.
    private let firstSpan: [Int]
    /// A bit for the opening two bytes of every word, folded to 12 bits (``pairKey(_:_:)``): most
    /// places in a text open no word, and one load tells so.
    private let openingPairs: [UInt64]
    /// Whether a word is a single byte, which the pairs cannot stand for.
    private let hasSingleByteWord: Bool

    init(arrayLiteral words: String...) { self.init(words) }

    init(_ words: [String]) {
        self.words = words
        let sorted = words.map { Array($0.utf8) }.filter { !$0.isEmpty }.sorted { $0[0] < $1[0] }
        var bytes: [UInt8] = []
        var spans: [Range<Int>] = []
        var firstSpan = [Int](repeating: 0, count: 257)
        for word in sorted {
            spans.append(bytes.count..<(bytes.count + word.count))
            bytes += word
            firstSpan[Int(word[0]) + 1] += 1
        }
        for index in 1...256 { firstSpan[index] += firstSpan[index - 1] }
        self.bytes = bytes
        self.spans = spans
        self.firstSpan = firstSpan
        var openingPairs = [UInt64](repeating: 0, count: 64)
        for word in sorted where word.count > 1 {
            let key = SignatureWords.pairKey(word[0], word[1])
            openingPairs[key >> 6] |= 1 << UInt64(key & 63)
        }
        self.openingPairs = openingPairs
        self.hasSingleByteWord = sorted.contains { $0.count == 1 }
    }

    @inline(__always)
    private static func pairKey(_ first: UInt8, _ second: UInt8) -> Int { Int(first & 0x3F) << 6 | Int(second & 0x3F) }

    func makeIterator() -> IndexingIterator<[String]> { words.makeIterator() }

    /// Whether one of the words, all lowercase, occurs in a line in any case: ASCII letters are
    /// lowercased on a copy of the bytes, which costs far less than `String.lowercased()`.
    func occur(ignoringCaseIn line: String) -> Bool {
        var bytes = Array(line.utf8)
        for index in bytes.indices { bytes[index] = bytes[index].asciiLowercased }
        return bytes.withUnsafeBufferPointer(occur(in:))
    }

    /// Whether one of the words occurs in the text.
    func occur(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let textBase = text.baseAddress else { return false }
        return bytes.withUnsafeBufferPointer { bytes in
            spans.withUnsafeBufferPointer { spans in
                firstSpan.withUnsafeBufferPointer { firstSpan in openingPairs.withUnsafeBufferPointer { openingPairs in
                    guard let wordBase = bytes.baseAddress else { return false }
                    let count = text.count
                    // Index loops, not `for … in`: the range iterators were left as calls through
                    // Int's protocol witnesses in the optimised build, at every byte of every signature.
                    var index = 0
                    while index < count {
                        defer { index += 1 }
                        if !hasSingleByteWord, index + 1 < count {
                            let key = SignatureWords.pairKey(textBase[index], textBase[index + 1])
                            if openingPairs[key >> 6] & (1 << UInt64(key & 63)) == 0 { continue }
                        }
                        let lead = Int(textBase[index])
                        let rest = count - index
                        var candidate = firstSpan[lead]
                        let end = firstSpan[lead + 1]
                        while candidate < end {
                            let span = spans[candidate]
                            candidate += 1
                            guard span.count <= rest else { continue }
                            // Most candidates part from the text at their second byte: compared here,
                            // that spares a call to memcmp per letter of the signature.
                            if span.count > 1, textBase[index + 1] != wordBase[span.lowerBound + 1] { continue }
                            if memcmp(textBase + index, wordBase + span.lowerBound, span.count) == 0 { return true }
                        }
                    }
                    return false
                } }
            }
        }
    }
}
