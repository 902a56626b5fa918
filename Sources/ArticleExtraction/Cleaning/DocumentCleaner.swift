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
                let name = node.name
                var rule: RemovalRule?
                var remove = node.isElement(in: nonContentTags) || isControlForm(node) || isNavigation(node)
                if !remove, Visibility.isInvisibleElement(name) {
                    rule = .invisibleElement
                } else if !remove {
                    rule = Visibility.hidingRule(of: node, styleSheet: styleSheet)
                }
                // Hidden blocks inside hidden prose are removed as usual, as the panel a script shows keeps
                // them hidden; not a `<noscript>`, which may be the only copy of what the script would show.
                if let rule, rule == .hiddenByStylesheet || rule == .hiddenClass || name == "noscript",
                   name == "noscript" || hiddenProse.last.map({ !$0.block.contains(node) }) ?? true, isProse(node) {
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
        guard node.name == "form" else { return false }
        return TextMeasure(node.textContent).characters < 200
    }

    /// A `<nav>` is menus and links; one that holds long prose with few links has swallowed the
    /// page through a missing end tag, and is kept for the body stage to judge.
    private static func isNavigation(_ node: HTMLNode) -> Bool {
        guard node.name == "nav" else { return false }
        let links = LinkDensity(of: node)
        return links.density >= Thresholds.navigationLinkDensity
            || TextMeasure(node.textContent).characters < Thresholds.maximumNavigationCharacters
    }

    /// Removes elements whose subtree has no visible text and no media: injected random-id tags,
    /// spacer divs, and the list items or wrappers they leave empty.
    ///
    /// - Returns: one `injected-tags` removal for each removed subtree that carried ids.
    static func removeEmptyElements(under root: HTMLNode, accounting: Bool = true) -> [Removal] {
        // The nodes in document order, each with its parent's position and the end of its
        // subtree, from one walk: positions stand in for sets of nodes, which cost a hash each.
        var nodes: [HTMLNode] = []
        var parents: [Int] = []
        var subtreeEnds: [Int] = []
        var ancestors: [Int] = []
        root.walk { node in
            while let top = ancestors.last, !node.isChild(of: nodes[top]) {
                subtreeEnds[top] = nodes.count
                ancestors.removeLast()
            }
            parents.append(ancestors.last ?? -1)
            subtreeEnds.append(nodes.count + 1)
            ancestors.append(nodes.count)
            nodes.append(node)
            return .descend
        }
        for top in ancestors { subtreeEnds[top] = nodes.count }
        // Reverse document order visits every descendant before its ancestor, so one pass settles
        // each element from its children's verdicts.
        var hasContent = [Bool](repeating: false, count: nodes.count)
        var isMedia = [Bool](repeating: false, count: nodes.count)
        for index in nodes.indices.reversed() {
            let node = nodes[index]
            switch node.kind {
            case .text:
                if parents[index] >= 0, node.withTextBytes(TextMeasure.hasCharacters) == true { hasContent[parents[index]] = true }
            case .element:
                isMedia[index] = node.isElement(in: mediaTags)
                if parents[index] >= 0, hasContent[index] || isMedia[index] { hasContent[parents[index]] = true }
            case .comment, .other:
                break
            }
        }
        // Then top-down: each empty element whose parent keeps content is the top of an empty subtree.
        var removals: [Removal] = []
        var index = 0
        while index < nodes.count {
            let node = nodes[index]
            guard node.isElement, !hasContent[index], !isMedia[index] else {
                index += 1
                continue
            }
            let tagged = accounting ? nodes[index..<subtreeEnds[index]].filter { $0.isElement && $0.hasAttribute("id") } : []
            index = subtreeEnds[index]
            if let first = tagged.first {
                removals.append(Removal(rule: .injectedTags, sample: "<\(first.name) id=\"\(first.attribute("id") ?? "")\">",
                                        characters: tagged.count))
            }
            node.detach()
        }
        return removals
    }
}
