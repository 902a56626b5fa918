// Which HTML elements break text into blocks and which flow inside a line.
import HTMLParser

enum HTMLVocabulary {
    /// Elements that start a new block of text when rendered.
    static let blockTags: TagSet = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "noscript", "listing", "plaintext", "xmp",
    ]

    /// Whether an element's text flows within its parent's line (so does any node but an element).
    static func isInline(_ node: HTMLNode) -> Bool { !node.isElement(in: blockTags) }

    /// The level of a heading element, or `nil` for other tags.
    static func headingLevel(_ tag: String) -> Int? {
        guard tag.utf8.count == 2, tag.utf8.first == UInt8(ascii: "h"), let last = tag.utf8.last,
              last >= UInt8(ascii: "1"), last <= UInt8(ascii: "6") else { return nil }
        return Int(last - UInt8(ascii: "0"))
    }
}
