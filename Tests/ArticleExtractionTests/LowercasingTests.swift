// The quick lowercasing must be `lowercased()` itself, scalar for scalar.
@testable import ArticleExtraction
import Testing

@Suite struct LowercasingTests {
    @Test func agreesWithTheUnicodeTablesForEveryScalarItMaps() {
        var mapped = 0
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), let quick = Lowercasing.lowercase(scalar) else { continue }
            mapped += 1
            #expect(String(quick) == String(scalar).lowercased(), "U+\(String(value, radix: 16))")
        }
        #expect(mapped > 39_000)
    }

    @Test func lowercasesMixedTextAsLowercasedDoes() {
        let texts = ["Breaking NEWS: Москва И Минск", "ÉCOLE Ça Ÿ ß", "【大國基理】送外賣 ＡＢＣ", "서울 ΣΟΦΙΑ", "İstanbul", "e\u{301}TÉ", ""]
        for text in texts {
            #expect(text.lowercasedQuickly() == text.lowercased())
            #expect(text.dropFirst().lowercasedQuickly() == text.dropFirst().lowercased())
        }
    }
}
