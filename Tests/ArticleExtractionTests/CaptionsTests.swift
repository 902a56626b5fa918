// Caption lines next to images and the credits inside them.
@testable import ArticleExtraction
import Foundation
import Testing

@Suite struct CaptionsTests {
    @Test(arguments: [
        ("“小哥驛站”內,“小哥”們正在閱讀書籍 。 左雨晴 攝", "左雨晴"),
        ("图为救援现场。新华社记者 李明 摄", "李明"),
        ("Crowds gather in the square. Photo: Jane Doe", "Jane Doe"),
        ("Crowds gather (Photo by Jane Doe)", "Jane Doe"),
        ("A plain sentence about the weather.", nil),
    ] as [(String, String?)])
    func readsCredits(caption: String, credit: String?) {
        #expect(Captions.credit(in: caption) == credit)
    }

    @Test func movesACaptionLineIntoThePrecedingImage() {
        let drafts = [
            DraftBlock(block: .image(ArticleImage(src: "a.jpg"))),
            DraftBlock(block: .paragraph("小哥們正在閱讀 。 左雨晴 攝")),
            DraftBlock(block: .paragraph("正文繼續。")),
        ]
        let blocks = Captions.attach(drafts)
        #expect(blocks == [
            .image(ArticleImage(src: "a.jpg", caption: "小哥們正在閱讀 。 左雨晴 攝", credit: "左雨晴")),
            .paragraph("正文繼續。"),
        ])
    }

    @Test func leavesOrdinaryParagraphsAfterImagesAlone() {
        let drafts = [
            DraftBlock(block: .image(ArticleImage(src: "a.jpg"))),
            DraftBlock(block: .paragraph("The council met on Monday to discuss the budget.")),
        ]
        #expect(Captions.attach(drafts).count == 2)
    }

    @Test func takesAMarkedLineRepeatingTheDescriptionAsTheCaptionHoweverLong() {
        let description = String(repeating: "Lichte Wälder entstanden durch Beweidung und Fruchtnutzung. ", count: 6)
            .trimmingCharacters(in: .whitespaces)
        let image = ArticleImage(src: "a.jpg", alt: description)
        let marked = Captions.attach([DraftBlock(block: .image(image)),
                                      DraftBlock(block: .paragraph(description + "\nFoto © Peter Steiger"), isMarkedCaption: true)])
        #expect(marked.count == 1)
        // Unmarked, the same repeat may be the lead a site also wrote into the picture's description.
        let unmarked = Captions.attach([DraftBlock(block: .image(image)), DraftBlock(block: .paragraph(description))])
        #expect(unmarked.count == 2)
    }

    @Test func readsTheLongestCaptionOpening() {
        #expect(Captions.isOrphanCredit("Image illustrative : Lots of Lego Minifigures by Ninja Brick, en licence Creative Commons by"))
    }

    @Test func tellsAZoomLabelFromAnInstruction() {
        #expect(Captions.opensAsCaption("Vergrößern Eine kleine runde Aussparung"))
        #expect(!Captions.opensAsCaption("Vergrößern Sie das Bild mit zwei Fingern."))
    }

    @Test func dropsCreditLinesWhosePictureDidNotComeAlong() {
        let drafts = [
            DraftBlock(block: .paragraph("The council met on Monday to discuss the budget.")),
            DraftBlock(block: .paragraph("Protesters have worn masks to protect their identities (Image: GETTY )")),
            DraftBlock(block: .paragraph("Photograph by Ed Marshall, Redonda Restoration Programme")),
            DraftBlock(block: .paragraph("Dmitry Muratov, periodista ruso y Premio Nobel de la Paz (REUTERS/Denis Balibouse)")),
            DraftBlock(block: .paragraph("praca / ShutterStock")),
            DraftBlock(block: .paragraph("Vergrößern Eine kleine runde Aussparung für die Kamera im Display.")),
            DraftBlock(block: .paragraph("具体情况如下图")),
            DraftBlock(block: .paragraph("The photographer, who asked not to be named, said the council had banned photos of the meeting.")),
        ]
        #expect(Captions.attach(drafts) == [
            .paragraph("The council met on Monday to discuss the budget."),
            .paragraph("具体情况如下图"),
            .paragraph("The photographer, who asked not to be named, said the council had banned photos of the meeting."),
        ])
    }
}
