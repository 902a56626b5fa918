// What every output format implements.
import ArticleExtraction

/// Renders an extracted article as text in one output format.
public protocol ArticleRenderer: Sendable {
    /// The article as this format's text, ending with a newline.
    ///
    /// - Parameters:
    ///   - article: the extracted article.
    ///   - input: the input as the user gave it (a path, `-` or a URL).
    func render(_ article: Article, input: String) -> String
}
