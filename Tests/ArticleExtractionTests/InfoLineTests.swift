// The date, source and author printed in the lines around a headline.
@testable import ArticleExtraction
import Testing

@Suite struct InfoLineTests {
    @Test func readsAChineseInfoLine() {
        let line = InfoLine("2023-04-21 17:14:36 來源:中國新聞網")
        #expect(line.date?.iso == "2023-04-21T17:14:36")
        #expect(line.source == "中國新聞網")
        #expect(line.author == nil)
    }

    @Test(arguments: [
        ("来源：新华网 作者：张三", "新华网", "张三"),
        ("By Jane Doe | Source: Reuters", "Reuters", "Jane Doe"),
        ("Von Heike Buchter", nil, "Heike Buchter"),
    ] as [(String, String?, String?)])
    func readsLabelledValues(text: String, source: String?, author: String?) {
        let line = InfoLine(text)
        #expect(line.source == source)
        #expect(line.author == author)
    }

    @Test func doesNotTakePassiveVoiceForAByline() {
        #expect(InfoLine("The man was killed by police on Monday").author == nil)
    }

    @Test(arguments: [
        ("中新網重慶4月21日電(左雨晴) 近年來", "左雨晴"),
        ("新华社北京4月21日电（记者 张三 李四）今天", "张三、李四"),
        ("本报讯 今天天气很好", nil),
    ] as [(String, String?)])
    func readsTheReporterOfAWireDateline(paragraph: String, author: String?) {
        #expect(InfoLine.datelineAuthor(in: paragraph) == author)
    }

    @Test(arguments: [
        ("By Sarah Yang", true),
        ("Von Roland Brockmann und Sebastian Drescher", true),
        ("Written by: Julie Mollins", true),
        ("Von der Planung bis hin zu den Gästen", false),
        ("By the end of the year, prices rose.", false),
        ("By Tuesday the council had voted on the plan", false),
    ])
    func tellsBylinesFromSentences(text: String, isByline: Bool) {
        #expect(InfoLine.isByline(text) == isByline)
    }
}
