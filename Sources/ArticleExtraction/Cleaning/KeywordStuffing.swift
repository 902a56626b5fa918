// Lines of keyword phrases with no sentence and no relation to the article.

/// Recognises keyword stuffing: a line cut into several short phrases by one separator, with
/// no sentence inside it, whose words the rest of the article does not use.
///
///     "cheap replica watches wholesale - no credit check loans direct lender - designer replica handbags outlet sale"
///     "欧美夫妻性生活网,免费一区二区三区久久,免费人成激情视频在线观看"
///     → keyword stuffing in an article about anything else
///
/// Both tests are needed: a tag line ("Apple, MacBook Pro, keyboards") has the shape but shares
/// the article's words, and a sentence shares neither the shape nor, always, the words.
enum KeywordStuffing {
    /// Separators keyword lines are joined with, tried in turn; the one giving most phrases counts.
    private static let separators = [",", "，", "、", "|", "｜", " - ", " – ", "_", "/", ";", "；", "·", " ", "-"]
    /// Separators that also join the words of alphabetic scripts, and so count only between
    /// phrases of spaceless scripts ("征信花了贷款不看征信 幸运飞艇最快开奖", "手机借钱免审核-高仿劳力士官网").
    private static let spacelessOnly: Set<String> = [" ", "-"]
    /// The separators with whether each is ``spacelessOnly``, told once rather than hashed per line.
    private static let separatorKinds = separators.map { ($0, spacelessOnly.contains($0)) }

    /// Whether a line has the shape of a keyword list: at least three short phrases and no sentence.
    static func isListShaped(_ text: String) -> Bool {
        guard text.utf8.count <= Thresholds.maximumKeywordLineBytes else { return false }
        let trimmed = TextNormalizer.collapse(text)
        let measure = TextMeasure(trimmed)
        guard measure.characters >= Thresholds.minimumKeywordLineCharacters else { return false }
        // Cheapest first: most blocks are prose and end with a full stop.
        if endsSentence(trimmed) || containsSentenceEnd(trimmed) || isFullOfFunctionWords(trimmed) { return false }
        var best = Phrases()
        for (separator, isSpacelessOnly) in separatorKinds {
            let phrases = Phrases(of: trimmed, separatedBy: separator)
            if isSpacelessOnly, !phrases.allWide { continue }
            if phrases.count > best.count { best = phrases }
        }
        return best.count >= 3 && best.longest <= Thresholds.maximumKeywordPhraseCharacters
    }

    /// The phrases of a line cut at one separator, blank ones left out, described by what the
    /// keyword test needs; one pass without trimming copies, since lines can be whole link farms.
    private struct Phrases {
        var count = 0
        /// The most characters in one phrase.
        var longest = 0
        /// Whether every phrase has a character of a spaceless script.
        var allWide = true

        init() {}

        init(of line: String, separatedBy separator: String) {
            var line = line
            var separator = separator
            line.withUTF8 { bytes in
                separator.withUTF8 { separator in
                    // The pieces are measured where they lie, without cutting the line into strings.
                    var start = 0
                    while start <= bytes.count {
                        let end = ByteSearch.offset(of: UnsafeRawBufferPointer(separator), in: UnsafeRawBufferPointer(bytes), from: start) ?? bytes.count
                        add(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                        start = end + separator.count
                    }
                }
            }
        }

        private mutating func add(_ piece: UnsafeBufferPointer<UInt8>) {
            let characters = TextMeasure(bytes: piece).characters
            guard characters > 0 else { return }
            count += 1
            longest = max(longest, characters)
            if allWide, !String(decoding: piece, as: UTF8.self).unicodeScalars.contains(where: ArticleVocabulary.isWide) { allWide = false }
        }
    }

    /// Whether the line is keyword stuffing in this article.
    static func isStuffing(_ text: String, in vocabulary: ArticleVocabulary) -> Bool {
        guard isListShaped(text), let coherence = vocabulary.coherence(of: text) else { return false }
        return coherence < Thresholds.minimumKeywordCoherence
    }

    /// Whether a short line above a removed keyword line is its label ("Trending", "You may also
    /// like", "热门推荐"): short, not a sentence, a closing mark such as "(完)" or an announcement
    /// ending in a colon, and without words of the article.
    static func isForeignLabel(_ text: String, in vocabulary: ArticleVocabulary) -> Bool {
        guard TextMeasure.holds(text, atMost: Thresholds.maximumLabelCharacters), !containsSentenceEnd(text),
              !endsSentence(text), let last = text.unicodeScalars.last, !")）]】:：".unicodeScalars.contains(last) else { return false }
        guard let coherence = vocabulary.coherence(of: text) else { return true }
        // A two-word label sharing one word ("Popular tags" in an article with a tag line) still goes.
        return coherence <= Thresholds.maximumLabelCoherence
    }

    /// Prose ends with a full stop; keyword lists do not.
    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return sentenceEnds.contains(last.value)
    }

    /// `.!?。！？"”」` by value.
    private static let sentenceEnds: Set<UInt32> = Set(".!?。！？\"”」".unicodeScalars.map(\.value))

    /// Prose in languages with spaces is one word in ten or more a function word; keyword phrases
    /// ("no credit check loans direct lender") are nouns and adjectives.
    private static func isFullOfFunctionWords(_ text: String) -> Bool {
        let words = text.lowercasedQuickly().unicodeScalars.split(whereSeparator: { !$0.isLetter })
            .filter { word in !word.contains(where: ArticleVocabulary.isWide) }.map(Substring.init)
        guard words.count >= 6 else { return false }
        let function = words.filter { ArticleVocabulary.isStopWord($0) || functionWords.contains(String($0)) }.count
        return function * 10 >= words.count * Thresholds.proseFunctionWordTenths
    }

    /// Function words of the languages with spaces besides the stop words: the one- and two-letter
    /// ones, and the articles, pronouns and prepositions of German, French, Spanish and Polish prose
    /// (`So sah es aus, als Henry den Neuankömmling …`). Abbreviations such as "rx" or "hd" in
    /// keyword phrases are not among them.
    private static let functionWords: Set<String> = [
        "a", "an", "to", "of", "in", "on", "at", "is", "it", "be", "as", "by", "or", "we", "he", "if", "so", "my", "me",
        "de", "la", "le", "el", "en", "et", "da", "di", "du", "im", "am", "zu", "um", "es", "er", "ist", "o", "e", "y", "i", "à",
        "den", "dem", "des", "ein", "eine", "einen", "mit", "als", "von", "auf", "aus", "bei", "für", "sich", "nicht", "sie",
        "wir", "ich", "auch", "wie", "nach", "wird", "sind", "hat", "noch", "schon",
        "qui", "pas", "dans", "sur", "pour", "avec", "est", "sont", "il", "elle", "au", "aux", "ce",
        "una", "un", "su", "se", "lo", "al", "como", "más", "sus",
        "się", "nie", "jest", "na", "w", "z", "do", "że",
    ]

    private static func containsSentenceEnd(_ text: String) -> Bool {
        // One pass with the scalars before and after, no copy of the text.
        var beforePrevious: Unicode.Scalar?
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            // 。！？ by value: a String's scalars searched for each scalar of the line cost more than the rest.
            if scalar.value == 0x3002 || scalar.value == 0xFF01 || scalar.value == 0xFF1F { return true }
            // "x. Y": a full stop after a lowercase letter and before a space.
            if scalar == " ", let mark = previous, mark == "." || mark == "!" || mark == "?",
               let letter = beforePrevious, letter.isASCII ? (letter.value >= 0x61 && letter.value <= 0x7A) : letter.properties.isLowercase { return true }
            beforePrevious = previous
            previous = scalar
        }
        return false
    }
}
