// What a page states about itself in its markup: meta tags, JSON-LD, <title>, <html lang>, links.
import Foundation
import HTMLParser

/// The machine-readable metadata of a page, read before anything is removed from it.
struct PageDeclarations {
    /// `<meta>` values by lowercased `name`, `property`, `itemprop` or `http-equiv`; the first value wins.
    var meta: [String: String] = [:]
    /// The JSON-LD blocks, read together.
    var linkedData = LinkedData()
    /// The text of `<title>`.
    var documentTitle: String?
    /// `<html lang>`.
    var htmlLanguage: String?
    /// `<link rel="canonical">`.
    var canonicalURL: String?
    /// `<base href>`.
    var baseHref: String?
    /// The address in `<!-- saved from url=(0042)https://… -->`, which browsers write into saved pages.
    var savedFromURL: String?
    /// `datetime` of `<time>` elements marked as the publication time (`itemprop="datePublished"` or `pubdate`).
    var publishedTime: String?
    /// The `title` of hAtom `updated` elements (`<span class="updated" title="2013-04-04T18:52:11+00:00">`),
    /// read before cleaning, since such elements are often empty.
    var updatedTime: String?

    /// Reads the declarations of a document that has not been cleaned yet (JSON-LD lives in scripts).
    init(document: HTMLDocument) {
        guard let root = document.root else { return }
        htmlLanguage = root.attribute("lang").map(TextNormalizer.collapse).flatMap { $0.isEmpty ? nil : $0 }
        var beforeRoot = root.previousSibling
        while let node = beforeRoot, savedFromURL == nil {
            if node.kind == .comment { savedFromURL = PageDeclarations.savedFromAddress(in: node.textContent) }
            beforeRoot = node.previousSibling
        }
        root.walk { node in
            // The note first, the ancestors only for a comment that has one: comments are emptied
            // at parsing but for this note, and the page has dozens.
            if node.kind == .comment, savedFromURL == nil, let address = PageDeclarations.savedFromAddress(in: node.textContent),
               !node.hasAncestor(named: "body") {
                savedFromURL = address
            }
            // Every declaration is read from an attribute or a head element's text.
            guard node.hasAttributes || node.isElement(named: "title") else { return .descend }
            // The tag asked on libxml2's bytes: a String of the name, compared case by case, cost
            // more than the questions.
            if node.isElement(named: "meta") {
                readMeta(node)
            } else if node.isElement(named: "title"), documentTitle == nil, !node.hasAncestor(named: "svg") {
                let text = TextNormalizer.collapse(DoubleEscapedEntities.decode(node.textContent))
                if !text.isEmpty { documentTitle = text }
            } else if node.isElement(named: "script") {
                if let type = node.attribute("type"), ByteSearch.contains(type.lowercasedQuickly(), "ld+json") {
                    linkedData.read(node.textContent)
                }
            } else if node.isElement(named: "link") {
                if canonicalURL == nil, node.attribute("rel")?.lowercasedQuickly() == "canonical",
                   let href = node.attribute("href"), !href.isEmpty {
                    canonicalURL = href
                }
            } else if node.isElement(named: "base") {
                if baseHref == nil, let href = node.attribute("href"), !href.isEmpty { baseHref = href }
            } else if node.isElement(named: "time") {
                if publishedTime == nil, let value = node.attribute("datetime"),
                   node.attribute("itemprop")?.lowercasedQuickly() == "datepublished" || node.hasAttribute("pubdate") {
                    publishedTime = value
                }
            } else {
                // Asked of every element that has attributes: compared on the attribute's bytes.
                if publishedTime == nil, node.withAttributeBytes("itemprop", { $0.equalsIgnoringASCIICase("datepublished") }) == true {
                    publishedTime = node.attribute("content") ?? node.attribute("datetime")
                }
                // The hAtom class whose `title` holds the time of the last change.
                if updatedTime == nil, node.hasAttribute("title"), node.hasAttributeWord("class", "updated", ignoringASCIICase: true),
                   let title = node.attribute("title") {
                    updatedTime = title
                }
            }
            return .descend
        }
    }

    private mutating func readMeta(_ node: HTMLNode) {
        guard let content = node.attribute("content") else { return }
        let value = TextNormalizer.collapse(DoubleEscapedEntities.decode(content))
        guard !value.isEmpty else { return }
        for key in ["property", "name", "itemprop", "http-equiv"] {
            if let name = node.attribute(key)?.lowercasedQuickly(), !name.isEmpty, meta[name] == nil {
                meta[name] = value
            }
        }
    }

    /// The page's own address, for a page given without one: where it was saved from, its `<base>`,
    /// its canonical link, its `og:url`; the first that is an absolute http(s) address.
    var pageAddress: String? {
        [savedFromURL, baseHref, canonicalURL, meta["og:url"]].lazy.compactMap { $0 }.first(where: PageDeclarations.isWebAddress)
    }

    /// The address relative links resolve against: `<base href>` (itself resolved against the page's
    /// address), else the page's address.
    func linkBase(pageAddress: String?) -> String? {
        guard let baseHref else { return pageAddress }
        let resolved = URL(string: baseHref, relativeTo: pageAddress.flatMap(URL.init(string:)))?.absoluteString
        return resolved.flatMap { PageDeclarations.isWebAddress($0) ? $0 : nil } ?? pageAddress
    }

    static func isWebAddress(_ text: String) -> Bool {
        let lower = text.lowercasedQuickly()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && URL(string: text)?.host != nil
    }

    /// The address of a `saved from url=(NNNN)…` comment: NNNN is the address's length.
    ///
    ///     " saved from url=(0029)https://example.com/a.html " → https://example.com/a.html
    static func savedFromAddress(in comment: String) -> String? {
        guard let marker = ByteSearch.range(of: "saved from url=(", in: comment) else { return nil }
        let rest = comment[marker.upperBound...]
        guard let close = rest.firstIndex(of: ")") else { return nil }
        let address = rest[rest.index(after: close)...].prefix { !$0.isWhitespace }
        let text = String(address)
        return isWebAddress(text) ? text : nil
    }

    /// The first value among several meta keys, in the order given.
    func meta(_ keys: [String]) -> String? {
        for key in keys { if let value = meta[key] { return value } }
        return nil
    }

    /// The value of a `twitter:dataN` whose `twitter:labelN` is one of the labels ("Written by").
    func pairedValue(labelled labels: [String]) -> String? {
        for index in 1...4 {
            if let label = meta["twitter:label\(index)"]?.lowercasedQuickly(), labels.contains(label) { return meta["twitter:data\(index)"] }
        }
        return nil
    }

    /// A field of the JSON-LD article object as text.
    func linked(_ key: String) -> String? {
        linkedData.text(key)
    }
}
