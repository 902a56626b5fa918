// Names the language of text written in a script only one language (family) uses.

enum LanguageGuess {
    /// `ja` when kana appear among the letters, `ko` for Hangul, `zh` for Han alone, `ru`-family
    /// scripts are not guessed (Cyrillic serves many languages), and nothing for Latin text:
    /// telling Latin-script languages apart needs a model, and a wrong tag is worse than none.
    static func language(of text: String) -> String? {
        var letters = 0, han = 0, kana = 0, hangul = 0
        for scalar in text.unicodeScalars.prefix(5000) where scalar.properties.isAlphabetic {
            letters += 1
            switch scalar.value {
            case 0x3040...0x30FF: kana += 1
            case 0xAC00...0xD7AF, 0x1100...0x11FF: hangul += 1
            case 0x3400...0x9FFF, 0xF900...0xFAFF: han += 1
            default: break
            }
        }
        guard letters >= 20 else { return nil }
        if kana * 20 >= letters { return "ja" }
        if hangul * 3 >= letters { return "ko" }
        if han * 2 >= letters { return "zh" }
        return nil
    }

    /// A declared language tag in BCP 47 form: `zh_TW` → `zh-TW`, `EN-us` → `en-US`.
    static func normalized(_ tag: String) -> String? {
        let parts = tag.trimmingASCIISpaces().replacingUnderscores().split(separator: "-").map(String.init)
        guard let primary = parts.first, (2...3).contains(primary.count), primary.allSatisfy(\.isLetter) else { return nil }
        var result = primary.lowercased()
        for part in parts.dropFirst() {
            if part.count == 2 { result += "-" + part.uppercased() } else if part.count == 4 {
                result += "-" + part.prefix(1).uppercased() + part.dropFirst().lowercased()
            } else { result += "-" + part }
        }
        return result
    }
}

private extension String {
    func trimmingASCIISpaces() -> String { TextNormalizer.collapse(self) }
    func replacingUnderscores() -> String { String(map { $0 == "_" ? "-" : $0 }) }
}
