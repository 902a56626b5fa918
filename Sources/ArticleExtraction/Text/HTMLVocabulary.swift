// Which HTML elements break text into blocks and which flow inside a line.

enum HTMLVocabulary {
    /// Elements that start a new block of text when rendered.
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "noscript", "listing", "plaintext", "xmp",
    ]

    /// Whether an element's text flows within its parent's line.
    static func isInline(_ tag: String) -> Bool { !blockTags.contains(tag) }

    /// The level of a heading element, or `nil` for other tags.
    static func headingLevel(_ tag: String) -> Int? {
        guard tag.utf8.count == 2, tag.utf8.first == UInt8(ascii: "h"), let last = tag.utf8.last,
              last >= UInt8(ascii: "1"), last <= UInt8(ascii: "6") else { return nil }
        return Int(last - UInt8(ascii: "0"))
    }
}
