// The extracted article: metadata, body blocks and captions.

/// A news article taken out of a page.
///
/// Every field that the page does not state is `nil` or empty; nothing is guessed.
public struct Article: Sendable, Equatable {
    /// The headline, without the site name or injected keywords.
    public var title: String?
    /// When the article was published, ISO 8601 (date-only when only the day is known).
    public var date: String?
    /// When the article was last modified, ISO 8601.
    public var dateModified: String?
    /// The publisher or the wire service the article comes from.
    public var source: String?
    /// The byline: the writers' names, joined by commas when there are several.
    public var author: String?
    /// The writers' names, one per writer.
    public var authors: [String]
    /// The editor the page names (`责任编辑`, "Edited by"), who is not a writer.
    public var editor: String?
    /// The page's language as a BCP 47 tag, when declared or evident from the script.
    public var language: String?
    /// The page's address, when known.
    public var url: String?
    /// The encoding the page was read in, by its standard name (`UTF-8`, `GBK`, `Big5`, `Shift_JIS`…).
    public var encoding: String?
    /// The body in reading order; images sit in it with their captions.
    public var body: [Block]
    /// What was removed from the page and why, hidden and injected blocks first.
    public var removed: [Removal]

    public init(title: String? = nil, date: String? = nil, dateModified: String? = nil, source: String? = nil,
                author: String? = nil, authors: [String]? = nil, editor: String? = nil, language: String? = nil, url: String? = nil, encoding: String? = nil, body: [Block] = [],
                removed: [Removal] = []) {
        self.title = title
        self.date = date
        self.dateModified = dateModified
        self.source = source
        self.author = author
        self.authors = authors ?? author.map { [$0] } ?? []
        self.editor = editor
        self.language = language
        self.url = url
        self.encoding = encoding
        self.body = body
        self.removed = removed
    }

    /// The images of the body, in reading order.
    public var images: [ArticleImage] {
        body.compactMap { block in
            if case let .image(image) = block { return image }
            return nil
        }
    }

    /// The captions of the article's images, in reading order.
    public var captions: [String] { images.compactMap(\.caption) }

    /// The body's text: one paragraph per block, blocks separated by a blank line. Image captions
    /// are left to ``captions`` and ``images``: a caption describes a picture, not the story, and
    /// read in line it breaks the prose with credits ("Photo: AP") and repeats.
    public var text: String {
        body.compactMap { block in
            if case .image = block { return nil }
            return block.plainText
        }.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }
}

/// An image of the article.
public struct ArticleImage: Sendable, Equatable {
    /// The image address, resolved against the page's address when one is known.
    public var src: String
    /// The alternative text.
    public var alt: String?
    /// The caption shown with the image.
    public var caption: String?
    /// Who took or owns the picture, when the caption names them.
    public var credit: String?

    public init(src: String, alt: String? = nil, caption: String? = nil, credit: String? = nil) {
        self.src = src
        self.alt = alt
        self.caption = caption
        self.credit = credit
    }
}
