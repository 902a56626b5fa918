// Finds the article body, relaxing one rule at a time when the first attempt comes out short.
import Foundation
import HTMLParser

/// The body stage: chooses the content and converts it to blocks, with a fallback cascade.
///
/// Attempts never modify the document: each one decides which elements to leave out in a set of
/// its own, so the next attempt starts from the same tree without copying it.
struct BodyExtractor {
    /// The rules an attempt applies; the cascade drops them one at a time (Readability's flags).
    struct Rules: Equatable {
        var removesUnlikely = true
        var weighsClasses = true
        var cleansConditionally = true
    }

    /// The cascade: all rules, then without removing unlikely blocks, then without class weights,
    /// then without judging blocks inside the content.
    static let cascade: [Rules] = [
        Rules(),
        Rules(removesUnlikely: false),
        Rules(removesUnlikely: false, weighsClasses: false),
        Rules(removesUnlikely: false, weighsClasses: false, cleansConditionally: false),
    ]

    let options: ExtractionOptions
    /// The page's headline as its `<title>` and sharing title state it, keyed (``TitleCleaner/key(_:)``):
    /// on a page of scrolled stories, it names the one to read.
    var titleKeys: [String] = []

    /// The result of one attempt.
    struct Attempt {
        var blocks: [DraftBlock]
        var content: [HTMLNode]
        /// Boilerplate blocks left out of the content.
        var removals: [Removal]
        var characters: Int
        /// Readers' comment sections, left out of every attempt.
        var comments: Set<HTMLNode>
        /// Whether the attempt read the prose the page's stylesheet hides.
        var readsHiddenProse = false
    }

    /// The body of a cleaned page: the first attempt long enough to satisfy; else the strictest
    /// attempt unless a relaxed one found clearly more text. Prose the page's stylesheet hides is
    /// read last, when every attempt without it came out short: a script may be what shows it.
    ///
    /// - Parameter hiddenProse: long prose blocks the cleaning stage left in place though hidden.
    func extract(from body: HTMLNode, hiddenProse: Set<HTMLNode> = []) -> Attempt {
        let best = firstSatisfying(from: body, hiddenProse: hiddenProse)
        guard !hiddenProse.isEmpty, best.characters < Thresholds.satisfyingArticleCharacters else { return best }
        var shown = firstSatisfying(from: body, hiddenProse: [])
        guard Double(shown.characters) > Double(best.characters) * Thresholds.relaxedAttemptGain else { return best }
        shown.readsHiddenProse = true
        return shown
    }

    private func firstSatisfying(from body: HTMLNode, hiddenProse: Set<HTMLNode>) -> Attempt {
        let baseURL = options.baseURL.flatMap(URL.init(string:))
        var best: Attempt?
        // Readers' comments are never the article, however long they run beside a short post.
        let comments = BodyExtractor.commentSections(under: body)
        let unlikely = BodyExtractor.unlikelyBlocks(under: body)
        for rules in BodyExtractor.cascade {
            let excluded = comments.union(hiddenProse).union(rules.removesUnlikely ? unlikely : [])
            let statistics = TextStatistics(root: body, excluded: excluded)
            let scorer = CandidateScorer(statistics: statistics, excluded: excluded, weighsClasses: rules.weighsClasses)
            let scored = scorer.content(under: body)
            let content = ScrolledArticles.namedStory(instead: scored, titleKeys: titleKeys) ?? scored
            let converter = BlockConverter(statistics: statistics, excluded: excluded, cleansConditionally: rules.cleansConditionally,
                                           focus: options.focus, baseURL: baseURL, keepsLinks: options.keepsLinks,
                                           accountsForRemovals: options.accountsForRemovals)
            let (blocks, removals) = converter.blocks(from: content)
            let characters = blocks.reduce(0) { $0 + TextMeasure($1.block.plainText ?? "").characters }
            let attempt = Attempt(blocks: blocks, content: content, removals: removals, characters: characters, comments: comments)
            if characters >= Thresholds.satisfyingArticleCharacters { return attempt }
            // A short article is not traded for a block the strict rules call unlikely (the author
            // box in the post's footer): only a satisfying one, returned above, wins from there.
            if let best, best.characters >= Thresholds.proseParagraphCharacters, !rules.removesUnlikely,
               content.allSatisfy({ sequence(first: $0, next: \.parent).contains(where: unlikely.contains) }) { continue }
            // A relaxed rule must win back clearly more text: a little more is the boilerplate it let in.
            if best == nil || Double(characters) > Double(best!.characters) * Thresholds.relaxedAttemptGain { best = attempt }
        }
        return best!
    }

    /// Elements that are almost never the article: by class or id words, by landmark role, and
    /// page furniture (`header`, `footer`, `aside`) outside any `<article>`.
    ///
    ///     <div class="sidebar">…</div>               → unlikely
    ///     <div class="sidebar main-content">…</div>  → kept: "main" may hold the article
    static func unlikelyBlocks(under body: HTMLNode) -> Set<HTMLNode> {
        var unlikely = Set<HTMLNode>()
        body.walk { node in
            guard node.isElement else { return .descend }
            var isUnlikely = false
            if !node.isElement(in: BodyExtractor.neverUnlikely) {
                let signature = BoilerplatePatterns.signature(of: node)
                if BoilerplatePatterns.matches(signature, BoilerplatePatterns.unlikelyArticle),
                   !BoilerplatePatterns.matches(signature, BoilerplatePatterns.maybeArticle),
                   !node.hasAncestor(named: "table"), !node.hasAncestor(named: "code"), !BlockConverter.wrapsQuote(node),
                   !BoilerplatePatterns.namesOnlyPlace(signature) || !holdsAnArticle(node) {
                    isUnlikely = true
                }
                if let role = node.attribute("role")?.lowercasedQuickly(), BoilerplatePatterns.unlikelyRoles.contains(role) {
                    isUnlikely = true
                }
                if node.isElement(named: "footer") || node.isElement(named: "aside")
                    || (node.isElement(named: "header") && !node.hasAncestor(named: "article")) {
                    isUnlikely = true
                }
            }
            guard isUnlikely else { return .descend }
            unlikely.insert(node)
            return .skipChildren
        }
        return unlikely
    }

    /// Links, the body and the article's own wrappers, never judged unlikely whatever their names.
    private static let neverUnlikely: TagSet = ["a", "body", "article", "main"]

    /// Whether a block holds an article's worth of paragraphs, as a wrapper named for its place may
    /// (`<div class="above-footer">` around the post).
    private static func holdsAnArticle(_ node: HTMLNode) -> Bool {
        var prose = 0
        for paragraph in node.descendants(named: "p") {
            let characters = TextMeasure(paragraph.textContent).characters
            guard characters >= Thresholds.proseParagraphCharacters,
                  LinkDensity(of: paragraph).density < Thresholds.maximumSiblingLinkDensity else { continue }
            prose += characters
            if prose >= Thresholds.unlikelyBlockArticleCharacters { return true }
        }
        return false
    }

    /// Comment sections, named so by a class or id: `comments`, `comment-list`, `commentlist`,
    /// `article-comments`, `disqus_thread`, `respond`. State classes such as `comments-open` on an
    /// article are not, nor are `commentary` (an article genre) and live tickers.
    ///
    ///     <section id="comments"><p>Great post! …</p></section>   → a comment section
    ///     <article class="post comments-open">…</article>          → not one
    static func commentSections(under body: HTMLNode) -> Set<HTMLNode> {
        var sections = Set<HTMLNode>()
        body.walk { node in
            guard node.isElement, isCommentSection(node) else { return .descend }
            // The article's own wrappers may carry a comment word (`<article class="has-comments">`);
            // asked after the signature, which rules out nearly every element first.
            let name = node.name
            guard name != "article", name != "main", name != "body", name != "html" else { return .descend }
            sections.insert(node)
            return .skipChildren
        }
        return sections
    }

    /// Words one of which every comment section's signature holds.
    private static let commentWords: SignatureWords = ["comment", "disqus", "respond", "replies"]

    private static func isCommentSection(_ node: HTMLNode) -> Bool {
        let signature = BoilerplatePatterns.signature(of: node)
        guard BoilerplatePatterns.matches(signature, commentWords) else { return false }
        let names = signature.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        return names.contains { name in
            // "commentary" is an article genre and "live-…-comment" a live ticker: both are content.
            let word = String(name)
            guard !name.hasSuffix("open"), !name.hasSuffix("closed"), !ByteSearch.contains(word, "commentary"), !ByteSearch.contains(word, "live")
            else { return false }
            return name.hasPrefix("comment") || name.hasSuffix("-comments") || name.hasSuffix("_comments")
                || name.hasPrefix("disqus") || name == "respond" || name == "replies"
        }
    }
}
