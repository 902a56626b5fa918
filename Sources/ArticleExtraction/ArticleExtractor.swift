// The extraction pipeline, top to bottom.
import Foundation
import HTMLParser

/// Turns a parsed page into its article.
///
/// The stages, in order:
/// 1. read what the page declares about itself (meta tags, JSON-LD, `<title>`), before anything is removed;
/// 2. remove what no reader sees: scripts, styles, controls, elements hidden inline or by the page's
///    stylesheet, injected empty tags and tags written out as text;
/// 3. choose the article's content by scoring text and link density, relaxing rules when short;
/// 4. read the visible metadata around the headline: info line, byline;
/// 5. resolve every metadata field by precedence;
/// 6. add the lead set apart between the headline and the content, pair images with captions and
///    drop the headline and info lines repeated in the body;
/// 7. drop keyword stuffing, judged against the vocabulary of the finished article, and the
///    lines that close it about the page: appeals to subscribe or donate, the post's filing.
public struct ArticleExtractor: Sendable {
    public let options: ExtractionOptions

    public init(options: ExtractionOptions = ExtractionOptions()) {
        self.options = options
    }

    /// Extracts the article of a document. The document is modified (stage 2).
    ///
    /// - Parameter document: a freshly parsed page.
    /// - Returns: the article.
    /// - Throws: ``ExtractionError/noArticle(characters:)`` when no readable text is left, and
    ///   ``ExtractionError/outOfTime(limit:)`` when the time limit passed.
    public func extract(from document: HTMLDocument) throws(ExtractionError) -> Article {
        if let limit = options.timeLimit { document.deadline = WalkDeadline(after: limit) }
        defer { document.deadline = nil }
        let article = Result { () throws(ExtractionError) in try extractArticle(from: document) }
        // Walks cut short by the deadline leave partial results, or none: neither may be reported.
        if let limit = options.timeLimit, document.deadline?.hasPassed == true { throw .outOfTime(limit: limit) }
        return try article.get()
    }

    private func extractArticle(from document: HTMLDocument) throws(ExtractionError) -> Article {
        // 1. Declarations.
        let declarations = PageDeclarations(document: document)

        // 2. Invisible and non-content elements.
        // The whole tree, not the first <body>: pages wrapped in several <html> tags (IE conditional
        // comments) leave libxml2 with more than one body, and the article may sit in any of them.
        guard let root = document.root else { throw .noArticle(characters: 0) }
        let styleSheet = HidingStyleSheet(collectingFrom: root)
        let cleaning = DocumentCleaner.removeInvisible(under: root, styleSheet: styleSheet, accounting: options.accountsForRemovals)
        var removed = cleaning.removals

        // 3. Body.
        // Relative links resolve against <base href> and the page's address, given or declared.
        var bodyOptions = options
        bodyOptions.baseURL = declarations.linkBase(pageAddress: options.baseURL ?? declarations.pageAddress)
        let titles = [declarations.documentTitle.map { TitleCleaner.clean($0, siteNames: []) }, declarations.meta["og:title"]]
        let body = BodyExtractor(options: bodyOptions, titleKeys: titles.compactMap { $0.map(TitleCleaner.key) })
        let attempt = body.extract(from: root, hiddenProse: Set(cleaning.hiddenProse.map(\.block)))
        removed += attempt.removals
        if !attempt.readsHiddenProse {
            // Left unread, the hidden prose goes as every hidden block does, before metadata is read.
            var detached: [HTMLNode] = []
            for (block, rule) in cleaning.hiddenProse where !detached.contains(where: { $0.contains(block) }) {
                if options.accountsForRemovals { removed.append(Removal(rule: rule, text: block.textContent)) }
                block.detach()
                detached.append(block)
            }
        }

        // 4. Visible metadata: beside the headline, then marked up anywhere outside the comments.
        let visible = VisibleMetadata(body: root, content: attempt.content, documentTitle: declarations.documentTitle,
                                      declaredTitle: declarations.meta["og:title"] ?? declarations.meta["twitter:title"],
                                      now: options.now)
        let publisherWords = MetadataResolver.publisherWords(declarations: declarations, options: options)
        let markup = MetadataMarkup(root: root, excluded: attempt.comments, content: attempt.content, now: options.now,
                                    publisherWords: publisherWords)

        // 5. Metadata.
        let paragraphs = attempt.blocks.compactMap { draft -> String? in
            if case let .paragraph(text, _) = draft.block { return text }
            return nil
        }
        let draftTexts = attempt.blocks.compactMap(\.block.plainText)
        let draftVocabulary = ArticleVocabulary(texts: draftTexts)
        let bodyText = draftTexts.joined(separator: "\n")
        let metadata = MetadataResolver(declarations: declarations, visible: visible, markup: markup, options: options,
                                        publisherWords: publisherWords, openingParagraphs: Array(paragraphs.prefix(2)),
                                        lastParagraphs: paragraphs.suffix(3), bodyText: bodyText,
                                        vocabulary: draftVocabulary).resolve()
        removed += metadata.titleSpam.map { Removal(rule: .titleSpam, text: $0) }

        // 6. The lead set apart above the content, captions and repeated lines.
        var drafts = attempt.blocks
        if let headline = visible.headlineElement,
           let lead = ArticleLead.text(after: headline, in: root, content: attempt.content, bodyText: bodyText) {
            drafts.insert(DraftBlock(block: .paragraph(lead, links: [])), at: 0)
        }
        var blocks = Captions.attach(drafts)
        blocks = ArticleExtractor.removingRepeats(from: blocks, title: metadata.title,
                                                  infoLines: visible.usedLines + [visible.headlineLine].compactMap { $0 })

        // 7. Keyword stuffing and closing lines, then an account of what stayed outside the article.
        let vocabulary = draftVocabulary.replacing(draftTexts, with: blocks.compactMap(\.plainText))
        let spamFree = SpamFilter.filter(blocks, vocabulary: vocabulary)
        removed += spamFree.removals
        let closed = options.focus == .recall ? (blocks: spamFree.blocks, removals: []) : ClosingLines.removing(from: spamFree.blocks)
        blocks = closed.blocks
        removed += closed.removals
        let metadataLines = Set(visible.usedLines + [visible.headline, visible.headlineLine].compactMap { $0 })
        if options.accountsForRemovals {
            removed += OutsideArticle.removals(body: root, content: attempt.content, vocabulary: vocabulary, metadataLines: metadataLines)
        }
        let characters = blocks.reduce(0) { $0 + TextMeasure($1.plainText ?? "").characters }
        guard characters > 0 else { throw .noArticle(characters: characters) }
        return Article(title: metadata.title, date: metadata.date, dateModified: metadata.dateModified, source: metadata.source,
                       author: AuthorNames.joined(metadata.authors), authors: metadata.authors,
                       editor: metadata.editor, language: metadata.language, url: metadata.url,
                       encoding: document.encoding, body: blocks, removed: options.accountsForRemovals ? removed : [])
    }

    /// Drops the headline when the body repeats it at the top, the info lines the metadata came
    /// from, and other date lines there ("Posted: Fri 6:45 PM, Feb 16, 2018 |", "Updated: …").
    static func removingRepeats(from blocks: [Block], title: String?, infoLines: [String]) -> [Block] {
        var result = blocks
        let lines = Set(infoLines)
        var index = 0
        // Only the top of the body: the same words further down are the article's own. The icons
        // between the pieces of an info line (`Matthew Davis | 🕑 11 Jan 2019`) do not count.
        var examined = 0
        while index < result.count, examined < 6 {
            let text: String?
            var isParagraph = false
            switch result[index] {
            case .image: index += 1; continue
            // The info line set as a list of its parts (`<ul class="meta"><li>6 de mayo de 2022 05:30</li></ul>`).
            case let .list(_, items) where !items.isEmpty && items.allSatisfy({ InfoLine.isDateLine($0.text) }):
                result.remove(at: index)
                examined += 1
                continue
            case let .heading(_, heading): text = heading
            case let .paragraph(paragraph, _): (text, isParagraph) = (paragraph, true)
            default: text = nil
            }
            examined += 1
            // A heading that opens with "Von" is a title ("Von Risiken und Nebenwirkungen"), not a byline.
            if let text, text == title || lines.contains(text) || InfoLine.isDateLine(text) || isParagraph && InfoLine.isByline(text) {
                result.remove(at: index)
            } else {
                index += 1
            }
        }
        return result
    }
}
