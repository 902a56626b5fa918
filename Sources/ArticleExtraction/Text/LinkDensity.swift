// How much of an element's text is link text, measured directly on the tree.
import HTMLParser

/// Link text under one element, for the checks that run before the per-page statistics exist
/// (visibility) or after the content is chosen (blocks outside the article).
struct LinkDensity {
    /// How many `<a>` elements the element holds.
    var links = 0
    /// Link characters over all characters (0 for an element without text).
    var density = 0.0

    init(of node: HTMLNode) {
        let total = TextMeasure(node.textContent).characters
        var linkCharacters = 0
        var links = 0
        node.walk { anchor in
            if anchor.isElement(named: "a") {
                links += 1
                linkCharacters += TextMeasure(anchor.textContent).characters
            }
            return .descend
        }
        self.links = links
        density = total == 0 ? 0 : Double(linkCharacters) / Double(total)
    }
}
