// Text, link text and images under every element, counted in one pass.
import HTMLParser

/// What lies under one element.
struct NodeStatistics {
    var text = TextMeasure()
    /// Weighted characters inside `<a>` elements.
    var linkCharacters = 0
    var images = 0

    /// The share of the text that is link text (0 for an element without text).
    var linkDensity: Double {
        text.characters == 0 ? 0 : Double(linkCharacters) / Double(text.characters)
    }

    /// Counts what lies under a child too.
    mutating func add(_ child: NodeStatistics) {
        text += child.text
        linkCharacters += child.linkCharacters
        images += child.images
    }

    /// Whether the text reads as an article's prose: long, with commas, few links.
    var isProse: Bool { NodeStatistics.isProse(text, linkDensity: linkDensity) }

    /// The same test for a block measured on its own, outside the statistics' table.
    static func isProse(_ text: TextMeasure, linkDensity: Double) -> Bool {
        text.characters >= Thresholds.satisfyingArticleCharacters && text.commas >= Thresholds.proseCommaCount
            && linkDensity < Thresholds.maximumSiblingLinkDensity
    }
}

/// Per-element text statistics for a subtree, computed once so that scoring and pruning read
/// them in constant time instead of re-walking subtrees (which is quadratic on deep pages).
struct TextStatistics {
    private var table: [HTMLNode: NodeStatistics] = [:]

    /// Counts the subtree of `root`, leaving out the subtrees of `excluded` elements.
    init(root: HTMLNode, excluded: Set<HTMLNode>) {
        var order: [HTMLNode] = []
        root.walk { node in
            // Only elements are left out: text nodes, half of a page, are not looked up.
            if node.isElement, !excluded.isEmpty, excluded.contains(node) { return .skipChildren }
            order.append(node)
            return .descend
        }
        table.reserveCapacity(order.count / 2)
        // Reverse document order settles every child before its parent. Nodes with nothing under
        // them add nothing and get no entry: the subscript reads a missing one as zero.
        for node in order.reversed() {
            var statistics: NodeStatistics
            if node.isText {
                statistics = NodeStatistics()
                statistics.text = node.withTextBytes { TextMeasure(bytes: $0) } ?? TextMeasure()
                if statistics.text.characters == 0 { continue }
            } else if node.isElement {
                let isLink = node.isElement(named: "a"), isImage = node.isElement(named: "img")
                if isLink || isImage {
                    statistics = table[node] ?? NodeStatistics()
                    if isLink { statistics.linkCharacters = statistics.text.characters }
                    if isImage { statistics.images += 1 }
                    table[node] = statistics
                } else {
                    guard let own = table[node] else { continue }
                    statistics = own
                }
            } else {
                continue
            }
            guard let parent = node.parent else { continue }
            // Updated in place: one lookup of the parent, not a read and a write.
            table[parent, default: NodeStatistics()].add(statistics)
        }
    }

    /// The statistics of an element (zero for one outside the counted subtree).
    subscript(node: HTMLNode) -> NodeStatistics { table[node] ?? NodeStatistics() }
}
