// Removes what no reader of the page sees: code, styling, controls, hidden and injected empty elements.
import HTMLParser

/// The first cleaning stage, shared by every extraction attempt.
enum DocumentCleaner {
    /// Elements that never hold article text.
    static let nonContentTags: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "map", "audio",
        "video", "source", "track", "button", "input", "select", "textarea", "option", "optgroup", "link", "meta",
        "head", "nav", "dialog", "marquee", "applet", "frame", "frameset", "math",
        // Ruby annotations: the pronunciation printed above Japanese or Chinese text would otherwise be read inline.
        "rt", "rp",
    ]

    /// Elements that stand for content even when they hold no text.
    static let mediaTags: Set<String> = ["img", "picture", "br", "hr", "td", "th", "tr", "figure"]

    /// Removes non-content and invisible elements, then elements left without text or media.
    ///
    ///     <li><bdo id="0wauq"></bdo></li>    → removed (injected empty tag, then the empty item)
    ///     <div style="display:none">…</div> → removed
    ///
    /// - Parameter root: usually the `<body>`; the walk is iterative.
    static func removeInvisible(under root: HTMLNode) {
        var current = root.firstChild
        while let node = current {
            switch node.kind {
            case .element:
                if nonContentTags.contains(node.name) || Visibility.isHidden(node) || isControlForm(node) {
                    current = node.next(within: root, skippingChildren: true)
                    node.detach()
                } else {
                    current = node.next(within: root)
                }
            case .comment, .other:
                current = node.next(within: root, skippingChildren: true)
                node.detach()
            case .text:
                current = node.next(within: root)
            }
        }
        removeEmptyElements(under: root)
    }

    /// A `<form>` with little text is a search box or a login; a form wrapping the whole page
    /// (as ASP.NET sites do) is kept.
    private static func isControlForm(_ node: HTMLNode) -> Bool {
        guard node.name == "form" else { return false }
        return TextMeasure(node.textContent).characters < 200
    }

    /// Removes elements whose subtree has no visible text and no media: injected random-id tags,
    /// spacer divs, and the list items or wrappers they leave empty.
    static func removeEmptyElements(under root: HTMLNode) {
        // Reverse document order visits every descendant before its ancestor, so one pass settles
        // each element from its children's verdicts.
        let nodes = Array(root.descendants)
        var hasContent = Set<HTMLNode>()
        for node in nodes.reversed() {
            switch node.kind {
            case .text:
                let visible = node.withTextBytes { TextMeasure(bytes: $0).characters > 0 } ?? false
                if visible, let parent = node.parent { hasContent.insert(parent) }
            case .element:
                if hasContent.contains(node) || mediaTags.contains(node.name) {
                    if let parent = node.parent { hasContent.insert(parent) }
                } else {
                    node.detach()
                }
            case .comment, .other:
                break
            }
        }
    }
}
