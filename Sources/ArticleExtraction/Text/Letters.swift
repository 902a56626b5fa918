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
}
