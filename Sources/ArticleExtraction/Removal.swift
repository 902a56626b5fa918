// What the extractor removed from a page and why, for users who ask (`--explain`).

/// The rule that removed a block.
public enum RemovalRule: String, Sendable, CaseIterable {
    /// The `hidden` or `aria-hidden="true"` attribute.
    case hiddenAttribute = "hidden-attribute"
    /// An inline style that hides the element (`display:none`, `font-size:0`, off-screen, …).
    case hiddenStyle = "hidden-style"
    /// A class or id rule of the page's own `<style>` blocks that hides the element.
    case hiddenByStylesheet = "hidden-by-stylesheet"
    /// A CSS framework's display-none utility class (`hidden`, `d-none`), whose stylesheet a saved page
    /// rarely carries, or a card shown only on hover.
    case hiddenClass = "hidden-class"
    /// `<marquee>` and `<noscript>` blocks, which carry link farms and no article text.
    case invisibleElement = "invisible-element"
    /// Empty elements with random ids, the markup of spider-pool templates.
    case injectedTags = "injected-tags"
    /// The same tags written out as visible text.
    case literalTags = "literal-tags"
    /// A block inside the article made mostly of links.
    case linkFarm = "link-farm"
    /// A line of keyword phrases unrelated to the article.
    case keywordStuffing = "keyword-stuffing"
    /// Keywords added to the page title.
    case titleSpam = "title-spam"
    /// A block inside the article whose class or id names boilerplate (share bar, related stories, newsletter box).
    case boilerplate = "boilerplate"
    /// A heading left with nothing under it at the end of the article.
    case orphanHeading = "orphan-heading"
    /// Page furniture beside the article: navigation, sidebars, footers.
    case outsideArticle = "outside-article"
}

/// One removed block: the rule, a short sample of its text and its size.
public struct Removal: Sendable, Equatable {
    public var rule: RemovalRule
    /// The first characters of the removed text (or markup, for tags without text).
    public var sample: String
    /// The length of the removed text in characters (for injected tags: the number of tags).
    public var characters: Int

    public init(rule: RemovalRule, sample: String, characters: Int) {
        self.rule = rule
        self.sample = sample
        self.characters = characters
    }

    /// How many characters of removed text a sample shows.
    static let sampleLength = 80

    /// A removal recorded from the text that went.
    init(rule: RemovalRule, text: String) {
        let collapsed = TextNormalizer.collapse(text)
        self.init(rule: rule, sample: String(collapsed.prefix(Removal.sampleLength)), characters: collapsed.count)
    }
}
