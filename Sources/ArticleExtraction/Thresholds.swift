// Every tunable number of the extractor, each with what it measures and where its value came from.

/// The extractor's constants. Values marked "Readability" come from Mozilla Readability.js and
/// were kept because the scrapinghub benchmark did not improve when they moved.
public enum Thresholds {
    /// What a CJK character counts for against a Latin character: one Chinese character carries
    /// roughly the meaning of a short word, so 2 keeps a Chinese paragraph's score near an English
    /// paragraph of the same content.
    public static let wideCharacterWeight = 2

    /// Weighted characters below which a run of text does not vote for its container (Readability: 25).
    static let minimumParagraphCharacters = 25

    /// Characters per point of paragraph score, and the cap on those points (Readability: 100 and 3).
    static let charactersPerPoint = 100
    static let maximumLengthPoints = 3

    /// Score added or removed by a positive or negative class or id (Readability: 25).
    static let classWeight = 25

    /// How many ancestor levels receive a paragraph's score (Readability: 5).
    static let scoredAncestorLevels = 5

    /// A sibling joins the article when its score reaches this share of the top score (Readability: 0.2),
    /// and at least ``minimumSiblingScore``.
    static let siblingScoreShare = 0.2
    static let minimumSiblingScore = 10.0

    /// A block inside the article is dropped when this share of its text is link text (Readability: 0.5).
    static let maximumBlockLinkDensity = 0.5
    /// The stricter share for blocks whose class or id says boilerplate (Readability: 0.2).
    static let maximumNegativeBlockLinkDensity = 0.2
    /// Blocks with at least this many commas are prose and are never dropped for their links (Readability: 10).
    static let proseCommaCount = 10

    /// A paragraph made almost only of a link ("Read more: …") is dropped under this length.
    static let linkParagraphDensity = 0.9
    static let linkParagraphMaximumCharacters = 120

    /// An attempt shorter than this (weighted characters) makes the extractor try again with
    /// fewer rules (Readability's `charThreshold`: 500).
    static let satisfyingArticleCharacters = 500
    /// When no attempt satisfies, a more relaxed attempt replaces a stricter one only with this
    /// many times its text; smaller gains are boilerplate let back in (chosen on the test pages).
    static let relaxedAttemptGain = 2.0

    /// A caption is a short line: longer text next to an image is a paragraph.
    static let maximumCaptionCharacters = 300

    /// How many elements after the headline are searched for the date, source and author line.
    static let infoLineSearchElements = 60
    /// An info line is short; longer text is prose that merely mentions a date.
    static let maximumInfoLineCharacters = 160
}
