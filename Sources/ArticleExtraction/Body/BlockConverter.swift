// Turns the article's container into blocks in reading order, leaving boilerplate behind.
import Foundation
import HTMLParser

/// Walks the chosen content once, iteratively, and emits paragraphs, headings, lists, quotes,
/// tables, code and images in reading order. Blocks inside the content that read as boilerplate
/// (link lists, share bars, "related" boxes) are skipped as the walk meets them.
struct BlockConverter {
    let statistics: TextStatistics
    let excluded: Set<HTMLNode>
    /// Whether blocks inside the content are judged and dropped (a rule the cascade relaxes).
    let cleansConditionally: Bool
    let focus: ExtractionFocus
    let baseURL: URL?
    /// Whether paragraphs and list items keep their links.
    var keepsLinks = false
    /// Whether the blocks left out are accounted for (``ExtractionOptions/accountsForRemovals``).
    var accountsForRemovals = true

    /// Stands in for `<br>` in collected text until whitespace is collapsed.
    private static let lineBreak: Unicode.Scalar = "\u{E000}"

    private enum Step {
        case enter(HTMLNode)
        case exit(HTMLNode)
        /// The end of a kept link's words.
        case linkEnd
    }

    /// The blocks of the content elements, in order, and the boilerplate blocks left out.
    func blocks(from content: [HTMLNode]) -> (drafts: [DraftBlock], removals: [Removal]) {
        var output: [DraftBlock] = []
        var removals: [Removal] = []
        // A String, not a UnicodeScalarView: appending a sequence to the view copies it whole each
        // time, which made a page of 200,000 links take 20 s.
        var pending = ""
        // The addresses of the links marked in `pending`, in order.
        var pendingAddresses: [String] = []
        var steps: [Step] = content.reversed().map { .enter($0) }
        let roots = Set(content)
        func account(_ rule: RemovalRule, _ text: @autoclosure () -> String) {
            if accountsForRemovals { removals.append(Removal(rule: rule, text: text())) }
        }

        // Whether the text came from a caption's box is asked only when there is text: most exits have none.
        func flush(markedCaption: @autoclosure () -> Bool = false) {
            guard !pending.isEmpty else { return }
            let markedCaption = markedCaption()
            var addresses = pendingAddresses[...]
            for marked in BlockConverter.paragraphs(in: pending) {
                let (paragraph, links) = LinkMarks.strip(marked, addresses: &addresses)
                if paragraph.isEmpty { continue }
                // A related-stories title on a line of its own introduces no text of the article,
                // even where the links under it went as a link farm; the page's other lines and a
                // shouted appeal are none either.
                if focus != .recall, InterfaceLabels.isPageLine(paragraph) || ClosingLines.isShoutedAppeal(paragraph) {
                    account(.boilerplate, paragraph)
                    continue
                }
                output.append(DraftBlock(block: .paragraph(paragraph, links: links), isMarkedCaption: markedCaption))
            }
            pending.removeAll(keepingCapacity: true)
            pendingAddresses.removeAll(keepingCapacity: true)
        }

        /// Leaves out a box's title and the siblings after it that `belongs` says are the box's.
        func dropBox(titledBy title: HTMLNode, while belongs: (HTMLNode) -> Bool) {
            var text = accountsForRemovals ? title.textContent : ""
            while case let .enter(sibling)? = steps.last, sibling.parent == title.parent, belongs(sibling) {
                if accountsForRemovals { text += " " + sibling.textContent }
                steps.removeLast()
            }
            account(.boilerplate, text)
        }

        while let step = steps.popLast() {
            switch step {
            case let .exit(node):
                flush(markedCaption: BlockConverter.isCaptionBox(node))
            case .linkEnd:
                pending.unicodeScalars.append(LinkMarks.end)
            case let .enter(node):
                if node.isText {
                    _ = node.withTextBytes { bytes in pending.append(String(decoding: bytes, as: UTF8.self)) }
                    continue
                }
                guard node.isElement, !excluded.contains(node) else { continue }
                let name = node.name
                if name == "br" {
                    pending.unicodeScalars.append(BlockConverter.lineBreak)
                    continue
                }
                if name == "img" {
                    flush()
                    if let image = ImageSource.image(from: node, baseURL: baseURL) {
                        output.append(DraftBlock(block: .image(image)))
                    }
                    continue
                }
                if HTMLVocabulary.isInline(node) {
                    if name != "a", focus != .recall, cleansConditionally, BlockConverter.isTagList(node, statistics: statistics) {
                        account(.boilerplate, node.textContent)
                        continue
                    }
                    if keepsLinks, name == "a", let address = LinkMarks.address(of: node, baseURL: baseURL) {
                        pending.unicodeScalars.append(LinkMarks.start)
                        pendingAddresses.append(address)
                        steps.append(.linkEnd)
                    }
                    steps.append(contentsOf: node.children.reversed().map { .enter($0) })
                    continue
                }
                if !roots.contains(node), focus != .recall, cleansConditionally, titlesRelatedLinks(node, name: name) {
                    // "Schon gelesen?" over links to other stories: the title and the links that follow it go.
                    dropBox(titledBy: node) { !$0.isElement || statistics[$0].linkDensity >= Thresholds.maximumBlockLinkDensity }
                    continue
                }
                if !roots.contains(node), !BlockConverter.isIntroduced(by: output.last), let rule = boilerplateRule(for: node) {
                    account(rule, node.textContent)
                    // A gallery's pictures are the article's, with their captions; its counters and controls are
                    // not. A picture that links elsewhere is another story's, in a carousel of teasers.
                    if BoilerplatePatterns.matches(BoilerplatePatterns.signature(of: node), BoilerplatePatterns.pictureBoxWords) {
                        output += node.descendants(named: "figure").filter { $0.descendants(named: "a").isEmpty }.flatMap(figureBlocks)
                            .filter { if case .image = $0.block { true } else { false } }
                    }
                    continue
                }
                flush()
                if let level = HTMLVocabulary.headingLevel(name) {
                    if !roots.contains(node), focus != .recall, cleansConditionally, BlockConverter.introducesBoilerplate(node) {
                        // The heading of a "related posts" box: it and what follows it in its parent go.
                        dropBox(titledBy: node) { _ in true }
                        continue
                    }
                    let text = TextNormalizer.collapse(node.textContent)
                    if focus != .recall, InterfaceLabels.isLabel(text) || InterfaceLabels.isRelatedTitle(text)
                        || InterfaceLabels.isCrossReference(text) {
                        account(.boilerplate, text)
                    } else if !text.isEmpty {
                        output.append(DraftBlock(block: .heading(level: level, text: text)))
                    }
                    continue
                }
                switch name {
                case "ul", "ol":
                    let items = listItems(of: node)
                    if !items.isEmpty { output.append(DraftBlock(block: .list(ordered: name == "ol", items: items))) }
                case "blockquote":
                    let text = quoteText(of: node)
                    // Some templates set the pointer to another story as a quote.
                    if focus != .recall, InterfaceLabels.isCrossReference(text) {
                        account(.boilerplate, text)
                    } else if !text.isEmpty {
                        output.append(DraftBlock(block: .quote(text)))
                    }
                case "pre":
                    let text = node.textContent.trimming(.newlines)
                    if !text.isEmpty { output.append(DraftBlock(block: .code(text))) }
                case "figure":
                    output.append(contentsOf: figureBlocks(of: node))
                case "hr":
                    break
                case "table" where TableReader.isDataTable(node):
                    let table = TableReader.read(node)
                    if !table.rows.isEmpty { output.append(DraftBlock(block: .table(rows: table.rows, hasHeader: table.hasHeader))) }
                default:
                    steps.append(.exit(node))
                    steps.append(contentsOf: node.children.reversed().map { .enter($0) })
                }
            }
        }
        flush()
        return (output, removals)
    }

    /// Containers inside the content whose worth is judged before they are converted.
    private static let judgedContainers: TagSet = ["div", "section", "ul", "ol", "table", "aside", "form", "header", "footer", "dl", "center", "article"]

    /// Whether an element holds a caption: a `figcaption`, or named so itself or by its parent
    /// (`<div class="legend"><div class="content">…</div></div>`).
    static func isCaptionBox(_ node: HTMLNode) -> Bool {
        if node.isElement(named: "figcaption") || BoilerplatePatterns.matches(BoilerplatePatterns.signature(of: node), captionWords) { return true }
        guard let parent = node.parent, parent.isElement else { return false }
        return BoilerplatePatterns.matches(BoilerplatePatterns.signature(of: parent), captionWords)
    }

    /// Class and id words of elements that hold a caption or credit line.
    static let captionWords: SignatureWords = ["caption", "credit", "pic-info", "picinfo", "img-desc", "photo-desc", "legend", "figcaption", "wp-caption"]

    // MARK: - Boilerplate inside the content

    /// Why a block inside the article is boilerplate rather than article, or `nil` when it is article
    /// (idea from Readability.js `_cleanConditionally`).
    ///
    ///     <div class="share-bar"><a>Facebook</a> <a>Twitter</a></div>    → boilerplate (class word)
    ///     <ul><li><a href="/a">Other story</a></li>…</ul>                  → link-farm (link density)
    ///     <p>Read more: <a href="/b">Another headline</a></p>              → link-farm (a link line)
    func boilerplateRule(for node: HTMLNode) -> RemovalRule? {
        guard cleansConditionally else { return nil }
        let stats = statistics[node]
        let density = stats.linkDensity
        let name = node.name
        if name == "p" {
            guard focus != .recall else { return nil }
            // A paragraph named for the post's filing or the byline (`<p class="postmetadata">`). One
            // named "read more" is the text a script folds away behind that button, not the link.
            if BoilerplatePatterns.namesInArticleBoilerplate(node),
               !BoilerplatePatterns.matches(BoilerplatePatterns.signature(of: node), BoilerplatePatterns.foldedTextWords) { return .boilerplate }
            guard density > 0 else { return nil }
            let isLinkLine = density >= Thresholds.linkParagraphDensity && stats.text.characters <= Thresholds.linkParagraphMaximumCharacters
            return isLinkLine || LinkLines(of: node).isLinkList ? .linkFarm : nil
        }
        guard node.isElement(in: BlockConverter.judgedContainers), !BlockConverter.wrapsQuote(node) else { return nil }
        if focus != .recall, BoilerplatePatterns.namesInArticleBoilerplate(node) { return .boilerplate }
        // A teaser inside the article links to another story; one without a link is the article's own lead.
        if focus != .recall, density > 0,
           BoilerplatePatterns.matches(BoilerplatePatterns.signature(of: node), BoilerplatePatterns.teaserWords) { return .boilerplate }
        if stats.text.commas >= Thresholds.proseCommaCount && density < Thresholds.maximumBlockLinkDensity { return nil }
        let maximumDensity: Double
        switch focus {
        case .balanced: maximumDensity = Thresholds.maximumBlockLinkDensity
        case .precision: maximumDensity = Thresholds.maximumBlockLinkDensity * 0.66
        case .recall: maximumDensity = 0.75
        }
        if density > maximumDensity { return .linkFarm }
        if BoilerplatePatterns.classWeight(of: node) < 0 && density > Thresholds.maximumNegativeBlockLinkDensity { return .linkFarm }
        return nil
    }

    /// Whether an inline run is the post's tag list: mostly links, two or more of them marked
    /// `rel="tag"` (`<strong>Tags<br><a rel="tag">…</a>, <a rel="tag">…</a></strong>`).
    static func isTagList(_ node: HTMLNode, statistics: TextStatistics) -> Bool {
        guard statistics[node].linkDensity >= Thresholds.tagListLinkDensity else { return false }
        var tags = 0
        for anchor in node.descendants(named: "a") {
            if anchor.hasAttributeWord("rel", "tag") { tags += 1 }
            if tags >= 2 { return true }
        }
        return false
    }

    /// Whether a heading or a short paragraph is only the title of a list of other stories
    /// ("Ähnliche Beiträge", "You may also like", "相关阅读").
    private func titlesRelatedLinks(_ node: HTMLNode, name: String) -> Bool {
        guard name == "p" || HTMLVocabulary.headingLevel(name) != nil,
              statistics[node].text.characters <= Thresholds.maximumLabelCharacters * 2,
              !BlockConverter.introducesBoilerplate(node) else { return false }
        return InterfaceLabels.isRelatedTitle(TextNormalizer.collapse(node.textContent))
    }

    /// Class and id words of the title of a box of other stories or of comments.
    static let boxTitleWords: SignatureWords = ["related", "recommend", "more-stories", "comment", "outbrain", "taboola"]

    /// Whether a heading's class or id names the title of a "related posts" or comments box set
    /// inside the article, above the box's items. The words that rescue a container (`post`,
    /// `article`) do not rescue a heading, which holds no article: `relatedpoststitle` is a box title.
    ///
    ///     <h3 class="relatedpoststitle">You may also like…</h3><article class="post-7816">…</article>
    static func introducesBoilerplate(_ heading: HTMLNode) -> Bool {
        BoilerplatePatterns.matches(BoilerplatePatterns.signature(of: heading), boxTitleWords)
    }

    /// Whether the element only wraps a block quote: an embedded post the article quotes
    /// (`<div class="social-media-embed"><blockquote class="twitter-tweet">…</blockquote></div>`).
    /// Its class names a social network and its links are the post's, but it is the article's quote.
    static func wrapsQuote(_ node: HTMLNode) -> Bool {
        var quote: HTMLNode?
        for child in node.children {
            if child.isElement {
                guard quote == nil, child.isElement(named: "blockquote") else { return false }
                quote = child
            } else if child.isText, (child.withTextBytes { TextMeasure(bytes: $0).characters } ?? 0) > 0 {
                return false
            }
        }
        return quote != nil
    }

    /// Whether the article's previous paragraph announces what follows ("Sources:", "閱讀全文："):
    /// an announced list of links is the article's own, not a "related" box.
    static func isIntroduced(by previous: DraftBlock?) -> Bool {
        guard case let .paragraph(text, _)? = previous?.block, let last = text.last else { return false }
        return last == ":" || last == "："
    }

    // MARK: - Element kinds

    /// The items of a list and of the lists nested in them, in reading order, each at its depth.
    /// The walk keeps its own stack: lists nest as deep as the page makes them.
    private func listItems(of list: HTMLNode) -> [ListItem] {
        var items: [ListItem] = []
        var pending: [(item: HTMLNode, level: Int, ordered: Bool?)] = list.childElements.reversed().map { ($0, 0, nil) }
        while let (item, level, ordered) = pending.popLast() {
            guard !excluded.contains(item) else { continue }
            var text = ""
            var addresses: [String] = []
            var nested: [HTMLNode] = []
            var current = item.firstChild
            while let node = current {
                if node.isElement(named: "ul") || node.isElement(named: "ol") {
                    if !excluded.contains(node) { nested.append(node) }
                    current = node.next(within: item, skippingChildren: true)
                    continue
                }
                if keepsLinks, node.isElement(named: "a"), let address = LinkMarks.address(of: node, baseURL: baseURL) {
                    text.unicodeScalars.append(LinkMarks.start)
                    text += node.textContent
                    text.unicodeScalars.append(LinkMarks.end)
                    addresses.append(address)
                    current = node.next(within: item, skippingChildren: true)
                    continue
                }
                if node.isText { _ = node.withTextBytes { text.append(String(decoding: $0, as: UTF8.self)) } }
                current = node.next(within: item)
            }
            var queue = addresses[...]
            let (collapsed, links) = LinkMarks.strip(TextNormalizer.collapse(text), addresses: &queue)
            // A page tool listed among the items (`Permalien https://p.dw.com/p/RPYx`, `Drucken`) is no item.
            let isTool = focus != .recall && InterfaceLabels.isLabel(collapsed)
            if !collapsed.isEmpty, !isTool { items.append(ListItem(collapsed, level: level, ordered: ordered, links: links)) }
            for sublist in nested.reversed() {
                let isOrdered = sublist.isElement(named: "ol")
                pending.append(contentsOf: sublist.childElements.reversed().map { ($0, level + 1, isOrdered) })
            }
        }
        return items
    }

    private func quoteText(of quote: HTMLNode) -> String {
        let paragraphs = quote.descendants(named: "p").map { TextNormalizer.collapse($0.textContent) }.filter { !$0.isEmpty }
        if paragraphs.isEmpty { return TextNormalizer.collapse(quote.textContent) }
        return paragraphs.joined(separator: "\n\n")
    }

    private func figureBlocks(of figure: HTMLNode) -> [DraftBlock] {
        let caption = figure.descendants(named: "figcaption").first.map { TextNormalizer.collapse($0.textContent) }
        var images = figure.descendants(named: "img").compactMap { ImageSource.image(from: $0, baseURL: baseURL) }
        if images.isEmpty {
            // A figure without a picture (an embedded quote or chart text): keep its words, unless
            // they are only the caption of a picture that did not come along (lazy-loaded by a script).
            let text = TextNormalizer.collapse(figure.textContent)
            if let caption, caption == text, focus != .recall { return [] }
            return text.isEmpty ? [] : [DraftBlock(block: .paragraph(text))]
        }
        if let caption, !caption.isEmpty { images[images.count - 1].caption = caption }
        return images.map { DraftBlock(block: .image($0)) }
    }

    /// Splits collected inline text into paragraphs at double line breaks, keeping single ones.
    private static func paragraphs(in text: String) -> [String] {
        var paragraphs: [String] = []
        var lines: [String] = []
        // Link marks on a line without words: the line breaks the paragraph as an empty one does,
        // and the marks move on to the next words.
        var carried = ""
        for line in ByteSearch.pieces(of: text, separatedBy: String(lineBreak)) {
            let collapsed = TextNormalizer.collapse(String(line))
            if LinkMarks.hasNoWords(collapsed) {
                carried += collapsed
                if !lines.isEmpty { paragraphs.append(lines.joined(separator: "\n")); lines.removeAll() }
            } else {
                lines.append(carried + collapsed)
                carried = ""
            }
        }
        if !lines.isEmpty { paragraphs.append(lines.joined(separator: "\n")) }
        if !carried.isEmpty, !paragraphs.isEmpty { paragraphs[paragraphs.count - 1] += carried }
        return paragraphs
    }
}
