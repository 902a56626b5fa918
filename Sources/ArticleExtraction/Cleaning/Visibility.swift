// Whether a browser would show an element, judged from the element's own markup.
import HTMLParser

enum Visibility {
    /// Whether the element is hidden by its `hidden` attribute or by an inline `display:none` or
    /// `visibility:hidden`, the forms injected link farms use most.
    ///
    ///     <div style="display: none"><a href="…">spam</a></div>   → hidden
    ///     <p hidden>…</p>                                         → hidden
    static func isHidden(_ node: HTMLNode) -> Bool {
        if node.hasAttribute("hidden") { return true }
        guard let style = node.attribute("style"), !style.isEmpty else { return false }
        let compact = String(String.UnicodeScalarView(style.lowercased().unicodeScalars.filter { $0 != " " && $0 != "\t" && $0 != "\n" }))
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }
}
