// The words of an article, for telling whether a line belongs to it.

/// Token counts of an article's text: lowercased words of three letters or more for alphabetic
/// scripts, and character pairs for Chinese, Japanese and Korean, which have no spaces.
struct ArticleVocabulary {
    private(set) var counts: [String: Int] = [:]
    /// All tokens counted.
    private(set) var total = 0
    /// Whether texts were left out because the article passed ``Thresholds/maximumVocabularyTokens``.
    private(set) var isSampled = false

    /// Function words too common to say anything about a topic; prose is full of them, keyword lists are not.
    static let stopWords: Set<String> = [
        "the", "and", "for", "with", "from", "that", "this", "you", "your", "are", "was", "were", "has", "have", "not",
        "but", "all", "can", "will", "its", "our", "out", "who", "they", "their", "his", "her", "she", "him", "been",
        "also", "may", "like", "more", "most", "just", "than", "then", "into", "over", "about", "after", "before",
        "what", "when", "where", "which", "would", "could", "should", "there", "these", "those", "such", "only",
        "other", "some", "any", "each", "very", "how", "why", "get", "without", "one", "two", "now", "here",
        "der", "die", "das", "und", "les", "des", "une", "los", "las", "del", "por", "que", "con", "para",
    ]

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
            counts[token, default: 0] += 1
            total += 1
        }
    }

    /// The vocabulary of `newTexts`, given that this one is of `oldTexts`: only the texts that
    /// differ are tokenised (the article changes little between metadata and spam filtering).
    func replacing(_ oldTexts: [String], with newTexts: [String]) -> ArticleVocabulary {
        // A sampled vocabulary depends on the order of texts: build it afresh.
        guard !isSampled else { return ArticleVocabulary(texts: newTexts) }
        var difference: [String: Int] = [:]
        for text in newTexts { difference[text, default: 0] += 1 }
        for text in oldTexts { difference[text, default: 0] -= 1 }
        var result = self
        for (text, change) in difference where change != 0 {
            let tokens = ArticleVocabulary.tokens(of: text)
            for token in tokens { result.counts[token, default: 0] += change }
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
        var own: [String: Int] = [:]
        if !isSampled { for token in tokens { own[token, default: 0] += 1 } }
        // In a long article a word met once is incidental ("credit", "sale"); its topic words recur.
        let required = total >= Thresholds.longArticleTokens ? 2 : 1
        let shared = tokens.filter { (counts[$0] ?? 0) - (own[$0] ?? 0) >= required }.count
        return Double(shared) / Double(tokens.count)
    }

    /// The tokens of a text.
    static func tokens(of text: String, limit: Int = .max) -> [String] {
        var tokens: [String] = []
        let scalars = text.unicodeScalars
        // Words are taken as slices of the text, never built a scalar at a time.
        var wordStart: String.Index?
        var previousWide: String.Index?
        func endWord(at end: String.Index) {
            guard let start = wordStart else { return }
            wordStart = nil
            let word = scalars[start..<end]
            if word.count >= 3 {
                let token = String(word).lowercased()
                if !stopWords.contains(token) { tokens.append(token) }
            }
        }
        var index = scalars.startIndex
        while index < scalars.endIndex, tokens.count < limit {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if isWide(scalar) {
                endWord(at: index)
                if let previous = previousWide { tokens.append(String(scalars[previous..<next])) }
                previousWide = index
            } else {
                previousWide = nil
                if isWordScalar(scalar) {
                    if wordStart == nil { wordStart = index }
                } else {
                    endWord(at: index)
                }
            }
            index = next
        }
        if tokens.count < limit { endWord(at: index) }
        return tokens
    }

    /// Letters and digits; ASCII is answered without the Unicode property tables.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Han, kana and Hangul: scripts written without spaces between words.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FFFF: return true
        default: return false
        }
    }
}
