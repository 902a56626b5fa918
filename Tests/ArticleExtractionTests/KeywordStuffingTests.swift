// The shape of a keyword line, and the coherence that tells it from an article's own list.
@testable import ArticleExtraction
import Testing

@Suite struct KeywordStuffingTests {
    @Test(arguments: [
        "cheap replica watches wholesale - no credit check loans direct lender - designer replica handbags outlet sale",
        "discount pharmacy without rx - discount pharmacy fast shipping - Northern Lights Case full episodes free HD",
        "欧美夫妻性生活网,免费一区二区三区久久,免费人成激情视频在线观看冫,欧美成人性色xxxx视频",
        "北京赛车pk10开奖记录查询 征信花了贷款不看征信 幸运飞艇最快开奖",
        "スーパーコピー 時計 激安_ロレックス コピー 代引き_ブランド コピー 財布 通販",
    ])
    func keywordLinesHaveTheShape(line: String) {
        #expect(KeywordStuffing.isListShaped(line))
    }

    @Test(arguments: [
        "The budget was discussed at length, with residents, officials and experts giving their views, and the council agreed.",
        "Teachers, parents and pupils met on Monday, and the head said the school would stay open for now",
        "近年來，以平臺經濟為代表的新業態迅速發展，涌現出了外賣員、快遞員、網約車司機等新就業群體。",
        "Short line",
        "Budget, schools",
        "So sah es aus, als Henry den Neuangekommenen das erste Mal sah, bequatschte und mit geschlossenen Augen beschnupperte:",
    ])
    func proseAndShortLinesDoNot(line: String) {
        #expect(!KeywordStuffing.isListShaped(line))
    }

    @Test func judgesByTheArticlesOwnWords() {
        let article = (1...4).map { _ in
            "The council approved the budget for schools and roads, and teachers welcomed the budget for new classrooms."
        }
        let vocabulary = ArticleVocabulary(texts: article + ["Budget, schools, roads, teachers, classrooms"])
        #expect(!KeywordStuffing.isStuffing("Budget, schools, roads, teachers, classrooms", in: vocabulary))
        let spam = "casino bonus codes, payday loans online, replica watches cheap"
        let spammed = ArticleVocabulary(texts: article + [spam])
        #expect(KeywordStuffing.isStuffing(spam, in: spammed))
    }

    @Test func labelsGoOnlyWhenForeignAndNotClosingMarks() {
        let vocabulary = ArticleVocabulary(texts: (1...4).map { _ in "The council approved the budget for schools and roads this week." })
        #expect(KeywordStuffing.isForeignLabel("Trending", in: vocabulary))
        #expect(KeywordStuffing.isForeignLabel("热门推荐", in: vocabulary))
        #expect(!KeywordStuffing.isForeignLabel("(完)", in: vocabulary))
        #expect(!KeywordStuffing.isForeignLabel("Sources:", in: vocabulary))
        #expect(!KeywordStuffing.isForeignLabel("Budget for schools", in: vocabulary))
    }
}

/// Words beyond ASCII are counted as `String.lowercased()` makes them, without making them.
@Suite struct VocabularyCaseTests {
    /// The token the vocabulary documents: FNV-1a over the UTF-8 of the lowercased word.
    static func expectedToken(_ word: String) -> UInt64 {
        word.lowercased().utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    @Test(arguments: [
        "Über", "Straße", "ÄRGER", "НОВОСТИ", "Москвы", "Ёлки", "ŻÓŁTA", "Łódź", "ŚWIĘTO", "ΑΘΗΝΑ", "Ελλάδα",
        "İSTANBUL", "ŞEHİR", "Ångström", "KELVIN", "ÉCOLE", "ǄUNGLA", "ǅungla", "ÐÞÆ", "Ǉubljana",
    ])
    func tokenIsTheLowercasedWords(word: String) {
        #expect(ArticleVocabulary.tokens(of: word) == [VocabularyCaseTests.expectedToken(word)])
    }
}
