// Hidden as a browser decides it: inline styles, the hidden attribute, the page's own stylesheet.
@testable import ArticleExtraction
import HTMLParser
import Testing

@Suite struct VisibilityTests {
    @Test(arguments: [
        "display:none", "DISPLAY: NONE !important", "visibility:hidden", "opacity:0", "font-size:0", "font-size:0px;line-height:0",
        "height:0;overflow:hidden", "height:0px;width:0px;overflow:hidden", "max-height:0;overflow:hidden",
        "position:fixed;top:-10000px;left:-10000px", "position:absolute; left:-9999px;", "text-indent:-99999px;white-space:nowrap",
        "position:absolute;clip:rect(0 0 0 0);width:1px;height:1px", "color:#ffffff;background-color:#ffffff",
        "position:absolute;width:0;height:0", "position:fixed;bottom:999%;right:999%",
    ])
    func hidingStyles(style: String) {
        #expect(InlineStyle(style).hidesContent)
    }

    @Test(arguments: [
        "color:#333", "font-size:0.8em", "height:0", "overflow:hidden", "position:fixed;bottom:-1px;left:-1px",
        "text-indent:2em", "opacity:0.9", "color:inherit;background:inherit", "position:absolute;left:10px",
    ])
    func visibleStyles(style: String) {
        #expect(!InlineStyle(style).hidesContent)
    }

    @Test func stylesheetFontSizeZeroHidesOnlyWithoutLineHeight() {
        #expect(!InlineStyle("font-size:0").hides(countingFontSize: false))
        #expect(InlineStyle("font-size:0px;line-height:0").hides(countingFontSize: false))
        #expect(InlineStyle("font-size:0").hides(countingFontSize: true))
    }

    @Test func readsHidingRulesOfSimpleSelectors() throws {
        let sheet = HidingStyleSheet(css: """
        /* injected */ .k2x, #farm9 { position:absolute; left:-5000px } p.lead { color: red }
        @media (max-width: 600px) { .mobile-hidden { display:none } }
        .menu .sub { display:none } a:hover { display:none } div.c1.c2 { visibility:hidden }
        """)
        #expect(sheet.selectors == [
            .init(tag: nil, id: nil, classes: ["k2x"]), .init(tag: nil, id: "farm9", classes: []),
            .init(tag: "div", id: nil, classes: ["c1", "c2"]),
        ])
    }

    @Test func appliesStylesheetRulesToMatchingElements() throws {
        let document = try HTMLDocument.parse(Array("""
        <style>.k2x{visibility:hidden;height:1px} #f9{display:none}</style>
        <div class="a k2x">one</div><p id="f9">two</p><div class="k2">three</div><div class="c1">four</div>
        """.utf8))
        let sheet = HidingStyleSheet(collectingFrom: try #require(document.root))
        let elements = try #require(document.body).descendants.filter { $0.isElement && ["div", "p"].contains($0.name) }
        #expect(elements.map { Visibility.hidingRule(of: $0, styleSheet: sheet) } == [.hiddenByStylesheet, .hiddenByStylesheet, nil, nil])
    }

    @Test func frameworkUtilityClassesHide() throws {
        let document = try HTMLDocument.parse(Array("""
        <div class="gallery-overlay hidden">Back to Gallery</div><p class="d-none">two</p>
        <div class="hidden-xs">three</div><div class="unhide">four</div><p class="Hide">five</p>
        """.utf8))
        let sheet = HidingStyleSheet(collectingFrom: try #require(document.root))
        let elements = try #require(document.body).descendants.filter { $0.isElement && ["div", "p"].contains($0.name) }
        #expect(elements.map { Visibility.hidingRule(of: $0, styleSheet: sheet) } == [.hiddenClass, .hiddenClass, nil, nil, nil])
    }

    @Test func hoverCardsInsideParagraphsHide() throws {
        let document = try HTMLDocument.parse(Array("""
        <p>Said <span class="rollover-people"><a href="/p">Ilhan Omar</a><span class="rollover-people-block"><a href="/x">Latest headline</a></span></span>.</p>
        <div class="fusion-rollover">Image overlay</div>
        """.utf8))
        let sheet = HidingStyleSheet(collectingFrom: try #require(document.root))
        let elements = try #require(document.body).descendants.filter { $0.isElement && ["span", "div"].contains($0.name) }
        #expect(elements.map { Visibility.hidingRule(of: $0, styleSheet: sheet) } == [nil, .hiddenClass, nil])
    }

    @Test func ariaHiddenHidesLinkBlocksButNotCaptions() throws {
        let document = try HTMLDocument.parse(Array("""
        <figcaption><span aria-hidden="true">The harbour at dawn.</span></figcaption>
        <div aria-hidden="true"><a href="/1">casino bonus</a> <a href="/2">cheap loans</a></div>
        """.utf8))
        let body = try #require(document.body)
        let span = try #require(body.descendants(named: "span").first)
        let div = try #require(body.descendants(named: "div").first)
        #expect(Visibility.hidingRule(of: span, styleSheet: HidingStyleSheet(css: "")) == nil)
        #expect(Visibility.hidingRule(of: div, styleSheet: HidingStyleSheet(css: "")) == .hiddenAttribute)
    }

    @Test func recognisesTagsWrittenAsText() {
        func check(_ text: String) -> Bool {
            var copy = text
            return copy.withUTF8 { LiteralMarkup.isOnlyTags($0) }
        }
        #expect(check(#"<bdo id="0wauq"></bdo> <sup id="0wauq"></sup>"#))
        #expect(!check("a < b and c > d"))
        #expect(!check(#"<b>bold</b> text"#))
        #expect(!check("plain"))
    }
}
