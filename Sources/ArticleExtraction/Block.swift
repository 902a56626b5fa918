// The body's building blocks: the one vocabulary every renderer reads.

/// One block of an article body.
public enum Block: Sendable, Equatable {
    /// A paragraph; line breaks inside it are kept as `\n`.
    case paragraph(String)
    /// A heading of level 1 to 6.
    case heading(level: Int, text: String)
    /// A list of items.
    case list(ordered: Bool, items: [String])
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
        case let .paragraph(text), let .quote(text), let .code(text): return text
        case let .heading(_, text): return text
        case let .list(ordered, items):
            return items.enumerated().map { ordered ? "\($0.offset + 1). \($0.element)" : "- \($0.element)" }
                .joined(separator: "\n")
        case let .table(rows, _): return rows.map { $0.joined(separator: "\t") }.joined(separator: "\n")
        case let .image(image): return image.caption
        }
    }
}
