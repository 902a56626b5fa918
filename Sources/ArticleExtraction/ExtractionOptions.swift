// What a caller may tune about one extraction.
import Foundation

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
    /// The longest one extraction may take; `nil` for no limit. Real pages take milliseconds.
    public var timeLimit: Duration?
    /// The time the page is read as of: relative dates ("3 hours ago", `昨天`) count back from it,
    /// and dates after it are refused. `nil`: relative dates are not read, and dates more than a
    /// day after the clock's time are refused.
    public var now: Date?
    /// Whether paragraphs and list items keep their links (``InlineLink``); off by default, as
    /// most readers of the text want the words only.
    public var keepsLinks: Bool
    /// Whether the article accounts for what was removed and why (``Article/removed``): reading
    /// the text of every dropped block costs more than dropping it, so callers that do not report
    /// it (the command line without `--explain`) turn it off.
    public var accountsForRemovals: Bool

    /// The default time limit: hundreds of times what a real page needs, short enough that a
    /// pathological page cannot hold up a batch.
    public static let defaultTimeLimit: Duration = .seconds(5)

    public init(baseURL: String? = nil, focus: ExtractionFocus = .balanced, timeLimit: Duration? = ExtractionOptions.defaultTimeLimit,
                now: Date? = nil, keepsLinks: Bool = false, accountsForRemovals: Bool = true) {
        self.baseURL = baseURL
        self.focus = focus
        self.timeLimit = timeLimit
        self.now = now
        self.keepsLinks = keepsLinks
        self.accountsForRemovals = accountsForRemovals
    }
}
