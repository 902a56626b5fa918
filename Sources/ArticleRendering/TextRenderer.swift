// Plain text output: the title, a blank line, the body.
import ArticleExtraction

/// Renders the title and the body as plain text.
public struct TextRenderer: ArticleRenderer {
    public init() {}

    public func render(_ article: Article, input: String) -> String {
        var parts: [String] = []
        if let title = article.title { parts.append(title) }
        let text = article.text
        if !text.isEmpty { parts.append(text) }
        return parts.joined(separator: "\n\n") + "\n"
    }
}
