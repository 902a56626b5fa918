// What a caller may tune about one extraction.

/// How to trade missing text against extra text.
public enum ExtractionFocus: String, Sendable, CaseIterable {
    /// Keep what is probably article, drop what is probably not.
    case balanced
    /// Prefer losing a paragraph to keeping boilerplate.
    case precision
    /// Prefer keeping boilerplate to losing a paragraph.
    case recall
}

/// Options for ``ArticleExtractor``.
public struct ExtractionOptions: Sendable, Equatable {
    /// The page's address: the base for relative links and the article's `url`.
    public var baseURL: String?
    /// The precision/recall trade-off.
    public var focus: ExtractionFocus

    public init(baseURL: String? = nil, focus: ExtractionFocus = .balanced) {
        self.baseURL = baseURL
        self.focus = focus
    }
}
