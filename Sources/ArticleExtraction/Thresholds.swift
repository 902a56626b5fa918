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

    /// Candidates scoring this share of the top score or more are near the top (Readability: 0.75;
    /// half lets an article split into same-kind wrappers of uneven length join up, and the kind and
    /// container-share tests keep teasers out).
    static let nearTopScoreShare = 0.5
    /// This many candidates near the top beside the top one, under one of its ancestors, make that
    /// ancestor the article: three paragraphs in wrappers of one kind (Readability: 3 of the next 5,
    /// of any kind; same-kind wrappers are surer, and all are looked at so the nearest ancestor wins).
    static let nearTopCandidatesSharing = 2
    /// A paragraph's worth of prose: the shortest candidate counted near the top (not a rating or a
    /// form), and the shortest article the cascade keeps rather than take an unlikely block instead.
    static let proseParagraphCharacters = 140
    /// The least share of their common container's text those candidates hold: more, and it is a
    /// page wrapper that also holds menus, teasers and the footer.
    static let nearTopContainerShare = 0.5

    /// A sibling joins the article when its score reaches this share of the top score (Readability: 0.2),
    /// and at least ``minimumSiblingScore``.
    static let siblingScoreShare = 0.2
    static let minimumSiblingScore = 10.0
    /// A sibling with this share of link text or more is a teaser grid ("related stories", headlines
    /// with their blurbs), not a continuation of the article (0.15 lost recall, 0.35 let grids in).
    static let maximumSiblingLinkDensity = 0.25

    /// A block inside the article is dropped when this share of its text is link text (Readability: 0.5).
    static let maximumBlockLinkDensity = 0.5
    /// The stricter share for blocks whose class or id says boilerplate (Readability: 0.2).
    static let maximumNegativeBlockLinkDensity = 0.2
    /// Blocks with at least this many commas are prose and are never dropped for their links (Readability: 10).
    static let proseCommaCount = 10

    /// A `<nav>` with at least this share of link text is navigation; less means it swallowed prose.
    static let navigationLinkDensity = 0.3
    /// Below this many characters a `<nav>` is a menu whatever its links; a swallowed article is longer.
    static let maximumNavigationCharacters = 200

    /// A block needs this many links to be called a link farm rather than a link line.
    static let minimumFarmLinks = 5

    /// A paragraph made almost only of a link ("Read more: …") is dropped under this length.
    static let linkParagraphDensity = 0.9
    static let linkParagraphMaximumCharacters = 120
    /// The plain text beside a link in a line of a link list: "READ MORE:", "[VIDEO]".
    static let maximumLinkLabelCharacters = 20
    /// An inline run of `rel="tag"` links is a tag list when links hold this much of its text.
    static let tagListLinkDensity = 0.8
    /// A link is a headline from this many words; shorter ones are names, handles or addresses.
    static let minimumHeadlineWords = 3

    /// An attempt shorter than this (weighted characters) makes the extractor try again with
    /// fewer rules (Readability's `charThreshold`: 500).
    static let satisfyingArticleCharacters = 500
    /// A block named unlikely that holds this much prose in paragraphs may be the article's wrapper.
    static let unlikelyBlockArticleCharacters = 1000
    /// When no attempt satisfies, a more relaxed attempt replaces a stricter one only with this
    /// many times its text; smaller gains are boilerplate let back in (chosen on the test pages).
    static let relaxedAttemptGain = 2.0

    /// A lead (``ArticleLead``) is a sentence or two: shorter text under the headline is a date or a
    /// kicker, longer text a second article. Nodes after the headline searched for it.
    static let minimumLeadCharacters = 40
    static let maximumLeadCharacters = 1_200
    static let leadSearchNodes = 300
    /// The most characters of text (a date, a byline) between the headline and an unnamed lead.
    static let maximumTextBeforeLead = 80
    /// The longest source line (`Quelle: Landesregierung`) dropped as an attribution, in characters.
    static let maximumAttributionCharacters = 100

    /// Closing lines (``ClosingLines``: appeals to subscribe or donate, the post's filing) are a line
    /// or two among the article's last few blocks; an appeal has a list of channels at most
    /// ("Facebook, Twitter, Instagram").
    static let maximumClosingLineCharacters = 300
    static let maximumAppealCommas = 2
    static let closingLineBlocks = 3
    /// An appeal shouted in capitals or with an exclamation mark is dropped wherever it stands, up to this length.
    static let maximumShoutedAppealCharacters = 120
    /// The most words besides the date in a closing date stamp: its label (`zuletzt überarbeitet am`).
    static let maximumStampLabelWords = 3

    /// A caption is a short line: longer text next to an image is a paragraph.
    static let maximumCaptionCharacters = 300
    /// A credit line standing alone is shorter still: a caption and a name.
    static let maximumCreditLineCharacters = 160

    /// Pixels off the page's edge beyond which a positioned or indented element is out of sight;
    /// layouts nudge things by a few hundred pixels at most, hiding tricks use thousands.
    static let offscreenDistance = 500.0

    /// Keyword stuffing: a line of at least this many characters, cut into phrases of at most
    /// ``maximumKeywordPhraseCharacters``, sharing less than ``minimumKeywordCoherence`` of its
    /// words with the rest of the article. Spam phrases run 10 to 40 characters; an article's own
    /// tag lines mostly share half their words or more with it (0.25, 0.34 and 0.5 scored the same on
    /// both benchmarks; 0.5 began to drop real lines such as a list of restaurants).
    static let minimumKeywordLineCharacters = 20
    static let maximumKeywordPhraseCharacters = 60
    /// A keyword line is a line: injected ones hold 3 to 30 phrases, a few hundred characters.
    /// Longer blocks (a 20 MB text node, 200,000 links run together) are left to the other rules
    /// rather than cut at every separator, which on such blocks took most of a minute.
    static let maximumKeywordLineBytes = 60_000
    static let minimumKeywordCoherence = 0.34
    /// An article's vocabulary is taken from its first texts up to this many tokens: real articles
    /// stay under 20,000, and tokenising a 30 MB text node whole took seconds for nothing.
    static let maximumVocabularyTokens = 200_000
    /// From this many tokens on, an article's own word occurs at least twice to count as shared.
    static let longArticleTokens = 300
    /// Coherence is judged only against an article with at least this many other tokens (and more
    /// than the line has): a teaser of three paragraphs still has twenty.
    static let minimumVocabularyTokens = 20
    /// Tenths of the words that are function words in prose (English prose runs at four in ten;
    /// keyword phrases such as "pills without rx" at two).
    static let proseFunctionWordTenths = 3
    /// A label over a keyword line ("Trending", "热门推荐") is short, and shares at most half its words.
    static let maximumLabelCharacters = 30
    static let maximumLabelCoherence = 0.5

    /// How many block elements after the headline are searched for the date, source and author line.
    static let infoLineSearchElements = 60
    /// An info line is short; longer text is prose that merely mentions a date.
    static let maximumInfoLineCharacters = 160
    /// A title's headline part this long names the `<h1>` that contains it; a shorter one may be a
    /// section's name that many headings contain.
    static let minimumTitleHeadlineCharacters = 16
    /// How far above the chosen content the wrapper of one of several scrolled stories is looked for.
    static let scrolledStoryLevels = 4
    /// An element with more nodes inside than this is not an info line, however little text it holds.
    static let infoLineMaximumNodes = 2_000
    /// A date line at the top of the body is shorter still: a date, a label, a separator.
    static let maximumDateLineCharacters = 60
}
