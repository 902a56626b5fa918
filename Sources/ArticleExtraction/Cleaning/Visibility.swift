// Whether a browser would show an element, judged as a browser would from the page's own markup.
import HTMLParser

enum Visibility {
    /// The rule that hides the element, or `nil` when it is visible.
    ///
    ///     <p hidden>…</p>                                     → hidden-attribute
    ///     <div aria-hidden="true"><a>…</a><a>…</a></div>      → hidden-attribute (links kept from screen readers)
    ///     <div style="height:0;overflow:hidden">…</div>       → hidden-style
    ///     <style>.k2x{left:-5000px;position:absolute}</style><div class="k2x">…</div> → hidden-by-stylesheet
    static func hidingRule(of node: HTMLNode, styleSheet: HidingStyleSheet) -> RemovalRule? {
        if node.hasAttribute("hidden") { return .hiddenAttribute }
        // `aria-hidden` hides from screen readers only: sites set it on visible captions that repeat
        // an image's alt text. A block of links kept from screen readers, though, is a farm.
        if let aria = node.attribute("aria-hidden"), aria.lowercased() == "true", LinkDensity(of: node).density > Thresholds.maximumBlockLinkDensity {
            return .hiddenAttribute
        }
        if let style = node.attribute("style"), !style.isEmpty, InlineStyle.hidesContent(style: style) {
            return .hiddenStyle
        }
        if styleSheet.hides(node) { return .hiddenByStylesheet }
        return nil
    }

    /// Whether the element is a `<marquee>` or `<noscript>`: a marquee is a ticker, not article
    /// text, even when it is not shrunk out of sight, and browsers running scripts never show noscript.
    static func isInvisibleElement(_ name: String) -> Bool { name == "marquee" || name == "noscript" }
}
