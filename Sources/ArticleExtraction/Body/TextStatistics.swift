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
    private var table: NodeTable<NodeStatistics>

    /// Counts the subtree of `root`, leaving out the subtrees of `excluded` elements.
    ///
    /// One walk in document order, with the elements it is inside kept open on a stack: an element
    /// is settled when the walk leaves it, its sum added to the element around it. Elements with
    /// nothing under them get no entry: the subscript reads a missing one as zero.
    init(root: HTMLNode, excluded: Set<HTMLNode>) {
        var table = NodeTable<NodeStatistics>(minimumCapacity: 512)
        var open = [OpenElement(element: root)]
        // A loop stepping one handle along, not a closure: the stack and the table are written at
        // every node, and a closure's captured writes are checked for exclusive access at run time.
        if var node = root.firstChild {
            while true {
                // The innermost open element is the node's parent: the walk has left the others.
                while open.count > 1, !node.isChild(of: open[open.count - 1].element) {
                    TextStatistics.close(&open, into: &table)
                }
                var descends = false
                if node.isText {
                    let text = node.withTextBytes { TextMeasure(bytes: $0) } ?? TextMeasure()
                    if text.characters > 0 {
                        open[open.count - 1].statistics.text += text
                        open[open.count - 1].isCounted = true
                    }
                } else if node.isElement, excluded.isEmpty || !excluded.contains(node) {
                    open.append(OpenElement(element: node))
                    descends = true
                }
                guard node.advance(within: root, skippingChildren: !descends) else { break }
            }
        }
        while open.count > 1 { TextStatistics.close(&open, into: &table) }
        if open[0].isCounted { table.updateValue(open[0].statistics, for: root) }
        self.table = table
    }

    /// An element the walk is inside, with what has been counted under it so far.
    private struct OpenElement {
        let element: HTMLNode
        var statistics = NodeStatistics()
        /// Whether anything under it was counted, zero-length links and images included.
        var isCounted = false
    }

    /// Settles the innermost open element: links count their text as link text, images count
    /// themselves; the sum goes into the table and into the element around it.
    private static func close(_ open: inout [OpenElement], into table: inout NodeTable<NodeStatistics>) {
        var closed = open.removeLast()
        let isLink = closed.element.isElement(named: "a"), isImage = closed.element.isElement(named: "img")
        if isLink { closed.statistics.linkCharacters = closed.statistics.text.characters }
        if isImage { closed.statistics.images += 1 }
        guard isLink || isImage || closed.isCounted else { return }
        table.updateValue(closed.statistics, for: closed.element)
        open[open.count - 1].statistics.add(closed.statistics)
        open[open.count - 1].isCounted = true
    }

    /// The statistics of an element (zero for one outside the counted subtree).
    subscript(node: HTMLNode) -> NodeStatistics { table[node] ?? NodeStatistics() }
}
