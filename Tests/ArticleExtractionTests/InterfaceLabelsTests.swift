// Lines that are only a page's furniture label.
@testable import ArticleExtraction
import Testing

struct InterfaceLabelsTests {
    @Test(arguments: ["ADVERTISEMENT", "- Advertisement -", "Continue Reading Below", "Anzeige", "广告", "Gefällt mir:", "Liken Lade …", "Zum Vergrößern bitte anklicken",
                             "Gefällt mir Lade...", "- Permalien https://p.dw.com/p/RPYx", "Diesen Artikel teilen", "Möchten Sie den Artikel teilen?",
                             "Über den Autor", "(Noch keine Bewertungen)", "Sie sind aktuell nicht eingeloggt.", "Inhaltsverzeichnis",
                             "Kommentare insgesamt: 0", "Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)", "Comments",
                             "Kontakt:", "Release Date:", "(Alle Angaben ohne Gewähr)", "Czytaj więcej", "mehr...",
                             "Rezept drucken Bei Pinterest speichern", "READ THE REST", "weiterlesen 5 Minuten", "4 min read", "Lesezeit: 3 Min."])
    func recognisesLabels(line: String) {
        #expect(InterfaceLabels.isLabel(line))
    }

    @Test(arguments: ["Advertisement aside, the paper held its price.", "Read more about the budget", "Werbung für den Frieden", "",
                             "See https://example.com", "Comments: 12 readers wrote in to say they agreed", "2020: Comments",
                             "Der Termin dauert 5 Minuten", "Drucken Sie das Formular aus", "5 Minuten später"])
    func leavesSentences(line: String) {
        #expect(!InterfaceLabels.isLabel(line))
    }

    @Test(arguments: ["Disclosure: ZDNet may earn a commission from some of the products featured on this page.",
                      "*Werbung. Dieser Beitrag enthält Werbung für MYMARINI.", "FTC: We use income earning auto affiliate links.",
                      "This post contains references to products from one or more of our advertisers. We may receive compensation when you click on links to those products."])
    func recognisesAdvertisingNotes(line: String) {
        #expect(InterfaceLabels.isDisclosure(line))
    }

    @Test func leavesSentencesAboutAdvertising() {
        #expect(!InterfaceLabels.isDisclosure("The regulator fined the retailer for hiding that its reviews were paid advertising."))
    }

    @Test(arguments: ["Quelle: Landesregierung", "Źródło: Statista.com", "(Quelle: Fleischmann/Unsplash/DJV)",
                      "Source: CDC, Chicago Department of Public Health", "Источник: ТАСС"])
    func recognisesSourceLines(line: String) {
        #expect(InterfaceLabels.isAttribution(line))
    }

    @Test(arguments: ["Quellen:", "Source: the ministry said on Tuesday that the figures would be revised.",
                      "The source of the figures is the ministry", "Sources close to the minister say otherwise"])
    func leavesLabelsAloneAndSentences(line: String) {
        #expect(!InterfaceLabels.isAttribution(line))
    }

    @Test(arguments: ["Lue myös:", "Lees ook", "Läs också:", "Čtěte také", "Читайте також", "MÁS INFORMACIÓN:", "Weitere Informationen", "meist-diskutiert", "Audios et vidéos sur le sujet", "Diese Artikel könnten dich ebenfalls interessieren:"])
    func recognisesRelatedTitlesInMoreLanguages(line: String) {
        #expect(InterfaceLabels.isRelatedTitle(line))
    }

    @Test(arguments: ["PUEDES VER: ¿Qué es la Sunedu, cómo está conformada y para qué sirve?",
                      "MIRA: Madre se acerca a conocer los motivos de captura de su hijo", "Lesen Sie auch: Der Plan der Stadt",
                      "Hier geht es zur neuen Vorstandsstruktur", "Weitere Infos unter www.itfjuniors.de.",
                      "Alles über nachhaltige Wanderschuhe findest Du hier."])
    func recognisesPointersToOtherStories(line: String) {
        #expect(InterfaceLabels.isCrossReference(line))
    }

    @Test(arguments: ["Mira Schmidt: the council met on Tuesday.", "Read more about the plan on the council's site.",
                      "The minister said: read the report before judging it.",
                      "Click here to get more information or download this game."])
    func leavesSentencesWithColons(line: String) {
        #expect(!InterfaceLabels.isCrossReference(line))
    }

    @Test func recognisesBareDomains() {
        #expect(InterfaceLabels.isBareDomain("BVINEWS.COM") && InterfaceLabels.isBareDomain("www.sortimo.ch"))
        #expect(!InterfaceLabels.isBareDomain("The end.") && !InterfaceLabels.isBareDomain("Mr. Smith") && !InterfaceLabels.isBareDomain("3.14"))
    }

    @Test func recognisesAdvertisementsAndDownloads() {
        #expect(InterfaceLabels.isAdvertisement("ANZEIGE - Heute mal ausgehen/bestellen? Wie wäre es mit:"))
        #expect(!InterfaceLabels.isAdvertisement("Anzeigenkunden bleiben aus, sagt der Verlag."))
        #expect(InterfaceLabels.isDownload("Informationsschreiben vom 14. Oktober 2021PDF | 38 KB | Datei ist nicht barrierefrei"))
        #expect(InterfaceLabels.isDownload("Dieses Skript als PDF herunterladen"))
        #expect(!InterfaceLabels.isDownload("The ministry published a 40-page PDF on Monday."))
        #expect(!InterfaceLabels.isDownload("The download took 38 minutes."))
    }

    @Test func dropsARelatedTitleLeftAloneOnItsLine() throws {
        // The links under the title went as a link farm; the title, a paragraph of its own, goes too.
        let html = """
        <div class="story"><p>\(prose("budget"))</p><p>Related Coverage</p><p>\(prose("school plan"))</p>
        <p>\(prose("rail plan"))</p><div><b>Ähnliche Beiträge</b></div></div>
        """
        let article = try extract(html)
        #expect(article.text.contains("rail plan"))
        #expect(!article.text.contains("Related Coverage") && !article.text.contains("Ähnliche Beiträge"))
    }

    @Test func dropsLabelParagraphsFromTheBody() throws {
        let html = """
        <div class="story"><p>\(prose("budget"))</p><p>ADVERTISEMENT</p><p>\(prose("school plan"))</p>
        <div>Continue Reading Below</div><p>\(prose("rail plan"))</p><p>\(prose("park plan"))</p></div>
        """
        let article = try extract(html)
        #expect(article.text.contains("park plan"))
        #expect(!article.text.contains("ADVERTISEMENT") && !article.text.contains("Continue Reading"))
    }
}
