// Metadata in many languages, one small page per case: the field each must yield, or nothing.
import ArticleExtraction
import Foundation
import Testing

/// One metadata expectation: a page made of `head` and `body` (followed by article prose), the
/// field read from it, and the value it must have (`nil`: the field must stay empty).
struct MetadataCase: CustomTestStringConvertible, Sendable {
    enum Field: String, Sendable { case title, date, dateModified, author, authors, editor, source, language, credit }

    let language: String
    let field: Field
    var head = ""
    var body = ""
    /// Markup at the top of the article's own container (figures).
    var inArticle = ""
    /// Article prose in the page's language, so that the language of the text is the case's.
    var prose: String?
    /// Markup closing the article's container, after its prose (signatures).
    var closing = ""
    let expected: String?
    /// The reference time, for relative dates.
    var now: String?

    var testDescription: String { "\(language) \(field.rawValue) → \(expected ?? "nil")" }

    var page: String {
        let text = prose ?? MetadataCase.prose[language] ?? MetadataCase.prose["en"]!
        return "<html><head>\(head)</head><body>\(body)<div class=\"article-body\">\(inArticle)<p>\(text)</p><p>\(text)</p>\(closing)</div></body></html>"
    }

    /// A paragraph of ordinary prose per language: long enough to be the article.
    static let prose: [String: String] = [
        "en": "The council met on Tuesday to discuss the budget, and members of the public were invited to speak about the plans for the new library and the park.",
        "de": "Der Stadtrat hat am Dienstag über den Haushalt beraten, und die Bürger konnten sich zu den Plänen für die neue Bibliothek und den Park äußern.",
        "fr": "Le conseil municipal s'est réuni mardi pour discuter du budget, et les habitants ont pu donner leur avis sur les projets de la nouvelle bibliothèque et du parc.",
        "es": "El consejo se reunió el martes para debatir el presupuesto, y los vecinos pudieron opinar sobre los planes de la nueva biblioteca y del parque.",
        "pt": "O conselho reuniu-se na terça-feira para discutir o orçamento, e os moradores puderam opinar sobre os planos da nova biblioteca e do parque.",
        "it": "Il consiglio si è riunito martedì per discutere il bilancio, e i cittadini hanno potuto dire la loro sui progetti della nuova biblioteca e del parco.",
        "ru": "Городской совет во вторник обсудил бюджет, и жители смогли высказаться о планах строительства новой библиотеки и парка в центре города.",
        "ar": "اجتمع المجلس البلدي يوم الثلاثاء لمناقشة الميزانية، وتمكن السكان من إبداء آرائهم في خطط المكتبة الجديدة والحديقة العامة في وسط المدينة.",
        "zh-Hans": "近年来，以平台经济为代表的新业态迅速发展，涌现出了外卖员、快递员、网约车司机等新就业群体，这些群体为城市发展作出了贡献。",
        "zh-Hant": "近年來，以平臺經濟為代表的新業態迅速發展，湧現出了外賣員、快遞員、網約車司機等新就業群體，這些群體為城市發展作出了貢獻。",
        "ja": "市議会は火曜日に予算について話し合い、市民は新しい図書館と公園の計画について意見を述べることができました。多くの人が参加しました。",
        "ko": "시의회는 화요일에 예산을 논의했으며, 시민들은 새 도서관과 공원 계획에 대해 의견을 말할 수 있었습니다. 많은 사람들이 참석했습니다.",
    ]
}

@Suite struct MetadataCaseTests {
    @Test(arguments: MetadataCaseTests.cases)
    func readsTheField(_ testCase: MetadataCase) throws {
        var options = ExtractionOptions()
        if let now = testCase.now { options.now = ISO8601DateFormatter().date(from: now) }
        let article = try extract(testCase.page, options: options)
        let value: String? = switch testCase.field {
        case .title: article.title
        case .date: article.date
        case .dateModified: article.dateModified
        case .author: article.author
        case .authors: article.authors.isEmpty ? nil : article.authors.joined(separator: " | ")
        case .editor: article.editor
        case .source: article.source
        case .language: article.language
        case .credit: article.images.first?.credit
        }
        #expect(value == testCase.expected)
    }

    @Test func coversTenLanguagesAndOneHundredFiftyCases() {
        let languages = Set(MetadataCaseTests.cases.map(\.language))
        #expect(MetadataCaseTests.cases.count >= 150)
        #expect(languages.isSuperset(of: ["zh-Hans", "zh-Hant", "ja", "ko", "en", "de", "fr", "es", "ru", "ar"]))
    }

    static let cases: [MetadataCase] = titles + dates + relativeDates + authors + sources + languages + captions

    // MARK: - Titles

    static let titles: [MetadataCase] = [
        MetadataCase(language: "en", field: .title, head: "<title>Floods hit the north - Example News</title><meta property=\"og:site_name\" content=\"Example News\">", expected: "Floods hit the north"),
        MetadataCase(language: "en", field: .title, head: "<title>Example News | Floods hit the north</title><meta property=\"og:site_name\" content=\"Example News\">", expected: "Floods hit the north"),
        MetadataCase(language: "en", field: .title, head: "<title>Spider-Man returns – a review - Example</title><meta property=\"og:site_name\" content=\"Example\">", expected: "Spider-Man returns – a review"),
        // An <h1> that is the title's last segment after a longer one is the site's logo; a first segment is the headline.
        MetadataCase(language: "de", field: .title, head: "<title>Was ist Virales Marketing? | DimidoBlog</title>", body: "<h1>DimidoBlog</h1>",
                     prose: "Virales Marketing ist eine Form des Marketings, die soziale Netzwerke nutzt, um Aufmerksamkeit für Marken, Produkte oder Kampagnen zu erzielen, indem sich Nachrichten wie ein Virus verbreiten.", expected: "Was ist Virales Marketing?"),
        MetadataCase(language: "de", field: .title, head: "<title>Vom Boden aus gedacht - Ann Cotten verwebt Lokales und Globales</title>", body: "<h1>Vom Boden aus gedacht</h1>", expected: "Vom Boden aus gedacht"),
        // A declared title that is only the site's name has no headline in it.
        MetadataCase(language: "en", field: .title, head: "<meta property=\"og:site_name\" content=\"Example Times\"><meta property=\"og:title\" content=\"Example Times\">", body: "<h1>Council passes the budget</h1>", expected: "Council passes the budget"),
        MetadataCase(language: "en", field: .title, head: "<title>Budget passes :: Example Times</title><meta property=\"og:site_name\" content=\"Example Times\">", expected: "Budget passes"),
        MetadataCase(language: "en", field: .title, head: "<meta property=\"og:title\" content=\"Budget passes\">", body: "<h1>Budget passes</h1>", expected: "Budget passes"),
        MetadataCase(language: "en", field: .title, head: "<meta property=\"og:title\" content=\"Arnault&amp;#8217;s gift to the Louvre\">", expected: "Arnault’s gift to the Louvre"),
        MetadataCase(language: "en", field: .title, head: "<title>Budget passes</title>", body: "<h1><span class=\"kicker\">City hall</span> Budget passes</h1>", expected: "Budget passes"),
        MetadataCase(language: "en", field: .title, head: "<title>Budget passes | Tom's blog</title>", body: "<h1 id=\"site-title\"><a href=\"/\">Tom's blog</a></h1><h2 class=\"entry-title\">Budget passes</h2>", expected: "Budget passes"),
        MetadataCase(language: "de", field: .title, head: "<title>Getränke per Schiff ins Stadtzentrum - Lebensmittelpraxis.de</title>", body: "<h1><span class=\"subtitle\">Olympische Spiele</span> Getränke per Schiff ins Stadtzentrum</h1>", expected: "Getränke per Schiff ins Stadtzentrum"),
        MetadataCase(language: "de", field: .title, head: "<meta property=\"og:title\" content='Bushido erklärt ihn für \"finished\"'>", body: "<h1>Bushido erklärt ihn für „finished“</h1>", expected: "Bushido erklärt ihn für „finished“"),
        MetadataCase(language: "de", field: .title, head: "<title>Firefox – Weniger Werbung, mehr Speed | Der Blog</title>", body: "<h1>Firefox – Weniger Werbung, mehr Speed</h1>", expected: "Firefox – Weniger Werbung, mehr Speed"),
        MetadataCase(language: "de", field: .title, body: "<h1><small>Einheit der Woche</small><br>Lagen-Pyramide mit GA2</h1>", expected: "Lagen-Pyramide mit GA2"),
        MetadataCase(language: "de", field: .title, head: "<title>Zoll online - Fachmeldungen - Verkündung des Tabaksteuergesetzes</title>", body: "<h1>Zoll</h1><h1>Fachmeldungen</h1><h1>Verkündung des Tabaksteuergesetzes</h1>", expected: "Verkündung des Tabaksteuergesetzes"),
        MetadataCase(language: "de", field: .title, head: "<title>EU-Taxonomie: Erdgas ist nicht nachhaltig | Umweltbundesamt</title><meta property=\"og:site_name\" content=\"Umweltbundesamt\">", body: "<h1>EU-Taxonomie: Erdgas ist nicht nachhaltig | Umweltbundesamt</h1>", expected: "EU-Taxonomie: Erdgas ist nicht nachhaltig"),
        MetadataCase(language: "de", field: .title, head: "<meta property=\"og:title\" content=\"Auto leasen oder kaufen – was lohnt sich?\">", body: "<h1>Auto leasen oder kaufen – was ist günstiger?</h1>", expected: "Auto leasen oder kaufen – was ist günstiger?"),
        MetadataCase(language: "de", field: .title, head: "<meta property=\"og:title\" content=\"Die Minze als Mutmacher – Yücels Bericht aus dem Knast\"><title>Die Minze als Mutmacher – Yücels Bericht aus dem Knast | hessenschau.de</title>", expected: "Die Minze als Mutmacher – Yücels Bericht aus dem Knast"),
        MetadataCase(language: "en", field: .title, head: "<meta property=\"og:title\" content=\"The council passes the budget\"><title>The council passes the budget | cheap replica watches | casino bonus codes</title>", expected: "The council passes the budget"),
        MetadataCase(language: "fr", field: .title, head: "<title>La réforme adoptée - Le Journal</title><meta property=\"og:site_name\" content=\"Le Journal\">", expected: "La réforme adoptée"),
        MetadataCase(language: "es", field: .title, head: "<title>Aprobado el presupuesto | El Diario</title><meta property=\"og:site_name\" content=\"El Diario\">", expected: "Aprobado el presupuesto"),
        MetadataCase(language: "ru", field: .title, head: "<title>Совет принял бюджет — Городские новости</title><meta property=\"og:site_name\" content=\"Городские новости\">", expected: "Совет принял бюджет"),
        MetadataCase(language: "ar", field: .title, head: "<title>المجلس يقر الميزانية | أخبار المدينة</title><meta property=\"og:site_name\" content=\"أخبار المدينة\">", expected: "المجلس يقر الميزانية"),
        MetadataCase(language: "zh-Hans", field: .title, head: "<title>武汉的声音：有英勇的你，才有英雄的城！-新华网</title>", expected: "武汉的声音：有英勇的你，才有英雄的城！"),
        MetadataCase(language: "zh-Hans", field: .title, head: "<title>新就业群体关爱行动启动_新华网</title>", expected: "新就业群体关爱行动启动"),
        MetadataCase(language: "zh-Hant", field: .title, head: "<title>送外賣更送溫暖｜中國新聞網</title><meta property=\"og:site_name\" content=\"中國新聞網\">", expected: "送外賣更送溫暖"),
        MetadataCase(language: "zh-Hant", field: .title, head: "<title>【大國基理】送外賣更送溫暖</title>", body: "<h1>【大國基理】送外賣更送溫暖</h1>", expected: "【大國基理】送外賣更送溫暖"),
        MetadataCase(language: "ja", field: .title, head: "<title>市議会が予算を可決 | 市民新聞</title><meta property=\"og:site_name\" content=\"市民新聞\">", expected: "市議会が予算を可決"),
        MetadataCase(language: "ko", field: .title, head: "<title>시의회 예산 통과 - 시민일보</title><meta property=\"og:site_name\" content=\"시민일보\">", expected: "시의회 예산 통과"),
    ]

    // MARK: - Dates

    /// A date in a meta tag, as sites write it.
    static func metaDate(_ language: String, _ value: String, _ expected: String?) -> MetadataCase {
        MetadataCase(language: language, field: .date, head: "<meta property=\"article:published_time\" content=\"\(value)\">", expected: expected)
    }

    /// A date on the info line under the headline.
    static func printedDate(_ language: String, _ line: String, _ expected: String?) -> MetadataCase {
        MetadataCase(language: language, field: .date, body: "<h1>Headline of the article</h1><div class=\"info\">\(line)</div>", expected: expected)
    }

    static let dates: [MetadataCase] = [
        // Only the time of the last change is stated: it dates the text.
        MetadataCase(language: "de", field: .date, inArticle: "<p class=\"info\">Aktualisiert: 30.12.2016</p>", expected: "2016-12-30"),
        MetadataCase(language: "de", field: .dateModified, inArticle: "<p><b>Aktualisiert am </b>17.01.2021.</p>", expected: "2021-01-17"),
        MetadataCase(language: "en", field: .date, head: "<meta property=\"og:updated_time\" content=\"2017-04-05T19:05:44Z\">", expected: "2017-04-05T19:05:44Z"),
        MetadataCase(language: "en", field: .date, body: "<h1>Headline of the article</h1><span class=\"updated\" title=\"2013-04-04T18:52:11+00:00\"></span>", expected: "2013-04-04T18:52:11+00:00"),
        MetadataCase(language: "en", field: .date, head: "<meta property=\"article:published_time\" content=\"2020-01-01\">",
                     body: "<span class=\"updated\" title=\"2021-02-02\"></span>", expected: "2020-01-01"),
        MetadataCase(language: "en", field: .date, body: "<div class=\"post-header\"><span itemprop=\"datePublished\">May 19, 2020</span></div>", expected: "2020-05-19"),
        // The hidden update mark before the printed date is not the line's date; alone, it is.
        MetadataCase(language: "de", field: .date, body: "<h1>Headline of the article</h1><div class=\"meta\"><span class=\"updated rich-snippet-hidden\">2022-12-07T10:10:52+01:00</span><span>25. Dezember 2022</span></div>", expected: "2022-12-25"),
        MetadataCase(language: "en", field: .date, body: "<h1>Headline of the article</h1><div class=\"meta\"><time class=\"entry-date updated\">April 28, 2022</time></div>", expected: "2022-04-28"),
        // Links to the neighbouring posts carry their dates, a forum profile the member's, a wiki footer the last edit.
        MetadataCase(language: "de", field: .date, body: "<h1>Headline of the article</h1><div class=\"nav\"><a rel=\"prev\" href=\"/5763\">Whiskydinner 14.12.2019, 19 Uhr</a></div>", expected: nil),
        MetadataCase(language: "de", field: .date, body: "<h1>Headline of the article</h1><dl class=\"postprofile\"><dt>r23</dt><dd>Beiträge: 1626</dd><dd><strong>Registriert:</strong> 18.09.2008, 05:56</dd></dl>", expected: nil),
        MetadataCase(language: "en", field: .date, closing: "<p id=\"pageinfo\">BeginnersGuide/Download (last edited 2019-11-10 13:28:18 by <span>MatsWichmann</span>)</p>", expected: "2019-11-10T13:28:18"),
        // A caption's date is the picture's.
        MetadataCase(language: "de", field: .date, body: "<h1>Headline of the article</h1><div class=\"imginline\"><img src=\"a.png\"><span>Abbildung: Satellitenbild bei St. Moritz vom 31.05.2021</span></div>", expected: nil),
        // A printed date labelled as the publication's beats a declared one, even where a marked-up date sides with that.
        MetadataCase(language: "de", field: .date, head: "<meta name=\"date\" content=\"2021-10-15\">",
                     body: "<h1>Headline of the article</h1><div><span>Erschienen am:</span><h2>13.10.2021</h2></div><ul><li class=\"timestamp\">15.10.2021</li></ul>", expected: "2021-10-13"),
        // A time declared in UTC near midnight falls on the day the page marks up for its readers.
        MetadataCase(language: "de", field: .date, head: "<meta property=\"article:published_time\" content=\"2021-11-04T23:00Z\">",
                     body: "<h1>Überschrift</h1><span class=\"o-metadata__date\">5. November 2021</span>", expected: "2021-11-05"),
        // …but never to a day the reference time has not reached.
        MetadataCase(language: "de", field: .date, head: "<meta property=\"article:published_time\" content=\"2023-04-22T20:00:00Z\">",
                     body: "<h1>Überschrift</h1><span class=\"news-date\">23. April 2023</span>", expected: "2023-04-22T20:00:00Z", now: "2023-04-21T00:30:00Z"),
        MetadataCase(language: "fr", field: .date, head: "<meta property=\"article:published_time\" content=\"2020-02-18T12:53:40+00:00\">",
                     body: "<span class=\"date\">19 février 2020</span>", expected: "2020-02-18T12:53:40+00:00"),
        // A sentence of the article that tells of a date does not date it; a numeric date opening the text does.
        MetadataCase(language: "de", field: .date, head: "<meta property=\"article:published_time\" content=\"2022-01-11T09:50:50+01:00\">",
                     body: "<h1>Fishing Masters Show</h1><p>Der Termin für die nächste Show in Rostock steht fest: Am 21. und 22. Mai 2022 wird sich alles ums Angeln drehen.</p>", expected: "2022-01-11T09:50:50+01:00"),
        MetadataCase(language: "de", field: .date, inArticle: "<p><strong>01.02.2022</strong> „Der Arbeitsmarkt ist gut in das neue Jahr gestartet“, sagte der Vorstand.</p>", expected: "2022-02-01"),
        MetadataCase(language: "de", field: .date, head: "<title>MineralölINFO November 2021 - BAFA</title>",
                     body: "<h1 class=\"aural\">Bundesamt</h1><ul><li><a href=\"/b\">Beratung (bis 31.12.2018)</a></li></ul><h1><span class=\"topline\"><span class=\"date\">27.01.2022</span></span>MineralölINFO November 2021</h1>", expected: "2022-01-27"),
        MetadataCase(language: "de", field: .date, head: "<meta property=\"article:published_time\" content=\"2019-11-27T15:21:21+01:00\">",
                     body: "<h1>Termine Whisky Tastings</h1><p>Termin: 21.02.2020, 19 Uhr</p>", expected: "2019-11-27T15:21:21+01:00"),
        MetadataCase(language: "de", field: .date, body: "<div class=\"left author\">Author: Bo2man am 29.12.2010, 13:36 Uhr</div>", expected: "2010-12-29T13:36"),
        MetadataCase(language: "de", field: .date, closing: "<p>Benni<br>10. September 2017</p>", expected: "2017-09-10"),
        metaDate("en", "2023-04-21T17:14:36+08:00", "2023-04-21T17:14:36+08:00"),
        metaDate("en", "2023-04-21T09:14:36Z", "2023-04-21T09:14:36Z"),
        metaDate("en", "2023-04-21T17:14:36.123-0500", "2023-04-21T17:14:36-05:00"),
        metaDate("en", "2023-04-21", "2023-04-21"),
        metaDate("en", "20230421T1714", "2023-04-21T17:14"),
        metaDate("en", "Fri, 21 Apr 2023 17:14:36 GMT", "2023-04-21T17:14:36Z"),
        metaDate("en", "Fri, 21 Apr 2023 17:14:36 +0800", "2023-04-21T17:14:36+08:00"),
        metaDate("en", "2023-02-30", nil),
        metaDate("en", "2099-01-01", nil),
        metaDate("en", "not a date", nil),
        MetadataCase(language: "en", field: .date, head: "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-04-21T17:14:36+08:00\"}</script>", expected: "2023-04-21T17:14:36+08:00"),
        MetadataCase(language: "en", field: .date, head: "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":\"BlogPosting\",\"datePublished\":\"2020-01-13\"}]}</script>", expected: "2020-01-13"),
        MetadataCase(language: "de", field: .date, head: "<script type=\"application/ld+json\">[{\"@type\":\"WebPage\",\"datePublished\":\"2021-05-01\"},{\"@type\":\"HowTo\",\"datePublished\":\"2022-01-10T22:06:08:684Z\"}]</script>", expected: "2022-01-10T22:06:08"),
        MetadataCase(language: "en", field: .date, head: "<script type=\"application/ld+json\">{\"@type\":\"WebPage\"}</script><script type=\"application/ld+json\">{\"@type\":\"Article\",\"datePublished\":\"2019-10-19\"}</script>", expected: "2019-10-19"),
        MetadataCase(language: "de", field: .date, head: "<meta property=\"article:published_time\" content=\"2021-11-29T14:13:37+00:00\">", body: "<h1>Überschrift des Artikels</h1><p class=\"info\">12.01.2022</p>", expected: "2022-01-12"),
        MetadataCase(language: "de", field: .date, head: "<meta property=\"article:published_time\" content=\"2022-01-12T14:13:37+01:00\">", body: "<h1>Überschrift des Artikels</h1><p class=\"info\">12.01.2022</p>", expected: "2022-01-12T14:13:37+01:00"),
        MetadataCase(language: "en", field: .dateModified, head: "<meta property=\"article:modified_time\" content=\"2023-04-22T08:00:00Z\">", expected: "2023-04-22T08:00:00Z"),
        MetadataCase(language: "en", field: .date, body: "<time datetime=\"2020-08-06T09:09:24Z\">August 6</time>", expected: "2020-08-06T09:09:24Z"),
        MetadataCase(language: "en", field: .date, body: "<abbr class=\"published\" title=\"2019-10-16T14:33:00-07:00\">2:33 PM</abbr>", expected: "2019-10-16T14:33:00-07:00"),
        MetadataCase(language: "en", field: .date, body: "<h1>Headline of the article</h1><p class=\"byline\">By Jane Doe | April 21, 2023</p>", expected: "2023-04-21"),
        printedDate("en", "Posted: Fri 6:45 PM, Feb 16, 2018", "2018-02-16"),
        printedDate("en", "April 21st, 2023 at 5:14 pm", "2023-04-21T17:14"),
        printedDate("en", "21 April 2023", "2023-04-21"),
        MetadataCase(language: "en", field: .date, body: "<footer id=\"footer\"><p class=\"date\">Founded 2001-03-04</p></footer>", expected: nil),
        MetadataCase(language: "en", field: .date, head: "<link rel=\"canonical\" href=\"https://example.com/2023/04/21/budget-passes/\">", expected: "2023-04-21"),
        MetadataCase(language: "de", field: .date, body: "<div class=\"head\"><p class=\"topline\"><span>06.12.2022</span></p><h1>Bürgerbeteiligung am Windpark</h1></div>", expected: "2022-12-06"),
        printedDate("de", "21. April 2023, 17:14 Uhr", "2023-04-21T17:14"),
        printedDate("de", "21.04.2023", "2023-04-21"),
        printedDate("de", "Freitag, 5. Juni 2015", "2015-06-05"),
        printedDate("de", "<span class=\"news-date\">23.09.22</span>", "2022-09-23"),
        MetadataCase(language: "de", field: .date, body: "<p>Erstellt am: 01.11.2023</p>", expected: "2023-11-01"),
        MetadataCase(language: "de", field: .date, body: "<div class=\"teaser\"><p>Pressemitteilung vom 25. Januar 2022 | Berlin – Die Ministerin reist nach Rom, um dort mit dem Welternährungsprogramm über die Hungerhilfe zu sprechen, und trifft den Direktor.</p></div>", expected: "2022-01-25"),
        MetadataCase(language: "de", field: .date, inArticle: "<p>29.11.2022 – Mehrfach und vehement hatte die Branche die Nachteile des Entwurfs für die Bioenergie kritisiert, doch die Regierung blieb dabei.</p>", expected: "2022-11-29"),
        MetadataCase(language: "de", field: .date, body: "<p><b>Aktualisiert am </b>17.01.2021.</p><p>Veröffentlicht am 16.01.2021</p>", expected: "2021-01-16"),
        printedDate("de", "3. März 2021", "2021-03-03"),
        printedDate("fr", "21 avril 2023", "2023-04-21"),
        printedDate("fr", "Publié le 1 février 2022 à 10:30", "2022-02-01T10:30"),
        printedDate("fr", "20 janvier 2020", "2020-01-20"),
        printedDate("es", "21 de abril de 2023", "2023-04-21"),
        printedDate("es", "miércoles, 4 de mayo de 2022", "2022-05-04"),
        printedDate("pt", "21 de abril de 2023", "2023-04-21"),
        printedDate("it", "21 aprile 2023", "2023-04-21"),
        printedDate("ru", "21 апреля 2023", "2023-04-21"),
        printedDate("ru", "15 августа 2016, 13:43", "2016-08-15T13:43"),
        printedDate("ru", "21.04.2023 17:14", "2023-04-21T17:14"),
        printedDate("ar", "21 أبريل 2023", "2023-04-21"),
        printedDate("ar", "٢١ أبريل ٢٠٢٣", "2023-04-21"),
        printedDate("zh-Hans", "2023年4月21日 17:14", "2023-04-21T17:14"),
        printedDate("zh-Hans", "2023-04-21 17:14:36 来源：新华网", "2023-04-21T17:14:36"),
        printedDate("zh-Hans", "发布时间：2023/4/21", "2023-04-21"),
        printedDate("zh-Hans", "２０２３年４月２１日", "2023-04-21"),
        printedDate("zh-Hans", "2023年4月21日17时14分", "2023-04-21T17:14"),
        printedDate("zh-Hant", "民國112年4月21日", "2023-04-21"),
        printedDate("zh-Hant", "中華民國112年4月21日 17:14", "2023-04-21T17:14"),
        printedDate("zh-Hant", "2023-04-21 17:14:36 來源:中國新聞網", "2023-04-21T17:14:36"),
        printedDate("ja", "2023年4月21日 17時14分", "2023-04-21T17:14"),
        printedDate("ja", "2019年6月24日", "2019-06-24"),
        printedDate("ko", "2023년 4월 21일", "2023-04-21"),
        printedDate("ko", "입력 2023.04.21 17:14", "2023-04-21T17:14"),
        printedDate("ko", "2023. 4. 21.", "2023-04-21"),
    ]

    /// A relative date on the info line, read as of 2023-04-21T18:00Z.
    static func relative(_ language: String, _ line: String, _ expected: String?, known: Bool = true) -> MetadataCase {
        MetadataCase(language: language, field: .date, body: "<h1>Headline of the article</h1><div class=\"date\">\(line)</div>",
                     expected: expected, now: known ? "2023-04-21T18:00:00Z" : nil)
    }

    static let relativeDates: [MetadataCase] = [
        relative("en", "3 hours ago", "2023-04-21T15:00Z"),
        relative("en", "45 minutes ago", "2023-04-21T17:15Z"),
        relative("en", "2 days ago", "2023-04-19"),
        relative("en", "Yesterday at 5:14 pm", "2023-04-20"),
        relative("en", "3 hours ago", nil, known: false),
        relative("de", "vor 2 Tagen", "2023-04-19"),
        relative("de", "vor 3 Stunden", "2023-04-21T15:00Z"),
        relative("fr", "il y a 2 jours", "2023-04-19"),
        relative("es", "hace 3 horas", "2023-04-21T15:00Z"),
        relative("ru", "2 дня назад", "2023-04-19"),
        relative("zh-Hans", "3小时前", "2023-04-21T15:00Z"),
        relative("zh-Hans", "昨天 17:14", "2023-04-20"),
        relative("zh-Hant", "2天前", "2023-04-19"),
        relative("ja", "2日前", "2023-04-19"),
        relative("ko", "5분 전", "2023-04-21T17:55Z"),
        relative("ko", "어제", "2023-04-20"),
    ]

    // MARK: - Authors and editors

    static func byline(_ language: String, _ line: String, _ expected: String?, field: MetadataCase.Field = .author) -> MetadataCase {
        MetadataCase(language: language, field: field, body: "<h1>Headline of the article</h1><p class=\"byline\">\(line)</p>", expected: expected)
    }

    static let authors: [MetadataCase] = [
        byline("en", "By Jane Doe", "Jane Doe"),
        byline("en", "By Jane Doe and John Roe", "Jane Doe, John Roe"),
        byline("en", "By Jane Doe and John Roe", "Jane Doe | John Roe", field: .authors),
        MetadataCase(language: "en", field: .authors, head: "<link rel=\"canonical\" href=\"https://edition.cnn.com/2021/03/08/uk/royal-interview\">",
                     body: "<h1>Headline of the article</h1><p class=\"byline\">By Rob Picheta, CNN</p>", expected: "Rob Picheta"),
        byline("en", "By Jane Doe | April 21, 2023", "Jane Doe"),
        byline("en", "https://example.com/about", nil),
        MetadataCase(language: "en", field: .author, head: "<meta name=\"author\" content=\"Jane Doe\">", expected: "Jane Doe"),
        MetadataCase(language: "en", field: .author, head: "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Heike Buchter\"}}</script>", expected: "Heike Buchter"),
        MetadataCase(language: "en", field: .author, head: "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"Article\",\"author\":{\"@id\":\"#p1\"}},{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"David Stone\"}]}</script>", expected: "David Stone"),
        MetadataCase(language: "en", field: .authors, head: "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},{\"@type\":\"Person\",\"name\":\"Bo Chan\"}]}</script>", expected: "Ann Lee | Bo Chan"),
        MetadataCase(language: "en", field: .author, head: "<meta name=\"twitter:label1\" content=\"Written by\"><meta name=\"twitter:data1\" content=\"Octavius Hallenstein\">", expected: "Octavius Hallenstein"),
        MetadataCase(language: "en", field: .author, head: "<meta property=\"og:site_name\" content=\"Example News\"><meta name=\"author\" content=\"Example News\">", expected: nil),
        MetadataCase(language: "en", field: .author, body: "<span class=\"author vcard\"><a class=\"url fn n\" href=\"/author/chris/\">Chris Jung</a></span>", expected: "Chris Jung"),
        MetadataCase(language: "en", field: .author, body: "<a rel=\"author\" href=\"/people/ana\">Ana Swanson</a>", expected: "Ana Swanson"),
        // A line break ends the byline: the place line under it is not a name.
        MetadataCase(language: "de", field: .author, body: "<h1>Headline of the article</h1><p>Von <strong>Roland Brockmann</strong> und <strong>Sebastian Drescher</strong><br>Kakuma /Kenia</p>",
                     expected: "Roland Brockmann, Sebastian Drescher"),
        MetadataCase(language: "en", field: .author, body: "<div class=\"teaser\"><span class=\"author\">Paul Soldan</span></div>",
                     inArticle: "<span class=\"author\">Eugen Zentner</span>", expected: "Eugen Zentner"),
        MetadataCase(language: "en", field: .author, body: "<div id=\"comments\"><span class=\"comment-author\">Troll42</span><p>First!</p></div>", expected: nil),
        MetadataCase(language: "en", field: .editor, body: "<h1>Headline of the article</h1><p class=\"meta\">Edited by Sam Poe</p>", expected: "Sam Poe"),
        byline("de", "Von Max Mustermann", "Max Mustermann"),
        MetadataCase(language: "de", field: .authors, head: "<meta name=\"author\" content=\"Volkmar Kabisch\">", body: "<h1>Daten von Rheinmetall gehackt</h1><p class=\"autorenzeile\">Von Volkmar Kabisch, Jan Strozyk und Benedikt Strunz</p>", expected: "Volkmar Kabisch | Jan Strozyk | Benedikt Strunz"),
        byline("de", "Von Roland Brockmann und Sebastian Drescher", "Roland Brockmann | Sebastian Drescher", field: .authors),
        byline("de", "Ursula von der Leyen", "Ursula von der Leyen"),
        byline("de", "Christoph von Ritter", "Christoph von Ritter"),
        byline("de", "Lisa Petrich Mi, 12.01.2022", "Lisa Petrich"),
        byline("de", "Text und Interview: Harald Willenbrock", "Harald Willenbrock"),
        byline("de", "Isabella DiBiase am Samstag", "Isabella DiBiase"),
        MetadataCase(language: "de", field: .author, body: "<p><span class=\"label\">Autor:</span> Fritz Imhof</p>", expected: "Fritz Imhof"),
        MetadataCase(language: "de", field: .author, inArticle: "<div>Text: Kirsten Freund</div>", expected: "Kirsten Freund"),
        MetadataCase(language: "de", field: .author, head: "<link rel=\"canonical\" href=\"https://www.handwerksblatt.de/a/friseur\">",
                     body: "<div class=\"site-author\">handwerksblatt.de</div>", inArticle: "<div class=\"autorzeile\">Von Kirsten Freund</div>", expected: "Kirsten Freund"),
        MetadataCase(language: "de", field: .author, body: "<h1>Überschrift</h1><p><i>von Daniela Obers</i></p>", expected: "Daniela Obers"),
        byline("fr", "Par Jean Dupont", "Jean Dupont"),
        byline("fr", "Par Loïc Le Clerc", "Loïc Le Clerc"),
        MetadataCase(language: "es", field: .author, head: "<meta name=\"author\" content=\"Redacci&amp;oacute;n Diario\">", expected: "Redacción Diario"),
        byline("en", "my_plot + theme(text = element_text(size = 20))", nil),
        MetadataCase(language: "de", field: .author, body: "<div class=\"author-list\"><h3>Autoren</h3>Wer schreibt für uns?</div>", expected: nil),
        byline("fr", "Par Jean Dupont et Marie Curie", "Jean Dupont | Marie Curie", field: .authors),
        byline("es", "Por María López", "María López"),
        byline("es", "Por María López y Juan Pérez", "María López | Juan Pérez", field: .authors),
        byline("pt", "Por Luana Patriolino", "Luana Patriolino"),
        byline("ru", "Автор: Иван Петров", "Иван Петров"),
        byline("ru", "Иван Петров и Анна Смирнова", "Иван Петров | Анна Смирнова", field: .authors),
        byline("ar", "بقلم محمد علي", "محمد علي"),
        byline("ar", "الكاتب: محمد علي", "محمد علي"),
        byline("zh-Hans", "作者：李华", "李华"),
        byline("zh-Hans", "文/张三", "张三"),
        byline("zh-Hans", "记者 王小明", "王小明"),
        MetadataCase(language: "zh-Hans", field: .author, body: "<p>新华社北京4月21日电（记者 张三 李四）近年来，以平台经济为代表的新业态迅速发展，涌现出了外卖员、快递员等新就业群体。</p>", expected: "张三、李四"),
        MetadataCase(language: "zh-Hans", field: .editor, body: "<h1>标题</h1><p class=\"info\">责任编辑：王五</p>", expected: "王五"),
        MetadataCase(language: "zh-Hans", field: .author, body: "<h1>标题</h1><p class=\"info\">责任编辑：王五</p>", expected: nil),
        byline("zh-Hant", "記者 張三", "張三"),
        byline("zh-Hant", "撰文：陳大文", "陳大文"),
        MetadataCase(language: "zh-Hant", field: .author, body: "<p>中新網重慶4月21日電(左雨晴)近年來，以平臺經濟為代表的新業態迅速發展，湧現出了外賣員、快遞員等新就業群體。</p>", expected: "左雨晴"),
        MetadataCase(language: "zh-Hant", field: .editor, body: "<h1>標題</h1><p class=\"info\">責任編輯：李明</p>", expected: "李明"),
        MetadataCase(language: "zh-Hant", field: .editor, body: "<div class=\"article-body\"><p>近年來，以平臺經濟為代表的新業態迅速發展，湧現出了外賣員、快遞員等新就業群體。</p></div><div class=\"adEditor\"><div class=\"left_name\">【編輯:張三】</div></div>", expected: "張三"),
        byline("ja", "作者：山田太郎", "山田太郎"),
        byline("ja", "記者 山田太郎", "山田太郎"),
        byline("ko", "홍길동 기자", "홍길동"),
        byline("ko", "김철수 기자 kim@example.com", "김철수"),
        // Labels glued to the name by markup, account names, agency codes, job titles.
        MetadataCase(language: "en", field: .author, body: "<h1>Headline of the article</h1><div class=\"byline\"><span>By</span><a href=\"/p/jr\">J.R. Stone</a></div>", expected: "J.R. Stone"),
        MetadataCase(language: "en", field: .author, body: "<span class=\"author vcard\"><a class=\"url fn n\" href=\"/author/admin/\">admin</a></span>", expected: nil),
        byline("de", "Von Julia Steinhoff, Oktober", "Julia Steinhoff"),
        MetadataCase(language: "de", field: .author, body: "<div><h5>Datum:</h5>03.11.2021<br><h5>Autor:</h5>Peter Maahn/SP-X<br><h5>Quelle:</h5>SP-X</div>", expected: "Peter Maahn"),
        MetadataCase(language: "de", field: .author, inArticle: "<div>Autor: <a href=\"/anwalt/\">Rechtsanwalt</a> Sebastian Einbock</div>", expected: "Sebastian Einbock"),
        MetadataCase(language: "en", field: .author, inArticle: "<p><em>Written by: <a href=\"https://example.org/a\">Julie Mollins</a></em></p>", expected: "Julie Mollins"),
        // A line of a date and a name alone, and a byline closing the article.
        MetadataCase(language: "de", field: .author, body: "<h1>Variablen und ihr Zuhause</h1><p class=\"text-muted\">11.12.2019 - Amelie Loevenich</p>", expected: "Amelie Loevenich"),
        MetadataCase(language: "de", field: .author, body: "<h1>Überschrift</h1><p class=\"meta\">11.12.2019 - Berlin</p>", expected: nil),
        MetadataCase(language: "de", field: .authors, closing: "<p>Autoren Jelko Djuren und Jutta Klaukien</p>", expected: "Jelko Djuren | Jutta Klaukien"),
        byline("de", "von Marianne1", "Marianne1"),
        MetadataCase(language: "en", field: .author, body: "<div class=\"name\"><div><p class=\"label\"><strong>By</strong></p></div><div><p class=\"full-name\">Todd Bates</p></div></div>", expected: "Todd Bates"),
        MetadataCase(language: "en", field: .author, body: "<ul class=\"menu\"><li><a href=\"/authors/\">Authors</a></li><li><a href=\"/editorial/\">EDITORIAL</a></li></ul>", expected: nil),
        MetadataCase(language: "de", field: .author, head: "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"BlogPosting\",\"author\":{\"@id\":\"#nils\"}},{\"@type\":\"Person\",\"@id\":\"#nils\",\"name\":\"Nils\",\"description\":\"Nils Pickert ist freier Autor und Journalist.\"}]}</script>", expected: "Nils Pickert"),
        // The post author's own comment names the writer; a blog host's subdomain is the blogger, not a publisher.
        MetadataCase(language: "de", field: .author, body: "<div id=\"comments\"><ol><li class=\"comment\"><cite class=\"fn\">Margit</cite><p>Schön!</p></li><li class=\"comment byuser comment-author-jancak bypostauthor\"><div class=\"comment-author vcard\"><cite class=\"fn\">jancak</cite></div><p>Danke!</p></li></ol></div>", expected: "jancak"),
        MetadataCase(language: "de", field: .author, head: "<link rel=\"canonical\" href=\"https://zahlenzauberin.wordpress.com/2012/08/22/ferien/\"><meta property=\"og:site_name\" content=\"Zahlenzauberin\">",
                     body: "<h1>Was zum Hören in den Ferien</h1><div class=\"byline\">von zahlenzauberin</div>", expected: "zahlenzauberin"),
        MetadataCase(language: "de", field: .author, body: "<div class=\"timedata\">05.02.2020 <span>- Redaktion: Eberhard Fuhr (Pressesprecher)</span></div><h1>Faire Lieferketten</h1>", expected: "Eberhard Fuhr"),
        // A name alone in bold closing the article signs it; a "related posts" heading does not.
        MetadataCase(language: "de", field: .author, closing: "<p><b><i>Stefan Wasmer</i></b></p>", expected: "Stefan Wasmer"),
        MetadataCase(language: "de", field: .author, closing: "<div class=\"jp-relatedposts\"><p class=\"jp-relatedposts-headline\"><em>Ähnliche Beiträge</em></p></div>", expected: nil),
        MetadataCase(language: "de", field: .author, closing: "<p>Weitere Informationen</p>", expected: nil),
        byline("de", "Von Jan", "Jan"),
        byline("zh-Hans", "作者： 记者王敬照", "王敬照"),
        // A personal site: its publisher is a person, who writes it.
        MetadataCase(language: "de", field: .author, head: "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":[\"Person\",\"Organization\"],\"@id\":\"#me\",\"name\":\"Helge Fahrnberger\"},{\"@type\":\"WebPage\",\"publisher\":{\"@id\":\"#me\"}}]}</script>", expected: "Helge Fahrnberger"),
        MetadataCase(language: "de", field: .author, head: "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"Organization\",\"@id\":\"#org\",\"name\":\"Example Verlag\"},{\"@type\":\"WebPage\",\"publisher\":{\"@id\":\"#org\"}}]}</script>", expected: nil),
    ]

    // MARK: - Sources

    static func sourceLine(_ language: String, _ line: String, _ expected: String?) -> MetadataCase {
        MetadataCase(language: language, field: .source, body: "<h1>Headline of the article</h1><div class=\"info\">\(line)</div>", expected: expected)
    }

    static let sources: [MetadataCase] = [
        sourceLine("zh-Hans", "2023-04-21 来源：新华社", "新华社"),
        sourceLine("zh-Hans", "稿源：人民日报", "人民日报"),
        sourceLine("zh-Hans", "出处：中国青年报", "中国青年报"),
        sourceLine("zh-Hant", "來源:中國新聞網", "中國新聞網"),
        sourceLine("zh-Hant", "出處：中央社", "中央社"),
        sourceLine("en", "Source: Associated Press", "Associated Press"),
        sourceLine("de", "Quelle: dpa", "dpa"),
        sourceLine("es", "Fuente: EFE", "EFE"),
        sourceLine("ru", "Источник: ТАСС", "ТАСС"),
        MetadataCase(language: "en", field: .source, body: "<p>LONDON (Reuters) - The council met on Tuesday to discuss the budget and the plans for the new library.</p>", expected: "Reuters"),
        MetadataCase(language: "de", field: .source, body: "<p>BERLIN (dpa) - Der Stadtrat hat am Dienstag über den Haushalt und die neue Bibliothek beraten.</p>", expected: "dpa"),
        MetadataCase(language: "en", field: .source, head: "<meta property=\"og:site_name\" content=\"Example Times\">", expected: "Example Times"),
        MetadataCase(language: "en", field: .source, head: "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example Times\"}}</script>", expected: "Example Times"),
        MetadataCase(language: "en", field: .source, head: "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\",\"publisher\":{\"@id\":\"#org\"}},{\"@type\":\"Organization\",\"@id\":\"#org\",\"name\":\"ZEIT ONLINE\"}]}</script>", expected: "ZEIT ONLINE"),
        MetadataCase(language: "en", field: .source, body: "<p>Paris was calm on Tuesday (photo) - and the council met to discuss the budget for the library.</p>", expected: nil),
    ]

    // MARK: - Language

    static let languages: [MetadataCase] = [
        MetadataCase(language: "en", field: .language, head: "<meta property=\"og:locale\" content=\"en_GB\">", expected: "en-GB"),
        MetadataCase(language: "de", field: .language, expected: "de"),
        MetadataCase(language: "fr", field: .language, expected: "fr"),
        MetadataCase(language: "es", field: .language, expected: "es"),
        MetadataCase(language: "pt", field: .language, expected: "pt"),
        MetadataCase(language: "it", field: .language, expected: "it"),
        MetadataCase(language: "ru", field: .language, expected: "ru"),
        MetadataCase(language: "ar", field: .language, expected: "ar"),
        MetadataCase(language: "zh-Hans", field: .language, expected: "zh-Hans"),
        MetadataCase(language: "zh-Hant", field: .language, expected: "zh-Hant"),
        MetadataCase(language: "ja", field: .language, expected: "ja"),
        MetadataCase(language: "ko", field: .language, expected: "ko"),
        MetadataCase(language: "zh-Hant", field: .language, head: "<meta http-equiv=\"content-language\" content=\"zh\">", expected: "zh-Hant"),
        MetadataCase(language: "zh-Hans", field: .language, head: "<meta property=\"og:locale\" content=\"zh_CN\">", expected: "zh-CN"),
        MetadataCase(language: "en", field: .language, prose: "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua, ut enim ad minim veniam.", expected: nil),
    ]

    // MARK: - Captions

    static func caption(_ language: String, _ text: String, _ expected: String?) -> MetadataCase {
        MetadataCase(language: language, field: .credit, inArticle: "<figure><img src=\"https://example.com/a.jpg\"><figcaption>\(text)</figcaption></figure>", expected: expected)
    }

    static let captions: [MetadataCase] = [
        caption("zh-Hant", "“小哥驛站”內,“小哥”們正在閱讀書籍 。 左雨晴 攝", "左雨晴"),
        caption("zh-Hans", "外卖员在驿站休息。 张三 摄", "张三"),
        caption("zh-Hant", "外賣員在驛站休息。（圖/中央社）", "中央社"),
        caption("zh-Hans", "图/记者 张三", "张三"),
        caption("en", "Crowds gather. Photo: Jane Doe", "Jane Doe"),
        caption("en", "Crowds gather (Photo by Jane Doe/Reuters)", "Jane Doe/Reuters"),
        caption("de", "Eine Fracking-Anlage in Pennsylvania © Noah Addis", "Noah Addis"),
        caption("de", "Die Anlage bei Nacht (Foto: dpa)", "dpa"),
        caption("ru", "Лукас Подольски. Фото: ТАСС", "ТАСС"),
        caption("en", "Crowds gather in the square", nil),
    ]
}
