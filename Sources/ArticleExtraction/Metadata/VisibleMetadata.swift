// The headline, info line and byline a reader sees above the article.
import HTMLParser

/// Metadata read from the visible page: the headline element and the lines around it.
struct VisibleMetadata {
    /// The text of the headline element nearest before the article.
    var headline: String?
    /// What the info lines and bylines near the headline state.
    var info = InfoLine()
    /// The author from a byline element (`class="byline"`, `rel="author"`, `itemprop="author"`).
    var bylineAuthor: String?
    /// The texts of the lines the metadata came from, so the body can drop them.
    var usedLines: [String] = []

    /// Class and id words of elements that hold a byline.
    private static let bylineWords = ["byline", "author", "writer", "reporter", "dateline"]

    /// Reads the visible metadata of a cleaned page whose article content has been chosen.
    init(body: HTMLNode, content: [HTMLNode]) {
        let headlineNode = VisibleMetadata.headlineNode(in: body, content: content)
        headline = headlineNode.map { TextNormalizer.collapse($0.textContent) }.flatMap { $0.isEmpty ? nil : $0 }
        // Info lines sit just after the headline; without one, at the top of the content.
        if let start = headlineNode ?? content.first {
            var current = start.next(within: body, skippingChildren: headlineNode != nil)
            var seen = 0
            var proseBlocks = 0
            while let node = current, seen < Thresholds.infoLineSearchElements, info.date == nil || info.source == nil || info.author == nil {
                guard node.isElement else { current = node.next(within: body); continue }
                // Only blocks count toward the window, so inline markup and injected tags cannot move it.
                if !HTMLVocabulary.isInline(node.name) { seen += 1 }
                // Measure before tidying: the containers on the way hold whole pages of text. The
                // count stops past the limit, so a page of 300,000 nested unclosed tags is not read
                // whole once per element.
                let characters = VisibleMetadata.characters(of: node, stoppingAbove: Thresholds.maximumInfoLineCharacters)
                if characters == 0 || characters > Thresholds.maximumInfoLineCharacters {
                    // Long prose means the article itself has begun; an info line comes before it.
                    if !HTMLVocabulary.isInline(node.name), directText(of: node) > Thresholds.maximumInfoLineCharacters {
                        proseBlocks += 1
                        if proseBlocks >= 2 { break }
                    }
                    current = node.next(within: body)
                    continue
                }
                let text = TextNormalizer.collapse(node.textContent)
                let line = InfoLine(text)
                if !line.isEmpty {
                    if info.date == nil, let date = line.date { info.date = date; usedLines.append(text) }
                    if info.source == nil, let source = line.source { info.source = source; usedLines.append(text) }
                    if info.author == nil, let author = line.author { info.author = author; usedLines.append(text) }
                }
                if bylineAuthor == nil, VisibleMetadata.isByline(node) {
                    bylineAuthor = VisibleMetadata.cleanedByline(text)
                    if bylineAuthor != nil { usedLines.append(text) }
                }
                current = node.next(within: body, skippingChildren: true)
            }
        }
    }

    /// The measured characters of a node's text, counted only until they pass `limit` (or until
    /// ``Thresholds/infoLineMaximumNodes`` nodes were read, which no info line has).
    static func characters(of node: HTMLNode, stoppingAbove limit: Int) -> Int {
        var characters = 0
        var visited = 0
        var current = node.firstChild
        while let inner = current {
            if let measure = inner.withTextBytes({ TextMeasure(bytes: $0) }) {
                characters += measure.characters
                if characters > limit { return characters }
            }
            visited += 1
            if visited > Thresholds.infoLineMaximumNodes { return limit + 1 }
            current = inner.next(within: node)
        }
        return characters
    }

    /// The `<h1>` closest before the content, else the first inside it, else the only one on the page.
    static func headlineNode(in body: HTMLNode, content: [HTMLNode]) -> HTMLNode? {
        let first = content.first
        var lastBefore: HTMLNode?
        var firstInside: HTMLNode?
        var all: [HTMLNode] = []
        var reachedContent = false
        var current = body.firstChild
        while let node = current {
            if let first, node == first { reachedContent = true }
            if node.isElement(named: "h1"), !TextNormalizer.collapse(node.textContent).isEmpty {
                all.append(node)
                if !reachedContent { lastBefore = node } else if firstInside == nil, content.contains(where: { $0.contains(node) }) {
                    firstInside = node
                }
            }
            current = node.next(within: body)
        }
        return lastBefore ?? firstInside ?? (all.count == 1 ? all[0] : nil)
    }

    /// Weighted characters of the element's own text nodes.
    private func directText(of node: HTMLNode) -> Int {
        node.children.reduce(0) { $0 + ($1.withTextBytes { TextMeasure(bytes: $0).characters } ?? 0) }
    }

    private static func isByline(_ node: HTMLNode) -> Bool {
        if node.attribute("rel")?.lowercased() == "author" { return true }
        if let itemprop = node.attribute("itemprop"), ByteSearch.contains(itemprop.lowercased(), "author") { return true }
        return BoilerplatePatterns.matches(BoilerplatePatterns.signature(of: node), bylineWords)
    }

    /// A byline's names without the "By" and without a trailing date.
    static func cleanedByline(_ text: String) -> String? {
        if let labelled = InfoLine.value(after: InfoLine.authorLabels, in: text) { return labelled }
        let words = text.split(separator: " ")
        guard !words.isEmpty, words.count <= 6, text.count <= 60, DateParser.firstDate(in: text) == nil else { return nil }
        return text
    }
}
