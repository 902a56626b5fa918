// Removes what no reader of the page sees: code, styling, controls, hidden and injected elements.
import HTMLParser

/// The first cleaning stage, shared by every extraction attempt.
enum DocumentCleaner {
    /// Elements that never hold article text.
    static let nonContentTags: TagSet = [
        "script", "style", "template", "iframe", "object", "embed", "svg", "canvas", "map", "audio",
        "video", "source", "track", "button", "input", "select", "textarea", "option", "optgroup", "link", "meta",
        "head", "dialog", "applet", "frame", "frameset", "math",
        // Ruby annotations: the pronunciation printed above Japanese or Chinese text would otherwise be read inline.
        "rt", "rp",
    ]

    /// Elements that stand for content even when they hold no text.
    static let mediaTags: TagSet = ["img", "picture", "br", "hr", "td", "th", "tr", "figure"]

    /// What the cleaning took out, and the hidden blocks it left in place.
    struct Result {
        var removals: [Removal]
        /// Long prose a stylesheet or a utility class hides, or a `<noscript>` holds, with the rule:
        /// left in the tree for the body stage, which reads it only when the page has no other
        /// article. Scripts show such blocks (tabs, "read more" panels), and some blogs print the
        /// post only in `<noscript>` for readers without scripts; injected spam is links and
        /// keywords, not prose.
        var hiddenProse: [(block: HTMLNode, rule: RemovalRule)]
    }

    /// Removes non-content and invisible elements, markup written out as text, then elements
    /// left without text or media.
    ///
    ///     <li><bdo id="0wauq"></bdo></li>    → removed (injected empty tag, then the empty item)
    ///     <div style="display:none">…</div> → removed
    ///
    /// - Parameters:
    ///   - root: usually the `<body>`; the walk is iterative.
    ///   - styleSheet: the hiding rules of the page's `<style>` blocks.
    ///   - accounting: whether to report what was removed (``ExtractionOptions/accountsForRemovals``).
    /// - Returns: what was removed that a reader could have mistaken for content, and hidden prose left in place.
    static func removeInvisible(under root: HTMLNode, styleSheet: HidingStyleSheet, accounting: Bool = true) -> Result {
        var removals: [Removal] = []
        var hiddenProse: [(block: HTMLNode, rule: RemovalRule)] = []
        guard var node = root.firstChild else { return Result(removals: [], hiddenProse: []) }
        var walking = true
        while walking {
            switch node.kind {
            case .element:
                let isNoscript = node.isElement(named: "noscript")
                var rule: RemovalRule?
                var remove = node.isElement(in: nonContentTags) || isControlForm(node) || isNavigation(node)
                if !remove, Visibility.isInvisibleElement(node) {
                    rule = .invisibleElement
                } else if !remove {
                    rule = Visibility.hidingRule(of: node, styleSheet: styleSheet)
                }
                // Hidden blocks inside hidden prose are removed as usual, as the panel a script shows keeps
                // them hidden; not a `<noscript>`, which may be the only copy of what the script would show.
                if let rule, rule == .hiddenByStylesheet || rule == .hiddenClass || isNoscript,
                   isNoscript || hiddenProse.last.map({ !$0.block.contains(node) }) ?? true, isProse(node) {
                    hiddenProse.append((node, rule))
                } else if let rule {
                    remove = true
                    if accounting {
                        let text = node.textContent
                        if TextMeasure(text).characters > 0 { removals.append(Removal(rule: rule, text: text)) }
                    }
                }
                if remove {
                    let removed = node
                    walking = node.advance(within: root, skippingChildren: true)
                    removed.detach()
                } else {
                    walking = node.advance(within: root)
                }
            case .comment, .other:
                let removed = node
                walking = node.advance(within: root, skippingChildren: true)
                removed.detach()
            case .text:
                let literal = node.withTextBytes { LiteralMarkup.isOnlyTags($0) } ?? false
                let textNode = node
                walking = node.advance(within: root)
                if literal {
                    if accounting { removals.append(Removal(rule: .literalTags, text: textNode.text)) }
                    textNode.detach()
                }
            }
        }
        removals += removeEmptyElements(under: root, accounting: accounting)
        return Result(removals: removals, hiddenProse: hiddenProse)
    }

    /// Whether a block reads as an article's prose, measured before the statistics exist.
    private static func isProse(_ node: HTMLNode) -> Bool {
        NodeStatistics.isProse(TextMeasure(node.textContent), linkDensity: LinkDensity(of: node).density)
    }

    /// A `<form>` with little text is a search box or a login; a form wrapping the whole page
    /// (as ASP.NET sites do) is kept.
    private static func isControlForm(_ node: HTMLNode) -> Bool {
        guard node.isElement(named: "form") else { return false }
        return TextMeasure(node.textContent).characters < 200
    }

    /// A `<nav>` is menus and links; one that holds long prose with few links has swallowed the
    /// page through a missing end tag, and is kept for the body stage to judge.
    private static func isNavigation(_ node: HTMLNode) -> Bool {
        guard node.isElement(named: "nav") else { return false }
        let links = LinkDensity(of: node)
        return links.density >= Thresholds.navigationLinkDensity
            || TextMeasure(node.textContent).characters < Thresholds.maximumNavigationCharacters
    }

    /// Removes elements whose subtree has no visible text and no media: injected random-id tags,
    /// spacer divs, and the list items or wrappers they leave empty.
    ///
    /// - Returns: one `injected-tags` removal for each removed subtree that carried ids.
    static func removeEmptyElements(under root: HTMLNode, accounting: Bool = true) -> [Removal] {
        // One walk in document order with the open elements on a stack, each judged as the walk
        // leaves it. An empty element waits on a second stack until its parent is judged: it goes
        // when the parent keeps content, and an empty parent takes it along. A loop, not a closure:
        // the stacks are written at every node.
        var open = [OpenElement(element: root, order: -1, isMedia: false, firstWaiting: 0)]
        var waiting: [EmptySubtree] = []
        var emptied: [EmptySubtree] = []
        var order = 0
        if var node = root.firstChild {
            while true {
                while open.count > 1, !node.isChild(of: open[open.count - 1].element) {
                    close(&open, waiting: &waiting, emptied: &emptied, accounting: accounting)
                }
                var descends = false
                switch node.kind {
                case .text:
                    if !open[open.count - 1].hasContent, node.withTextBytes(TextMeasure.hasCharacters) == true {
                        open[open.count - 1].hasContent = true
                    }
                case .element:
                    var element = OpenElement(element: node, order: order, isMedia: node.isElement(in: mediaTags), firstWaiting: waiting.count)
                    if accounting, node.hasAttribute("id") { element.tagged = (node, 1) }
                    open.append(element)
                    descends = true
                case .comment, .other:
                    break
                }
                order += 1
                guard node.advance(within: root, skippingChildren: !descends) else { break }
            }
        }
        while open.count > 1 { close(&open, waiting: &waiting, emptied: &emptied, accounting: accounting) }
        // The root is not judged: its empty children are the top of their subtrees.
        emptied += waiting
        emptied.sort { $0.order < $1.order }
        var removals: [Removal] = []
        for subtree in emptied {
            if let (first, count) = subtree.tagged {
                removals.append(Removal(rule: .injectedTags, sample: "<\(first.name) id=\"\(first.attribute("id") ?? "")\">",
                                        characters: count))
            }
            subtree.element.detach()
        }
        return removals
    }

    /// An element the emptiness walk is inside.
    private struct OpenElement {
        let element: HTMLNode
        /// The element's place in document order, by which the removals are made.
        let order: Int
        let isMedia: Bool
        /// Where its empty children begin on the waiting stack.
        let firstWaiting: Int
        /// Whether visible text or media lies under it, so far.
        var hasContent = false
        /// The first element with an id in its subtree, and how many there are (when accounting).
        var tagged: (first: HTMLNode, count: Int)?
    }

    /// A subtree without text or media.
    private struct EmptySubtree {
        let order: Int
        let element: HTMLNode
        let tagged: (first: HTMLNode, count: Int)?
    }

    /// Judges the innermost open element as the walk leaves it.
    private static func close(_ open: inout [OpenElement], waiting: inout [EmptySubtree], emptied: inout [EmptySubtree], accounting: Bool) {
        let closed = open.removeLast()
        let parent = open.count - 1
        if closed.hasContent || closed.isMedia {
            // Its empty children are the top of their subtrees; a media element without text
            // stays, but the empty elements inside it go.
            emptied += waiting[closed.firstWaiting...]
            open[parent].hasContent = true
        }
        waiting.removeSubrange(closed.firstWaiting...)
        if !closed.hasContent, !closed.isMedia {
            waiting.append(EmptySubtree(order: closed.order, element: closed.element, tagged: closed.tagged))
        }
        guard accounting, let (first, count) = closed.tagged else { return }
        // Children are left in document order: the parent's own id or its first child's comes first.
        open[parent].tagged = open[parent].tagged.map { ($0.first, $0.count + count) } ?? (first, count)
    }
}
