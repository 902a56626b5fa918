// Names the language of text written in a script only one language (family) uses.

enum LanguageGuess {
    /// `ja` when kana appear among the letters, `ko` for Hangul, `zh-Hant` or `zh-Hans` for Han
    /// alone (told apart by characters only one script uses), and for Latin and Cyrillic text the
    /// language whose common words clearly dominate; nothing when no language is clear, since a
    /// wrong tag is worse than none.
    static func language(of text: String) -> String? {
        var letters = 0, han = 0, kana = 0, hangul = 0, arabic = 0
        // ASCII's alphabetic scalars are its letters, answered without the Unicode tables.
        for scalar in text.unicodeScalars.prefix(5000) where scalar.isASCII ? scalar.isLetter : scalar.properties.isAlphabetic {
            letters += 1
            switch scalar.value {
            case 0x3040...0x30FF: kana += 1
            case 0xAC00...0xD7AF, 0x1100...0x11FF: hangul += 1
            case 0x3400...0x9FFF, 0xF900...0xFAFF: han += 1
            case 0x0600...0x06FF: arabic += 1
            default: break
            }
        }
        guard letters >= 20 else { return nil }
        if kana * 20 >= letters { return "ja" }
        if hangul * 3 >= letters { return "ko" }
        if han * 2 >= letters { return chineseScript(of: text) }
        if arabic * 2 >= letters { return "ar" }
        return languageByCommonWords(in: text)
    }

    /// Frequent characters written one way in Traditional and another in Simplified Chinese.
    private static let traditionalOnly = Set("這個們來時說國為會發對過經還沒樣問現點動後實東進學長機關開業車電線網聞報記區員務與華產應書見讓從將當體現義論區門間題內無種頭財種強權辦條準網際認爲".unicodeScalars)
    private static let simplifiedOnly = Set("这个们来时说国为会发对过经还没样问现点动后实东进学长机关开业车电线网闻报记区员务与华产应书见让从将当体现义论区门间题内无种头财种强权办条准网际认".unicodeScalars)

    /// `zh-Hant` or `zh-Hans` by which script's own characters the text uses more; `zh` when it uses neither.
    static func chineseScript(of text: String) -> String {
        var traditional = 0, simplified = 0
        for scalar in text.unicodeScalars.prefix(20_000) {
            if traditionalOnly.contains(scalar) { traditional += 1 } else if simplifiedOnly.contains(scalar) { simplified += 1 }
        }
        if traditional > simplified * 2 { return "zh-Hant" }
        if simplified > traditional * 2 { return "zh-Hans" }
        return "zh"
    }

    /// The most common short words of languages written in Latin or Cyrillic letters.
    private static let commonWords: [(String, Set<String>)] = [
        ("en", ["the", "and", "of", "to", "is", "in", "that", "for", "with", "was", "on", "are", "it", "this", "by"]),
        ("de", ["der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "für", "dem", "den", "ein", "eine", "auch"]),
        ("fr", ["le", "la", "les", "et", "des", "est", "une", "du", "dans", "pour", "qui", "pas", "que", "sur", "au"]),
        ("es", ["el", "la", "los", "las", "y", "que", "del", "en", "por", "una", "para", "con", "se", "es", "su"]),
        ("pt", ["o", "os", "as", "e", "que", "do", "da", "em", "um", "uma", "para", "com", "não", "dos", "no"]),
        ("it", ["il", "di", "che", "e", "la", "per", "un", "una", "non", "sono", "della", "del", "gli", "con", "è"]),
        ("nl", ["de", "het", "een", "en", "van", "is", "dat", "niet", "op", "met", "voor", "zijn", "ook", "te", "die"]),
        ("pl", ["i", "w", "nie", "się", "na", "że", "jest", "do", "to", "z", "jak", "po", "ale", "od", "przez"]),
        ("ru", ["и", "в", "не", "на", "что", "с", "по", "это", "как", "из", "он", "для", "о", "его", "к"]),
        ("uk", ["і", "в", "не", "на", "що", "з", "до", "це", "як", "та", "у", "за", "від", "його", "й"]),
    ]

    /// For each common word, the languages (indices into ``commonWords``) it belongs to: one
    /// lookup per word of the text, not one per language.
    private static let languagesOfWord: [String: [Int]] = {
        var languages: [String: [Int]] = [:]
        for (index, entry) in commonWords.enumerated() {
            for word in entry.1 { languages[word, default: []].append(index) }
        }
        return languages
    }()

    /// The language whose common words make up clearly the most of the text's first words.
    static func languageByCommonWords(in text: String) -> String? {
        var counts = [Int](repeating: 0, count: commonWords.count)
        var words = 0
        var word = String.UnicodeScalarView()
        func endWord() {
            guard !word.isEmpty else { return }
            words += 1
            for index in languagesOfWord[String(word).lowercasedQuickly()] ?? [] { counts[index] += 1 }
            word = String.UnicodeScalarView()
        }
        // The opening of the text is sample enough: its first 20,000 scalars, 2,000 words at most.
        for scalar in text.unicodeScalars.prefix(20_000) {
            if scalar.isLetter {
                word.append(scalar)
            } else {
                endWord()
                if words == 2000 { break }
            }
        }
        if words < 2000 { endWord() }
        guard words >= 30, let best = counts.indices.max(by: { counts[$0] < counts[$1] }) else { return nil }
        let runnerUp = counts.enumerated().filter { $0.offset != best }.map(\.element).max() ?? 0
        // Common words are a sizeable share of any prose, and the winner must lead clearly.
        guard counts[best] * 8 >= words, counts[best] * 2 >= runnerUp * 3 else { return nil }
        return commonWords[best].0
    }

    /// A declared language tag in BCP 47 form: `zh_TW` → `zh-TW`, `EN-us` → `en-US`.
    static func normalized(_ tag: String) -> String? {
        let parts = tag.trimmingASCIISpaces().replacingUnderscores().split(separator: "-").map(String.init)
        guard let primary = parts.first, (2...3).contains(primary.count), primary.allSatisfy(\.isLetter) else { return nil }
        var result = primary.lowercasedQuickly()
        for part in parts.dropFirst() {
            if part.count == 2 { result += "-" + part.uppercased() } else if part.count == 4 {
                result += "-" + part.prefix(1).uppercased() + part.dropFirst().lowercasedQuickly()
            } else { result += "-" + part }
        }
        return result
    }
}

private extension String {
    func trimmingASCIISpaces() -> String { TextNormalizer.collapse(self) }
    func replacingUnderscores() -> String { String(map { $0 == "_" ? "-" : $0 }) }
}
