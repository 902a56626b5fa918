// The JSON output contract: one object per article, every key always present.
import ArticleExtraction

/// Renders the article as the JSON object documented in README and `schema/article.schema.json`.
public struct JSONRenderer: ArticleRenderer {
    /// One line per article (`jsonl`) instead of indented JSON.
    public let isCompact: Bool
    /// Whether to add `removed`: what was taken out of the page and by which rule (`--explain`).
    public let explains: Bool

    public init(compact: Bool, explains: Bool = false) {
        isCompact = compact
        self.explains = explains
    }

    public func render(_ article: Article, input: String) -> String {
        var value = JSONRenderer.object(for: article, input: input)
        if explains, case var .object(members) = value {
            members["removed"] = .array(article.removed.map(JSONRenderer.removal))
            value = .object(members)
        }
        return (isCompact ? value.compact : value.pretty) + "\n"
    }

    static func removal(_ removal: Removal) -> JSONValue {
        .object(["rule": .string(removal.rule.rawValue), "sample": .string(removal.sample), "characters": .number(removal.characters)])
    }

    /// The removal report for formats other than JSON: one line per removed block, without line ends.
    public static func explanationLines(of article: Article) -> [String] {
        article.removed.map { "removed \($0.rule.rawValue) (\($0.characters) characters): \($0.sample)" }
    }

    /// The article as a JSON value; absent fields are `null` or `[]`, never missing.
    public static func object(for article: Article, input: String) -> JSONValue {
        .object([
            "input": .string(input),
            "url": .optional(article.url),
            "title": .optional(article.title),
            "date": .optional(article.date),
            "dateModified": .optional(article.dateModified),
            "source": .optional(article.source),
            "author": .optional(article.author),
            "authors": .array(article.authors.map(JSONValue.string)),
            "editor": .optional(article.editor),
            "language": .optional(article.language),
            "encoding": .optional(article.encoding),
            "text": .string(article.text),
            "body": .array(article.body.map(block)),
            "captions": .array(article.captions.map(JSONValue.string)),
            "images": .array(article.images.map(image)),
        ])
    }

    /// The error line of an input that failed, in batch output.
    public static func errorLine(input: String, kind: String, message: String) -> String {
        JSONValue.object([
            "input": .string(input),
            "error": .object(["kind": .string(kind), "message": .string(message)]),
        ]).compact + "\n"
    }

    static func image(_ image: ArticleImage) -> JSONValue {
        .object([
            "src": .string(image.src),
            "alt": .optional(image.alt),
            "caption": .optional(image.caption),
            "credit": .optional(image.credit),
        ])
    }

    /// A block's kept links as `{text, href}` objects, the text being the linked words.
    static func links(_ links: [InlineLink], in text: String) -> JSONValue {
        let scalars = Array(text.unicodeScalars)
        return .array(links.map { link in
            let range = min(link.range.lowerBound, scalars.count)..<min(link.range.upperBound, scalars.count)
            return .object(["text": .string(String(String.UnicodeScalarView(scalars[range]))), "href": .string(link.href)])
        })
    }

    static func block(_ block: Block) -> JSONValue {
        switch block {
        case let .paragraph(text, links):
            var members: [String: JSONValue] = ["type": .string("paragraph"), "text": .string(text)]
            if !links.isEmpty { members["links"] = JSONRenderer.links(links, in: text) }
            return .object(members)
        case let .heading(level, text):
            return .object(["type": .string("heading"), "level": .number(level), "text": .string(text)])
        case let .list(ordered, items):
            var members: [String: JSONValue] = ["type": .string("list"), "ordered": .bool(ordered),
                                                "items": .array(items.map { .string($0.text) })]
            // Only nested lists say where each item sits, and how the lists inside are numbered.
            if items.contains(where: { $0.level > 0 }) {
                members["levels"] = .array(items.map { .number($0.level) })
                members["itemsOrdered"] = .array(items.map { .bool($0.ordered ?? ordered) })
            }
            if items.contains(where: { !$0.links.isEmpty }) {
                members["itemLinks"] = .array(items.map { JSONRenderer.links($0.links, in: $0.text) })
            }
            return .object(members)
        case let .quote(text):
            return .object(["type": .string("quote"), "text": .string(text)])
        case let .table(rows, hasHeader):
            return .object(["type": .string("table"), "header": .bool(hasHeader),
                            "rows": .array(rows.map { .array($0.map(JSONValue.string)) })])
        case let .code(text):
            return .object(["type": .string("code"), "text": .string(text)])
        case let .image(image):
            guard case var .object(members) = JSONRenderer.image(image) else { return .null }
            members["type"] = .string("image")
            return .object(members)
        }
    }
}
