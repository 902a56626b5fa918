// Bylines and dates marked up anywhere on the page, for pages that print them away from the headline.
import Foundation
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
    /// When the page says the article was last changed, on a line opening with an update label
    /// (`Aktualisiert am 17.01.2021`, `Last updated: …`).
    var modifiedDate: ArticleDate?
    /// The editor named on a line of its own, often below the article: `【編輯:張三】`, `责任编辑：王五`.
    var editor: String?
    /// The name on the post author's own comment (WordPress marks it `bypostauthor`), for pages
    /// that name their writer nowhere else.
    var commentingAuthor: String?
    /// The last paragraph of the article's container that is a name alone in bold or italics:
    /// the writer signing the article (`<p><b><i>Stefan Wasmer</i></b></p>`).
    var signature: String?

    /// Class and id words of byline elements.
    private static let bylineWords: SignatureWords = ["author", "byline", "autor", "verfasser", "writer", "reporter", "creator"]
    /// Words of elements that mention the author without naming them: pictures, biographies, links to follow.
    private static let notBylineWords: SignatureWords = ["avatar", "image", "img", "photo", "thumb", "bio", "about", "description", "follow", "social", "share", "comment"]
    /// Class and id words of elements that print a date.
    private static let dateWords: SignatureWords = ["date", "datum", "time", "publish", "posted", "submitted", "meta", "dateline", "byline", "author", "erstellt", "stand", "fecha", "data"]
    /// Class and id words of the name on a reader's comment.
    private static let commentAuthorWords: SignatureWords = ["comment-author", "fn", "author-name"]
    /// Class and id words of the site's footer.
    private static let siteFooterWords: SignatureWords = ["site-footer", "page-footer", "global-footer", "footer-info", "copyright", "colophon"]
    /// The plural mark on an author label (`Author(s):`), and that with the colon after it.
    private static let labelPlural = CharacterSet(charactersIn: " (s)")
    private static let labelEnding = CharacterSet(charactersIn: ":：(s) ")
    /// Navigation, asides and drop-down lists: their names and dates are other pages'.
    private static let passedOverTags: TagSet = ["nav", "aside", "select"]
    /// Elements that set a name in bold or italics.
    private static let emphasisTags: TagSet = ["b", "strong", "i", "em"]
    /// The longest text an element may have to be read as a byline or a date line.
    private static let maximumLineCharacters = 160

    /// Words that open a line stating when the article appeared: `Erstellt am: 01.11.2023`.
    static let publicationLabels = [
        "veröffentlicht", "erschienen", "erstellt am", "publiziert", "pressemitteilung vom", "published", "posted on", "press release",
        "publié", "mis en ligne", "communiqué", "publicado", "nota de prensa",
        "pubblicato", "datum:", "date:", "stand:", "发布时间", "發布時間", "发表于", "發表於", "时间：", "時間：", "公開日", "投稿日", "게시",
        "입력", "опубликовано", "дата публикации",
    ]

    /// Words that open a line stating when the article was last changed.
    private static let updateLabels = [
        "aktualisiert", "zuletzt aktualisiert", "zuletzt geändert", "last updated", "last modified", "last edited", "updated",
        "mis à jour", "actualizado", "atualizado", "aggiornato", "更新时间", "更新時間", "обновлено",
    ]

    /// - Parameter content: the article's chosen containers: a byline inside them beats one elsewhere
    ///   (a sidebar's "more by" box, a teaser's author), whichever comes first.
    init(root: HTMLNode, excluded: Set<HTMLNode>, content: [HTMLNode] = [], now: Date? = nil, publisherWords: Set<String>) {
        // Usually a handful of containers, compared by identity rather than hashed for every node.
        let contentSet = content.count > 16 ? Set(content) : []
        let isContent = { (node: HTMLNode) in contentSet.isEmpty ? content.contains(node) : contentSet.contains(node) }
        var inContent: HTMLNode?
        var contentExit: HTMLNode?
        var footerExit: HTMLNode?
        var contentAuthors: [String] = []
        var outsideAuthors: [String] = []
        /// Takes a byline's names: inside the content they are the answer; outside, the first
        /// non-empty ones wait in case the content names nobody.
        func offer(_ names: [String]) {
            // The site credited as author is no writer, and must not hide a writer named later.
            let writers = names.filter { !publisherWords.contains($0.lowercasedQuickly()) }
            if inContent != nil { contentAuthors = writers } else if !writers.isEmpty { outsideAuthors = writers }
        }
        // Footers print the site's founding, registration and copyright dates, not the article's.
        var footer: HTMLNode?
        // A loop stepping one handle along, not a closure handed to `walk`: the closure's writes to
        // the fields and variables it captured were checked for exclusive access at run time.
        if var node = root.firstChild { walking: while true {
            // The walk leaves a subtree at the node that follows it; asking each node for its
            // ancestors instead would cost the page's depth per node.
            if footer != nil, node == footerExit { footer = nil }
            if inContent != nil, node == contentExit { inContent = nil }
            if inContent == nil, isContent(node) {
                inContent = node
                contentExit = node.next(within: root, skippingChildren: true)
            }
            if node.isText {
                // Most text nodes open with no label's first byte, and are passed over at that byte.
                guard MetadataMarkup.mayOpenWithLabel(node) else {
                    guard node.advance(within: root) else { break walking }
                    continue walking
                }
                if contentAuthors.isEmpty, inContent != nil || outsideAuthors.isEmpty, let parent = node.parent {
                    if MetadataMarkup.isAuthorLabel(node) {
                        let line = MetadataMarkup.lineAfter(label: node, in: parent)
                        let names = AuthorNames.names(in: line, publisherWords: publisherWords)
                        offer(names.isEmpty ? MetadataMarkup.labelledNames(after: parent, publisherWords: publisherWords) : names)
                    } else if let line = MetadataMarkup.labelledLine(node) {
                        offer(AuthorNames.names(in: line, publisherWords: publisherWords))
                    }
                }
                if editor == nil { editor = MetadataMarkup.editor(in: node) }
                // The line's opening, lowercased once for both label lists.
                let opening = footer == nil && (modifiedDate == nil || printedDate == nil && markedDate == nil) ? MetadataMarkup.opening(of: node) : []
                if modifiedDate == nil, footer == nil, let parent = node.parent, MetadataMarkup.starts(opening, withOneOf: MetadataMarkup.updateLabelBytes) {
                    // The label alone in its element leaves the date to the element around it (`<p><b>Aktualisiert am</b> 17.01.2021</p>`).
                    modifiedDate = MetadataMarkup.printedDate(in: node, now: now) ?? MetadataMarkup.printedDate(in: parent, now: now)
                        ?? parent.parent.flatMap { MetadataMarkup.printedDate(in: $0, now: now) }
                }
                if printedDate == nil, markedDate == nil, footer == nil, let parent = node.parent,
                   MetadataMarkup.starts(opening, withOneOf: MetadataMarkup.publicationLabelBytes) {
                    // The label's own text first ("Pressemitteilung vom 25. Januar 2022 | Berlin – …" opens
                    // a long lead), else the element it opens (`<b>Erstellt am</b> 01.11.2023`).
                    printedDate = MetadataMarkup.printedDate(in: node, now: now) ?? MetadataMarkup.printedDate(in: parent, now: now)
                }
                guard node.advance(within: root) else { break walking }
                continue walking
            }
            guard node.isElement else {
                guard node.advance(within: root) else { break walking }
                continue walking
            }
            let isExcluded = !excluded.isEmpty && excluded.contains(node)
            if isExcluded || node.isElement(in: MetadataMarkup.passedOverTags) {
                if commentingAuthor == nil, isExcluded { commentingAuthor = MetadataMarkup.postAuthorName(in: node) }
                guard node.advance(within: root, skippingChildren: true) else { break walking }
                continue walking
            }
            if inContent != nil, node.isElement(named: "p"), let signed = MetadataMarkup.signedName(node) { self.signature = signed }
            let signature = BoilerplatePatterns.signature(of: node)
            if contentAuthors.isEmpty, inContent != nil || outsideAuthors.isEmpty {
                offer(MetadataMarkup.bylineNames(of: node, signature: signature, publisherWords: publisherWords))
            }
            if markedDate == nil { markedDate = MetadataMarkup.markedDate(of: node) }
            if footer == nil, MetadataMarkup.isFooter(node, signature: signature) {
                footer = node
                footerExit = node.next(within: root, skippingChildren: true)
            }
            if printedDate == nil, markedDate == nil, footer == nil, MetadataMarkup.isMarkedAsDate(signature) {
                printedDate = MetadataMarkup.printedDate(in: node, now: now)
            }
            if !contentAuthors.isEmpty, markedDate != nil, editor != nil { break walking }
            guard node.advance(within: root) else { break walking }
        } }
        authors = contentAuthors.isEmpty ? outsideAuthors : contentAuthors
    }

    // MARK: - Bylines

    private static func bylineNames(of node: HTMLNode, signature: String, publisherWords: Set<String>) -> [String] {
        var text: String?
        if node.isElement(named: "a"), node.attribute("rel")?.lowercasedQuickly() == "author" {
            text = node.textContent
        } else if let itemprop = node.attribute("itemprop")?.lowercasedQuickly(), ByteSearch.contains(itemprop, "author") || ByteSearch.contains(itemprop, "creator") {
            text = namePart(of: node) ?? node.attribute("content") ?? node.textContent
        } else {
            guard BoilerplatePatterns.matches(signature, bylineWords), !BoilerplatePatterns.matches(signature, notBylineWords) else { return [] }
            text = namePart(of: node) ?? node.textContent
        }
        guard let text, text.utf8.count <= maximumLineCharacters * 4 else { return [] }
        let collapsed = TextNormalizer.collapse(text)
        guard TextMeasure.holds(collapsed, atMost: maximumLineCharacters) else { return [] }
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
                let itemprop = inner.attribute("itemprop")?.lowercasedQuickly()
                let classes = inner.attribute("class")?.lowercasedQuickly() ?? ""
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

    /// The name in the first comment the post's author wrote, within a comment section:
    /// `<li class="comment bypostauthor"><cite class="fn">jancak</cite>…`.
    private static func postAuthorName(in comments: HTMLNode) -> String? {
        var current = comments.firstChild
        var visited = 0
        while let node = current, visited < 20_000 {
            visited += 1
            if node.isElement, let classes = node.attribute("class"), ByteSearch.contains(classes, "bypostauthor") {
                var inner = node.firstChild
                var steps = 0
                while let candidate = inner, steps < 200 {
                    steps += 1
                    if candidate.isElement, BoilerplatePatterns.matches(BoilerplatePatterns.signature(of: candidate), commentAuthorWords) {
                        let text = TextNormalizer.collapse(candidate.textContent)
                        if !text.isEmpty, text.count <= 40 { return AuthorNames.names(in: text).first }
                    }
                    inner = candidate.next(within: node)
                }
                return nil
            }
            current = node.next(within: comments)
        }
        return nil
    }

    /// A paragraph's text when it is a name of two or three capitalised words, all of it in bold or italics.
    private static func signedName(_ paragraph: HTMLNode) -> String? {
        guard VisibleMetadata.characters(of: paragraph, stoppingAbove: 40) <= 40 else { return nil }
        // Not the heading of a "related posts" box: `<p class="jp-relatedposts-headline"><em>Ähnliche Beiträge</em></p>`.
        for element in [paragraph, paragraph.parent].compactMap({ $0 })
            where BoilerplatePatterns.matches(BoilerplatePatterns.signature(of: element), BoilerplatePatterns.inArticleBoilerplate) { return nil }
        let text = TextNormalizer.collapse(paragraph.textContent)
        let words = text.split(separator: " ")
        guard (2...3).contains(words.count), words.allSatisfy({ word in
            word.first?.isUppercase == true && word.dropFirst().allSatisfy { $0.isLowercase || $0 == "-" || $0 == "." }
        }) else { return nil }
        var current = paragraph.firstChild
        while let node = current {
            if node.isText, !TextNormalizer.collapse(node.text).isEmpty {
                var emphasised = false
                var ancestor = node.parent
                while let element = ancestor, element != paragraph {
                    if element.isElement(in: MetadataMarkup.emphasisTags) { emphasised = true }
                    ancestor = element.parent
                }
                if !emphasised { return nil }
            }
            current = node.next(within: paragraph)
        }
        return text
    }

    /// Labels printed in an element of their own before the writer's name: `<span>Autor:</span> Jane Doe`.
    private static let authorLabels: Set<String> = ["autor", "autorin", "autoren", "author", "authors", "auteur", "auteurs", "autore",
                                                    "by", "von", "por", "par", "text", "作者", "記者", "记者", "автор", "بقلم",
                                                    "written by", "posted by", "geschrieben von", "verfasst von", "escrito por", "écrit par", "scritto da"]

    /// The editor on a short line that opens with an editor label, bracketed or not.
    private static func editor(in node: HTMLNode) -> String? {
        // Only short lines are read: a prefix one byte longer tells them apart without measuring the rest.
        node.withTextPrefix(161) { bytes -> String? in
            guard bytes.count <= 160 else { return nil }
            // Most short lines hold no editor label anywhere: a byte search rules them out unread.
            guard editorLabelWords.occur(in: bytes) else { return nil }
            let text = TextNormalizer.collapse(String(decoding: bytes, as: UTF8.self))
            let opening = text.drop { "【[(（ ".contains($0) }
            guard InfoLine.editorLabels.contains(where: { opening.hasPrefix($0) }) else { return nil }
            return InfoLine.value(after: InfoLine.editorLabels, in: String(opening))
        } ?? nil
    }

    /// A short text node that opens with an author label and a colon: `Text: Kirsten Freund`, `Autor: Jane Doe`.
    private static func labelledLine(_ node: HTMLNode) -> String? {
        node.withTextPrefix(121) { bytes -> String? in
            // Most short lines hold no colon, and are ruled out unread.
            guard bytes.count <= 120, colons.occur(in: bytes) else { return nil }
            let text = TextNormalizer.collapse(String(decoding: bytes, as: UTF8.self))
            guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
            let label = text[..<colon].lowercasedQuickly().trimming(MetadataMarkup.labelPlural)
            return authorLabels.contains(label) && text.index(after: colon) < text.endIndex ? text : nil
        } ?? nil
    }

    /// An ASCII colon or a full-width one (U+FF1A).
    private static let colons: SignatureWords = [":", "："]

    /// Whether a text node holds nothing but an author label.
    private static func isAuthorLabel(_ node: HTMLNode) -> Bool {
        node.withTextPrefix(25) { bytes -> Bool in
            guard bytes.count <= 24 else { return false }
            if let ascii = asciiLabel(bytes) { return authorLabels.contains(ascii) }
            let text = TextNormalizer.collapse(String(decoding: bytes, as: UTF8.self)).lowercasedQuickly()
                .trimming(MetadataMarkup.labelEnding)
            return authorLabels.contains(text)
        } ?? false
    }

    /// An ASCII text as ``isAuthorLabel(_:)`` compares it, without Foundation: whitespace collapsed,
    /// lowercased, and colons, brackets, spaces and `s` trimmed from both ends; `nil` for other text.
    private static func asciiLabel(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        let label = TextNormalizer.collapse(String(decoding: bytes, as: UTF8.self)).utf8.map(\.asciiLowercased)
        func isTrimmed(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: ":") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "s") || byte == 0x20
        }
        guard let first = label.firstIndex(where: { !isTrimmed($0) }), let last = label.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(decoding: label[first...last], as: UTF8.self)
    }

    /// The text after an author label up to the end of its line: the next `<br>` or block, or the
    /// end of the element around the label (`<h5>Autor:</h5>Peter Maahn<br><h5>Quelle:</h5>…`).
    private static func lineAfter(label: HTMLNode, in labelParent: HTMLNode) -> String {
        // A label alone in its element (`<span>Autor:</span> Jane Doe`) has its line in the parent's parent.
        let alone = labelParent.firstChild == label && label.nextSibling == nil
        guard let container = alone ? labelParent.parent : labelParent else { return "" }
        var line = ""
        var current = label.next(within: container)
        var visited = 0
        while let node = current, visited < 40, line.utf8.count <= maximumLineCharacters * 4 {
            visited += 1
            if node.isText {
                line += node.text
            } else if node.isElement(named: "br") || node.isElement(in: HTMLVocabulary.blockTags) {
                break
            }
            current = node.next(within: container)
        }
        // A label that is its block's whole text names the writer in the next block:
        // `<p class="label"><strong>By</strong></p><p class="full-name">Todd Bates</p>`.
        // Not in menus, where "Authors" is a link among the site's sections.
        if TextNormalizer.collapse(line).isEmpty, container.isElement(in: HTMLVocabulary.blockTags), container.name != "li",
           labelParent.name != "a" {
            let labelCharacters = VisibleMetadata.characters(of: container, stoppingAbove: 30)
            var block = container
            // Up through the wrappers that hold the label alone.
            for _ in 0..<3 {
                var next = block.nextSibling
                while let node = next, !node.isElement { next = node.nextSibling }
                if let next {
                    if next.isElement(in: HTMLVocabulary.blockTags), VisibleMetadata.characters(of: next, stoppingAbove: 60) <= 60 {
                        line = next.textContent
                    }
                    break
                }
                guard let parent = block.parent, VisibleMetadata.characters(of: parent, stoppingAbove: 30) <= labelCharacters else { break }
                block = parent
            }
        }
        return TextMeasure.holds(line, atMost: maximumLineCharacters) ? line : ""
    }

    /// The names in the short line that a label element opens: the label's parent, or the parent's
    /// parent when the label stands alone in its element (`<h5>Autor:</h5> Jane Doe`).
    private static func labelledNames(after labelParent: HTMLNode, publisherWords: Set<String>) -> [String] {
        var container: HTMLNode? = labelParent
        for _ in 0..<2 {
            guard let line = container else { return [] }
            let characters = VisibleMetadata.characters(of: line, stoppingAbove: maximumLineCharacters)
            guard characters <= maximumLineCharacters else { return [] }
            let names = AuthorNames.names(in: TextNormalizer.collapse(line.textContent), publisherWords: publisherWords)
            if !names.isEmpty { return names }
            container = line.parent
        }
        return []
    }

    // MARK: - Dates

    private static func markedDate(of node: HTMLNode) -> ArticleDate? {
        var value: String?
        if node.isElement(named: "time") {
            value = node.attribute("datetime")
        } else if node.isElement(named: "abbr") {
            if let classes = node.attribute("class")?.lowercasedQuickly(), ByteSearch.contains(classes, "published") { value = node.attribute("title") }
        } else {
            if let itemprop = node.attribute("itemprop")?.lowercasedQuickly(), itemprop == "datepublished" || itemprop == "datecreated" {
                value = node.attribute("content") ?? node.attribute("datetime")
                // Without an attribute the element prints the date for readers: `<span itemprop="datePublished">May 19, 2020</span>`.
                if value == nil, let date = DateParser.firstDate(in: TextNormalizer.collapse(node.textContent)), date.isValid { return date }
            }
        }
        guard let value, let date = DateParser.parse(value), date.isValid else { return nil }
        return date
    }

    /// The site's footer, not an article's own footer (`entry-footer` holds "Posted on" lines).
    static func isFooter(_ node: HTMLNode, signature: String) -> Bool {
        if node.isElement(named: "footer") { return !node.hasAncestor(named: "article") }
        guard !signature.isEmpty else { return false }
        if node.attribute("id")?.lowercasedQuickly() == "footer" { return true }
        return BoilerplatePatterns.matches(signature, siteFooterWords)
    }

    private static func isMarkedAsDate(_ signature: String) -> Bool {
        BoilerplatePatterns.matches(signature, dateWords) && !ByteSearch.contains(signature, "comment")
    }

    /// The first bytes that a publication or author label can open with, either case.
    private static let labelFirstBytes: Set<UInt8> = {
        var bytes = Set<UInt8>()
        for label in publicationLabels + updateLabels + Array(authorLabels) + InfoLine.editorLabels + ["【", "[", "(", "（"] {
            guard let first = label.utf8.first else { continue }
            bytes.insert(first)
            if first >= 0x61, first <= 0x7A { bytes.insert(first - 0x20) }
        }
        // Capitals of the non-ASCII Latin and Cyrillic labels share their lead byte with the lowercase.
        return bytes
    }()

    private static func mayOpenWithLabel(_ node: HTMLNode) -> Bool {
        node.firstVisibleTextByte.map(labelFirstBytes.contains) ?? false
    }

    private static let updateLabelBytes = updateLabels.map { Array($0.utf8) }
    /// The editor labels, found in one pass over a line.
    private static let editorLabelWords = SignatureWords(InfoLine.editorLabels)
    private static let publicationLabelBytes = publicationLabels.map { Array($0.utf8) }

    /// The first bytes of a text node after its leading whitespace, lowercased: ASCII in place,
    /// other letters (`Опубликовано`, `Mis à jour`) through the Unicode tables.
    private static func opening(of node: HTMLNode) -> [UInt8] {
        // Only the opening is read: a text node may run to pages.
        node.withTextPrefix(openingSearchBytes) { bytes -> [UInt8] in
            var start = 0
            // A bracket may open the line: "(last edited 2019-11-10 13:28:18 by …)".
            while start < bytes.count, bytes[start] <= 0x20 || bytes[start] == UInt8(ascii: "(") || bytes[start] == UInt8(ascii: "[") { start += 1 }
            let window = UnsafeBufferPointer(rebasing: bytes[start..<min(bytes.count, start + 48)])
            // Two-byte sequences hold the accented Latin, Greek and Cyrillic capitals.
            if window.contains(where: { $0 >= 0xC0 && $0 < 0xE0 }) {
                return Array(String(decoding: window, as: UTF8.self).lowercasedQuickly().utf8)
            }
            return window.map(\.asciiLowercased)
        } ?? []
    }

    /// How far into a text node its opening is looked for, leading whitespace included.
    private static let openingSearchBytes = 512

    private static func starts(_ opening: [UInt8], withOneOf labels: [[UInt8]]) -> Bool {
        guard !opening.isEmpty else { return false }
        // Or a bracket opens it after the page's name: "BeginnersGuide/Download (last edited 2019-11-10 …)".
        let bracketed = opening.firstIndex(of: UInt8(ascii: "(")).map { opening[($0 + 1)...] }
        return labels.contains { opening.starts(with: $0) || bracketed?.starts(with: $0) == true }
    }

    /// The date printed in a short element: two-digit years allowed, since the page marks the text
    /// as a date; a relative date when the reference time is known.
    private static func printedDate(in node: HTMLNode, now: Date?) -> ArticleDate? {
        let characters = node.isText ? (node.withTextBytes { TextMeasure(bytes: $0).characters } ?? 0)
            : VisibleMetadata.characters(of: node, stoppingAbove: maximumLineCharacters)
        guard characters > 0, characters <= maximumLineCharacters else { return nil }
        let text = TextNormalizer.collapse(node.textContent)
        if let date = DateParser.firstDate(in: text, allowingShortYears: true), date.isValid { return date }
        return now.flatMap { RelativeDate.date(in: text, now: $0) }
    }
}
