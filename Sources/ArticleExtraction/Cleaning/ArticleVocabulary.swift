// The words of an article, for telling whether a line belongs to it.

/// Token counts of an article's text: lowercased words of three letters or more for alphabetic
/// scripts, and character pairs for Chinese, Japanese and Korean, which have no spaces.
struct ArticleVocabulary {
    /// A token: a 64-bit hash of its lowercased UTF-8 bytes. Articles are counted token by token,
    /// and a hash is built without allocating a string per word.
    typealias Token = UInt64

    private(set) var counts = TokenCounts()
    /// All tokens counted.
    private(set) var total = 0
    /// Whether texts were left out because the article passed ``Thresholds/maximumVocabularyTokens``.
    private(set) var isSampled = false

    /// Function words too common to say anything about a topic; prose is full of them, keyword lists are not.
    /// Kept as counts of one, looked up as every word of an article is.
    static let stopWords: TokenCounts = [
        "the", "and", "for", "with", "from", "that", "this", "you", "your", "are", "was", "were", "has", "have", "not",
        "but", "all", "can", "will", "its", "our", "out", "who", "they", "their", "his", "her", "she", "him", "been",
        "also", "may", "like", "more", "most", "just", "than", "then", "into", "over", "about", "after", "before",
        "what", "when", "where", "which", "would", "could", "should", "there", "these", "those", "such", "only",
        "other", "some", "any", "each", "very", "how", "why", "get", "without", "one", "two", "now", "here",
        "der", "die", "das", "und", "les", "des", "une", "los", "las", "del", "por", "que", "con", "para",
    ].reduce(into: TokenCounts()) { $0.add(token(of: $1.utf8)) }

    /// Whether a lowercased word is one of the ``stopWords``.
    static func isStopWord(_ word: Substring) -> Bool { stopWords[token(of: word.utf8)] > 0 }

    init(texts: [String]) {
        for text in texts { add(text) }
    }

    mutating func add(_ text: String) {
        guard total < Thresholds.maximumVocabularyTokens else {
            isSampled = true
            return
        }
        let tokens = ArticleVocabulary.tokens(of: text, limit: Thresholds.maximumVocabularyTokens - total)
        if tokens.count == Thresholds.maximumVocabularyTokens - total { isSampled = true }
        for token in tokens {
            counts.add(token)
            total += 1
        }
    }

    /// The vocabulary of `newTexts`, given that this one is of `oldTexts`: only the texts that
    /// differ are tokenised (the article changes little between metadata and spam filtering).
    func replacing(_ oldTexts: [String], with newTexts: [String]) -> ArticleVocabulary {
        // A sampled vocabulary depends on the order of texts: build it afresh.
        guard !isSampled else { return ArticleVocabulary(texts: newTexts) }
        // The texts both lists open and close with are the same: only those between are counted,
        // since hashing whole paragraphs costs more than comparing them in place.
        var start = 0
        while start < min(oldTexts.count, newTexts.count), oldTexts[start] == newTexts[start] { start += 1 }
        var oldEnd = oldTexts.count, newEnd = newTexts.count
        while oldEnd > start, newEnd > start, oldTexts[oldEnd - 1] == newTexts[newEnd - 1] {
            oldEnd -= 1
            newEnd -= 1
        }
        var difference: [String: Int] = [:]
        for text in newTexts[start..<newEnd] { difference[text, default: 0] += 1 }
        for text in oldTexts[start..<oldEnd] { difference[text, default: 0] -= 1 }
        var result = self
        for (text, change) in difference where change != 0 {
            let tokens = ArticleVocabulary.tokens(of: text)
            for token in tokens { result.counts.add(token, change) }
            result.total += tokens.count * change
        }
        if result.total >= Thresholds.maximumVocabularyTokens { return ArticleVocabulary(texts: newTexts) }
        return result
    }

    /// The share of a line's tokens that also occur elsewhere in the article (the line's own
    /// occurrences are discounted; in a long article a token must recur), or `nil` for a line
    /// without tokens or an article too short beside it to judge by.
    func coherence(of line: String) -> Double? {
        let tokens = ArticleVocabulary.tokens(of: line)
        let rest = total - tokens.count
        guard !tokens.isEmpty, rest >= Thresholds.minimumVocabularyTokens, rest >= tokens.count else { return nil }
        // A line past the sample was not counted, so it has no occurrences of its own to discount.
        var own: [Token: Int] = [:]
        if !isSampled { for token in tokens { own[token, default: 0] += 1 } }
        // In a long article a word met once is incidental ("credit", "sale"); its topic words recur.
        let required = total >= Thresholds.longArticleTokens ? 2 : 1
        let shared = tokens.filter { counts[$0] - (own[$0] ?? 0) >= required }.count
        return Double(shared) / Double(tokens.count)
    }

    /// The tokens of a text.
    static func tokens(of text: String, limit: Int = .max) -> [Token] {
        var text = text
        return text.withUTF8 { tokens(of: $0, limit: limit) }
    }

    /// The tokens of UTF-8 text, read on its bytes: words are hashed in place, and only words
    /// beyond ASCII are copied, for Unicode lowercasing.
    private static func tokens(of bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> [Token] {
        var tokens: [Token] = []
        var wordStart = -1
        var wordLength = 0
        var wordIsASCII = true
        var previousWide = -1
        func endWord(at end: Int) {
            guard wordStart >= 0 else { return }
            defer { wordStart = -1 }
            guard wordLength >= 3 else { return }
            let word = UnsafeBufferPointer(rebasing: bytes[wordStart..<end])
            let token = wordIsASCII ? token(of: word) : lowercasedToken(of: word)
            if stopWords[token] == 0 { tokens.append(token) }
        }
        func extendWord(at index: Int, ascii: Bool) {
            if wordStart < 0 {
                wordStart = index
                wordLength = 0
                wordIsASCII = true
            }
            wordLength += 1
            if !ascii { wordIsASCII = false }
        }
        var index = 0
        while index < bytes.count, tokens.count < limit {
            let lead = bytes[index]
            // ASCII, most of most pages, without decoding a scalar.
            if lead < 0x80 {
                previousWide = -1
                if Unicode.Scalar(lead).isAlphanumeric { extendWord(at: index, ascii: true) } else { endWord(at: index) }
                index += 1
                continue
            }
            var value = UInt32(lead)
            var width = 1
            if lead >= 0xF0 {
                width = 4
                value = UInt32(lead & 0x07)
            } else if lead >= 0xE0 {
                width = 3
                value = UInt32(lead & 0x0F)
            } else if lead >= 0xC0 {
                width = 2
                value = UInt32(lead & 0x1F)
            }
            if width > 1 {
                for offset in 1..<min(width, bytes.count - index) { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            }
            let next = min(index + width, bytes.count)
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            if isWide(scalar) {
                endWord(at: index)
                if previousWide >= 0 { tokens.append(token(of: UnsafeBufferPointer(rebasing: bytes[previousWide..<next]))) }
                previousWide = index
            } else {
                previousWide = -1
                if scalar.isAlphanumeric {
                    extendWord(at: index, ascii: width == 1)
                } else {
                    endWord(at: index)
                }
            }
            index = next
        }
        if tokens.count < limit { endWord(at: bytes.count) }
        return tokens
    }

    /// The token of a word beyond ASCII: FNV-1a over the UTF-8 of `String.lowercased()`, which maps
    /// scalar by scalar, computed without making the lowercased string. The common scripts are
    /// lowercased by arithmetic (``Lowercasing``); scalars that lowercasing leaves alone are told by
    /// one property; only the rest ask for their mapping.
    private static func lowercasedToken(of word: UnsafeBufferPointer<UInt8>) -> Token {
        var hash = fnvOffsetBasis
        var bytes = word.makeIterator()
        var decoder = UTF8()
        decoding: while true {
            switch decoder.decode(&bytes) {
            case let .scalarValue(scalar):
                if let lower = Lowercasing.lowercase(scalar) {
                    hash = hashing(hash, lower)
                } else if !scalar.properties.changesWhenLowercased {
                    hash = hashing(hash, scalar)
                } else {
                    for mapped in scalar.properties.lowercaseMapping.unicodeScalars { hash = hashing(hash, mapped) }
                }
            case .emptyInput:
                break decoding
            case .error:
                hash = hashing(hash, "\u{FFFD}")
            }
        }
        return hash
    }

    /// FNV-1a carried over a scalar's UTF-8 bytes: read from its UTF-8 view, where a nested
    /// function that encoded into the running hash had every step's access to it checked at run time.
    @inline(__always)
    private static func hashing(_ hash: Token, _ scalar: Unicode.Scalar) -> Token {
        scalar.utf8.reduce(hash, hashing)
    }

    /// FNV-1a over UTF-8 bytes, ASCII letters lowercased.
    private static func token(of bytes: some Sequence<UInt8>) -> Token {
        bytes.reduce(fnvOffsetBasis, hashing)
    }

    private static let fnvOffsetBasis: Token = 0xcbf2_9ce4_8422_2325

    /// One byte of FNV-1a, ASCII letters lowercased.
    @inline(__always)
    private static func hashing(_ hash: Token, _ byte: UInt8) -> Token { (hash ^ UInt64(byte.asciiLowercased)) &* 0x100_0000_01b3 }

    /// Han, kana and Hangul: scripts written without spaces between words.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FFFF: return true
        default: return false
        }
    }
}
