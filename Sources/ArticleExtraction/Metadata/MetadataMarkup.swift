// Bylines and dates marked up anywhere on the page, for pages that print them away from the headline.
import HTMLParser

/// The author and publication date the page's markup names, found in one walk of the cleaned page.
///
/// Blog themes and news templates mark the byline and the date with classes, `rel` and `itemprop`
/// (`<span class="author vcard"><a class="fn">…</a></span>`, `<time datetime>`,
/// `<span class="news-date">12.12.2022</span>`), often in a header above the headline or a footer
/// below the text, where the info-line search beside the headline does not look. Readers'
/// comments carry the same markup for each commenter, so comment sections are skipped.
struct MetadataMarkup {
    /// The names of the first byline element.
    var authors: [String] = []
    /// A date from a `<time datetime>`, `abbr.published` or `itemprop="datePublished"` element.
    var markedDate: ArticleDate?
    /// A date printed in an element whose class names it a date (`date`, `datum`, `meta`, `posted`…).
    var printedDate: ArticleDate?

    /// Class and id words of byline elements.
    private static let bylineWords = ["author", "byline", "autor", "verfasser", "writer", "reporter", "creator"]
    /// Words of elements that mention the author without naming them: pictures, biographies, links to follow.
    private static let notBylineWords = ["avatar", "image", "img", "photo", "thumb", "bio", "about", "description", "follow", "social", "share", "comment"]
    /// Class and id words of elements that print a date.
    private static let dateWords = ["date", "datum", "time", "publish", "posted", "submitted", "meta", "dateline", "byline", "erstellt", "stand", "info", "fecha", "data"]
    /// The longest text an element may have to be read as a byline or a date line.
    private static let maximumLineCharacters = 160

    init(root: HTMLNode, excluded: Set<HTMLNode>, publisherWords: Set<String>) {
        var current = root.firstChild
        while let node = current {
            guard node.isElement else { current = node.next(within: root); continue }
            let name = node.name
            if excluded.contains(node) || name == "nav" || name == "aside" || name == "select" {
                current = node.next(within: root, skippingChildren: true)
                continue
            }
            if authors.isEmpty { authors = MetadataMarkup.bylineNames(of: node, name: name, publisherWords: publisherWords) }
            if markedDate == nil { markedDate = MetadataMarkup.markedDate(of: node, name: name) }
            if printedDate == nil, markedDate == nil { printedDate = MetadataMarkup.printedDate(of: node) }
            if !authors.isEmpty, markedDate != nil { break }
            current = node.next(within: root)
        }
    }

    // MARK: - Bylines

    private static func bylineNames(of node: HTMLNode, name: String, publisherWords: Set<String>) -> [String] {
        var text: String?
        if name == "a", node.attribute("rel")?.lowercased() == "author" {
            text = node.textContent
        } else if let itemprop = node.attribute("itemprop")?.lowercased(), ByteSearch.contains(itemprop, "author") || ByteSearch.contains(itemprop, "creator") {
            text = namePart(of: node) ?? node.attribute("content") ?? node.textContent
        } else {
            let signature = BoilerplatePatterns.signature(of: node)
            guard BoilerplatePatterns.matches(signature, bylineWords), !BoilerplatePatterns.matches(signature, notBylineWords) else { return [] }
            text = namePart(of: node) ?? node.textContent
        }
        guard let text, text.utf8.count <= maximumLineCharacters * 4 else { return [] }
        let collapsed = TextNormalizer.collapse(text)
        guard TextMeasure(collapsed).characters <= maximumLineCharacters else { return [] }
        return AuthorNames.names(in: collapsed, publisherWords: publisherWords)
    }

    /// The text of the part of a byline element that holds the name: `class="fn"`, `itemprop="name"`,
    /// `class="…name…"`.
    private static func namePart(of node: HTMLNode) -> String? {
        var current = node.firstChild
        var visited = 0
        while let inner = current, visited < 50 {
            visited += 1
            if inner.isElement {
                let itemprop = inner.attribute("itemprop")?.lowercased()
                let classes = inner.attribute("class")?.lowercased() ?? ""
                let words = classes.split(separator: " ")
                if itemprop == "name" || words.contains("fn") || words.contains(where: { $0.hasSuffix("name") && !$0.hasPrefix("user") }) {
                    let text = TextNormalizer.collapse(inner.attribute("content") ?? inner.textContent)
                    if !text.isEmpty { return text }
                }
            }
            current = inner.next(within: node)
        }
        return nil
    }

    // MARK: - Dates

    private static func markedDate(of node: HTMLNode, name: String) -> ArticleDate? {
        var value: String?
        switch name {
        case "time":
            value = node.attribute("datetime")
        case "abbr":
            if let classes = node.attribute("class")?.lowercased(), ByteSearch.contains(classes, "published") { value = node.attribute("title") }
        default:
            if let itemprop = node.attribute("itemprop")?.lowercased(), itemprop == "datepublished" || itemprop == "datecreated" {
                value = node.attribute("content") ?? node.attribute("datetime") ?? TextNormalizer.collapse(node.textContent)
            }
        }
        guard let value, let date = DateParser.parse(value), date.isValid else { return nil }
        return date
    }

    private static func printedDate(of node: HTMLNode) -> ArticleDate? {
        let signature = BoilerplatePatterns.signature(of: node)
        guard BoilerplatePatterns.matches(signature, dateWords), !ByteSearch.contains(signature, "comment") else { return nil }
        let characters = VisibleMetadata.characters(of: node, stoppingAbove: maximumLineCharacters)
        guard characters > 0, characters <= maximumLineCharacters else { return nil }
        guard let date = DateParser.firstDate(in: TextNormalizer.collapse(node.textContent)), date.isValid else { return nil }
        return date
    }
}
