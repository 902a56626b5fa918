// The body's building blocks: the one vocabulary every renderer reads.

/// One block of an article body.
public enum Block: Sendable, Equatable {
    /// A paragraph; line breaks inside it are kept as `\n`. Its links are kept only on request.
    case paragraph(String, links: [InlineLink] = [])
    /// A heading of level 1 to 6.
    case heading(level: Int, text: String)
    /// A list of items; the items of nested lists follow their parent item, one level deeper.
    case list(ordered: Bool, items: [ListItem])
    /// A block quotation, its paragraphs separated by blank lines.
    case quote(String)
    /// A table as rows of cells; `hasHeader` says the first row holds column headings.
    case table(rows: [[String]], hasHeader: Bool)
    /// Preformatted text or code, whitespace kept.
    case code(String)
    /// An image in place.
    case image(ArticleImage)

    /// The block as plain text, or `nil` for an image without a caption.
    public var plainText: String? {
        switch self {
        case let .paragraph(text, _), let .quote(text), let .code(text): return text
        case let .heading(_, text): return text
        case let .list(ordered, items):
            var numbering = ListNumbering()
            return items.map { item in
                let number = numbering.next(at: item.level)
                let indent = String(repeating: "  ", count: item.level)
                return indent + ((item.ordered ?? ordered) ? "\(number). " : "- ") + item.text
            }.joined(separator: "\n")
        case let .table(rows, _): return rows.map { $0.joined(separator: "\t") }.joined(separator: "\n")
        case let .image(image): return image.caption
        }
    }
}
