// Why no article came out of a page.
import Foundation

/// The reasons ArticleExtraction finds no article.
public enum ExtractionError: LocalizedError, Equatable, Sendable {
    /// The page has no readable text once boilerplate is gone.
    case noArticle(characters: Int)

    public var errorDescription: String? {
        switch self {
        case let .noArticle(characters):
            return "no article found: \(characters) characters of readable text"
        }
    }
}
