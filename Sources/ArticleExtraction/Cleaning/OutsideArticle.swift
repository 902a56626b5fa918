// Names what was left outside the article, so that `--explain` accounts for every block.
import HTMLParser

/// The blocks beside the article's content: the siblings of the content and of each of its
/// ancestors up to the body. Each is named by what it is: a link farm, keyword stuffing, or
/// simply page furniture outside the article (navigation, sidebars, footers).
enum OutsideArticle {
    /// Removal entries for the blocks outside the content, from the body's children inward.
    ///
    /// - Parameters:
    ///   - body: the page body.
    ///   - content: the elements the article came from.
    ///   - vocabulary: the article's words, to tell keyword stuffing from other text.
    ///   - metadataLines: texts that became metadata (the headline, info lines): not removals.
    static func removals(body: HTMLNode, content: [HTMLNode], vocabulary: ArticleVocabulary, metadataLines: Set<String>) -> [Removal] {
        guard let first = content.first else { return [] }
        let inContent = Set(content)
        var path: [HTMLNode] = []
        var current: HTMLNode? = first
        while let node = current, node != body {
            path.append(node)
            current = node.parent
        }
        var removals: [Removal] = []
        let onPath = Set(path)
        for level in path.reversed() {
            guard let parent = level.parent else { continue }
            for sibling in parent.childElements where !onPath.contains(sibling) && !inContent.contains(sibling) {
                let text = TextNormalizer.collapse(sibling.textContent)
                guard !text.isEmpty, !metadataLines.contains(text) else { continue }
                removals.append(Removal(rule: rule(for: sibling, text: text, vocabulary: vocabulary), text: text))
            }
        }
        return removals
    }

    private static func rule(for node: HTMLNode, text: String, vocabulary: ArticleVocabulary) -> RemovalRule {
        let links = LinkDensity(of: node)
        if links.links >= Thresholds.minimumFarmLinks, links.density > Thresholds.maximumBlockLinkDensity { return .linkFarm }
        if links.links == 0, KeywordStuffing.isStuffing(text, in: vocabulary) { return .keywordStuffing }
        return .outsideArticle
    }
}
