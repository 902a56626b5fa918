// Letters among Unicode scalars, for cutting text into words without grapheme breaking.

extension Unicode.Scalar {
    /// Whether the scalar is a letter as `Character.isLetter` reads one (its general category is
    /// a letter's); ASCII is answered without the Unicode tables. Splitting words on scalars
    /// rather than Characters spares the grapheme breaking, which cost more than the counting.
    var isLetter: Bool {
        if isASCII { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// Whether the scalar is alphabetic or has a numeric value (`properties.isAlphabetic ||
    /// properties.numericType != nil`): a word's scalar, and what a title's key keeps. ASCII,
    /// accented Latin, Russian, the common CJK ideographs and the Hangul syllables, which fill most
    /// pages, are answered without the Unicode tables.
    @inline(__always)
    var isAlphanumeric: Bool {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x400...0x45F, 0x4E00...0x9FFF, 0xAC00...0xD7A3: return true
        case 0xC0...0x17F: return value != 0xD7 && value != 0xF7
        case 0...0x7F: return false
        default: return properties.isAlphabetic || properties.numericType != nil
        }
    }
}
