// A paragraph that is a list of links set as lines: "READ MORE: <a>…</a>", or headlines under a label.
import HTMLParser

/// The lines of a paragraph, split at `<br>`, each measured for its link text.
///
/// Sites set "related" boxes inside the article as ordinary paragraphs:
///
///     <p><strong>READ MORE: <a href="/b">Another headline</a></strong></p>
///     <p>DON'T MISS<br><a href="/c">Headline</a> [INSIGHT]<br><a href="/d">Headline</a> [VIDEO]</p>
///
/// Each such line is a headline's link with at most a short label or tag beside it, which a
/// sentence that happens to carry a link is not. A link of a word or two is a name, a handle or an
/// address the article gives (`Account: <a>@name</a>`, `[<a>Engadget</a>]` under a quote), and stays.
struct LinkLines {
    private struct Line {
        var characters = 0
        var linkCharacters = 0
        var linkWords = 0
        var plainCharacters: Int { characters - linkCharacters }
    }

    private var lines: [Line] = []

    init(of paragraph: HTMLNode) {
        var line = Line()
        var current = paragraph.firstChild
        while let node = current {
            if node.isText {
                line.characters += node.withTextBytes { TextMeasure(bytes: $0).characters } ?? 0
                current = node.next(within: paragraph)
            } else if node.isElement(named: "a") {
                let text = node.textContent
                let characters = TextMeasure(text).characters
                line.characters += characters
                line.linkCharacters += characters
                line.linkWords += text.split(whereSeparator: \.isWhitespace).count
                current = node.next(within: paragraph, skippingChildren: true)
            } else {
                if node.isElement(named: "br"), line.characters > 0 {
                    lines.append(line)
                    line = Line()
                }
                current = node.next(within: paragraph)
            }
        }
        if line.characters > 0 { lines.append(line) }
    }

    /// Whether every line is a link beside at most a short label, with an optional label line first.
    var isLinkList: Bool {
        guard let first = lines.first else { return false }
        let body = first.linkCharacters == 0 ? lines.dropFirst() : lines[...]
        if first.linkCharacters == 0, first.characters > Thresholds.maximumLabelCharacters { return false }
        guard !body.isEmpty else { return false }
        return body.allSatisfy { line in
            line.plainCharacters <= Thresholds.maximumLinkLabelCharacters && line.linkCharacters >= 2 * line.plainCharacters
                && line.linkWords >= Thresholds.minimumHeadlineWords
        }
    }
}
