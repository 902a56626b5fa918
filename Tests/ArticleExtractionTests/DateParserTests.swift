// Dates in the forms pages write them, and the ones that must be refused.
@testable import ArticleExtraction
import Testing

@Suite struct DateParserTests {
    @Test(arguments: [
        ("2023-04-21T17:14:36+08:00", "2023-04-21T17:14:36+08:00"),
        ("2023-04-21T09:14:36.000Z", "2023-04-21T09:14:36Z"),
        ("2023-04-21", "2023-04-21"),
        ("2023-04-21 17:14:36 來源:中國新聞網", "2023-04-21T17:14:36"),
        ("2023年4月21日 17:14", "2023-04-21T17:14"),
        ("发布时间：2023年04月21日", "2023-04-21"),
        ("2023/4/21", "2023-04-21"),
        ("２０２３－０４－２１", "2023-04-21"),
        ("Fri, 21 Apr 2023 17:14:36 GMT", "2023-04-21T17:14:36Z"),
        ("Fri, 21 Apr 2023 17:14:36 +0800", "2023-04-21T17:14:36+08:00"),
        ("April 21, 2023", "2023-04-21"),
        ("Updated Nov. 18, 2019 5:02 p.m.", "2019-11-18T17:02"),
        ("21. Oktober 2019, 19:08 Uhr", "2019-10-21T19:08"),
        ("3 de mayo de 2022", "2022-05-03"),
        ("20191018T101500", "2019-10-18T10:15:00"),
        ("Veröffentlicht am 20.01.2022", "2022-01-20"),
        ("4.11.2021, 15:47 Uhr", "2021-11-04T15:47"),
    ])
    func readsDates(text: String, iso: String) {
        #expect(DateParser.firstDate(in: text)?.iso == iso)
    }

    @Test(arguments: ["2023-02-30", "2023-13-01", "12345", "April 2023", "1880-01-01", "no date here", "2023-04-21T25:00"])
    func refusesWhatIsNoDate(text: String) {
        let date = DateParser.firstDate(in: text)
        #expect(date == nil || date?.hour == nil && text.contains("T25"))
    }

    @Test func readsSlashedDatesOnlyWhereMarked() {
        #expect(DateParser.firstDate(in: "02/10/2020", allowingShortYears: true)?.iso == "2020-10-02")
        #expect(DateParser.firstDate(in: "10/28/2020 5:14", allowingShortYears: true)?.iso == "2020-10-28T05:14")
        #expect(DateParser.firstDate(in: "13/13/2020", allowingShortYears: true) == nil)
        #expect(DateParser.firstDate(in: "Scored 02/10/2020") == nil)
    }

    @Test func findsDatesInURLs() {
        #expect(MetadataResolver.dateInURL("https://example.com/2019/11/18/story.html")?.iso == "2019-11-18")
        #expect(MetadataResolver.dateInURL("https://example.com/news/12345.html") == nil)
        #expect(MetadataResolver.dateInURL("https://example.com/home/2017/7/12/story")?.iso == "2017-07-12")
        #expect(MetadataResolver.dateInURL("https://example.com/meldungen/29-10-2021")?.iso == "2021-10-29")
        #expect(MetadataResolver.dateInURL("https://example.com/meldungen/10-28-2021")?.iso == "2021-10-28")
        #expect(MetadataResolver.dateInURL("https://example.com/item/12-34-5678") == nil)
    }

    @Test(arguments: [
        ("Updated: Sat 8:31 PM, Feb 17, 2018", true),
        ("Posted: Fri 6:45 PM, Feb 16, 2018 |", true),
        ("2023-04-21 17:14:36 來源:中國新聞網", true),
        ("On April 21, 2023, the council met.", false),
        ("The council met on Monday", false),
        ("Termin: 29.02.2020, 19 Uhr", false),
    ])
    func tellsDateLinesFromSentences(text: String, isDateLine: Bool) {
        #expect(InfoLine.isDateLine(text) == isDateLine)
    }
}
