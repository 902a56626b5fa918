// Whether a browser would show an element, judged as a browser would from the page's own markup.
import HTMLParser

enum Visibility {
    /// The rule that hides the element, or `nil` when it is visible.
    ///
    ///     <p hidden>…</p>                                     → hidden-attribute
    ///     <div aria-hidden="true"><a>…</a><a>…</a></div>      → hidden-attribute (links kept from screen readers)
    ///     <div style="height:0;overflow:hidden">…</div>       → hidden-style
    ///     <style>.k2x{left:-5000px;position:absolute}</style><div class="k2x">…</div> → hidden-by-stylesheet
    ///     <div class="gallery-overlay hidden">…</div>          → hidden-class
    static func hidingRule(of node: HTMLNode, styleSheet: HidingStyleSheet) -> RemovalRule? {
        // Every rule reads an attribute, and most elements carry none.
        guard node.hasAttributes else { return nil }
        if node.hasAttribute("hidden") { return .hiddenAttribute }
        // `aria-hidden` hides from screen readers only: sites set it on visible captions that repeat
        // an image's alt text. A block of links kept from screen readers, though, is a farm.
        if let aria = node.attribute("aria-hidden"), aria.lowercasedQuickly() == "true", LinkDensity(of: node).density > Thresholds.maximumBlockLinkDensity {
            return .hiddenAttribute
        }
        // The style and the classes are read on their bytes: most elements have one or both, and
        // few of them hide anything.
        if node.withAttributeBytes("style", { !$0.isEmpty && InlineStyle.hides($0, countingFontSize: true) }) == true {
            return .hiddenStyle
        }
        if styleSheet.hides(node) { return .hiddenByStylesheet }
        let isSpan = node.isElement(named: "span")
        guard node.withAttributeBytes("class", { mayHaveHidingClass($0) || isSpan && hoverCardWords.occur(in: $0) }) == true,
              let classes = node.attribute("class") else { return nil }
        if hasHidingClass(classes) { return .hiddenClass }
        if isSpan, isHoverCard(classes), node.hasAncestor(named: "p", maxDepth: 6), !holdsHoverCard(node) {
            return .hiddenClass
        }
        return nil
    }

    /// What every hiding class holds: a substring test on the class attribute's bytes spares most
    /// elements the split into class names.
    private static let hidingClassMarks = [Array("hid".utf8), Array("d-none".utf8)]

    private static func mayHaveHidingClass(_ classes: UnsafeBufferPointer<UInt8>) -> Bool {
        hidingClassMarks.contains { mark in
            mark.withUnsafeBytes { ByteSearch.offset(of: $0, in: UnsafeRawBufferPointer(classes)) != nil }
        }
    }

    /// The display-none utility classes of the common CSS frameworks (Bootstrap's `hidden`, `hide`
    /// and `d-none`, Tailwind's and Foundation's `hidden`, Bulma's `is-hidden`). A saved page rarely
    /// carries the framework's stylesheet, so the class is read as the rule it stands for.
    static let hidingClasses: Set<Substring> = ["hidden", "hide", "d-none", "is-hidden"]

    /// Whether one of the class names is a display-none utility (class names are case-sensitive, as in
    /// CSS); a substring check first spares the split.
    static func hasHidingClass(_ classes: String) -> Bool {
        var bytes = classes
        guard bytes.withUTF8(mayHaveHidingClass) else { return false }
        return classes.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).contains { hidingClasses.contains($0) }
    }

    /// Words of the classes of cards a page shows only while the pointer rests on a name or a term.
    static let hoverCardWords: SignatureWords = ["tooltip", "popover", "rollover", "hovercard"]

    /// Whether the classes name a card shown on hover: `<span class="rollover-people-block">` inside a
    /// paragraph holds a person's latest headlines, which a reader sees only by pointing at the name.
    /// Only such spans inside a paragraph are cards, and only the innermost: themes also put the
    /// words on the name that triggers the card, or on image overlays.
    static func isHoverCard(_ classes: String) -> Bool {
        BoilerplatePatterns.matches(classes, hoverCardWords)
    }

    /// Whether a hover card sits inside the element: then the element is the name that shows it, and stays.
    private static func holdsHoverCard(_ node: HTMLNode) -> Bool {
        node.descendants.contains { $0.isElement && $0.attribute("class").map(isHoverCard) == true }
    }

    /// Whether the element is a `<marquee>` or `<noscript>`: a marquee is a ticker, not article
    /// text, even when it is not shrunk out of sight, and browsers running scripts never show noscript.
    static func isInvisibleElement(_ node: HTMLNode) -> Bool { node.isElement(named: "marquee") || node.isElement(named: "noscript") }
}
