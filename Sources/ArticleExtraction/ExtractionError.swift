// Why no article came out of a page.
import Foundation

/// The reasons ArticleExtraction finds no article.
public enum ExtractionError: LocalizedError, Equatable, Sendable {
    /// The page has no readable text once boilerplate is gone.
    case noArticle(characters: Int)
    /// The extraction ran past its time limit (``ExtractionOptions/timeLimit``) and was stopped.
    case outOfTime(limit: Duration)

    public var errorDescription: String? {
        switch self {
        case let .noArticle(characters):
            return "no article found: \(characters) characters of readable text"
        case let .outOfTime(limit):
            return "too slow: extraction stopped at its time limit of \(limit.components.seconds) s (--page-time-limit)"
        }
    }
}
