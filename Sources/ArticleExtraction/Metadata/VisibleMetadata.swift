// The headline, info line and byline a reader sees above the article.
import Foundation
import HTMLParser

/// Metadata read from the visible page: the headline element and the lines around it.
struct VisibleMetadata {
    /// The text of the headline element nearest before the article.
    var headline: String?
    /// The headline element's whole text, kicker included, as the body repeats it.
    var headlineLine: String?
    /// What the info lines and bylines near the headline state.
    var info = InfoLine()
    /// The author from a byline element (`class="byline"`, `rel="author"`, `itemprop="author"`).
    var bylineAuthor: String?
    /// Whether the info line's date is labelled as the publication date, in its line or in the line
    /// before (`<span>Erschienen am:</span><h2>13.10.2021</h2>`): the page says which date it is.
    var dateIsLabelled = false
    /// The texts of the lines the metadata came from, so the body can drop them.
    var usedLines: [String] = []
    /// The headline element itself, where the article's lead is looked for.
    var headlineElement: HTMLNode?

    /// Class and id words of elements that hold a byline.
    private static let bylineWords: SignatureWords = ["byline", "author", "writer", "reporter", "dateline"]

    /// Reads the visible metadata of a cleaned page whose article content has been chosen.
    ///
    /// - Parameters:
    ///   - documentTitle: the page's `<title>`, which names the headline when the page's `<h1>` is its logo.
    ///   - declaredTitle: the title the page declares for sharing (`og:title`), which confirms one
    ///     `<h1>` of several when the `<title>` names only the site ("Konrad-Adenauer-Stiftung - detail").
    ///   - now: the reference time for relative dates, when known.
    init(body: HTMLNode, content: [HTMLNode], documentTitle: String? = nil, declaredTitle: String? = nil, now: Date? = nil) {
        let headlineNode = VisibleMetadata.headlineNode(in: body, content: content, documentTitle: documentTitle,
                                                        declaredTitle: declaredTitle)
        headlineElement = headlineNode
        headline = headlineNode.map(VisibleMetadata.headlineText(of:)).flatMap { $0.isEmpty ? nil : $0 }
        headlineLine = headlineNode.map { TextNormalizer.collapse($0.textContent) }.flatMap { $0.isEmpty ? nil : $0 }
        // A date the headline's kicker prints: `<h1><span class="topline">27.01.2022</span>MineralölINFO …</h1>`.
        if let headline, let headlineLine, headlineLine != headline, let range = ByteSearch.range(of: headline, in: headlineLine) {
            let kicker = headlineLine.replacingCharacters(in: range, with: " ")
            if TextMeasure.holds(kicker, atMost: Thresholds.maximumDateLineCharacters) { info.date = InfoLine(kicker, now: now).date }
        }
        // Info lines sit just after the headline; without one, at the top of the content.
        if let start = headlineNode ?? content.first {
            var current = start.next(within: body, skippingChildren: headlineNode != nil)
            var seen = 0
            var proseBlocks = 0
            var previousLine: String?
            while let node = current, seen < Thresholds.infoLineSearchElements, info.date == nil || info.source == nil || info.author == nil {
                guard node.isElement else { current = node.next(within: body); continue }
                // The page footer's dates are the site's (registration, copyright), not the article's.
                if MetadataMarkup.isFooter(node, signature: BoilerplatePatterns.signature(of: node)) {
                    current = node.next(within: body, skippingChildren: true)
                    continue
                }
                // Only blocks count toward the window, so inline markup and injected tags cannot move it.
                if !HTMLVocabulary.isInline(node) { seen += 1 }
                // Measure before tidying: the containers on the way hold whole pages of text. The
                // count stops past the limit, so a page of 300,000 nested unclosed tags is not read
                // whole once per element.
                let characters = VisibleMetadata.characters(of: node, stoppingAbove: Thresholds.maximumInfoLineCharacters)
                if characters == 0 || characters > Thresholds.maximumInfoLineCharacters {
                    // Long prose means the article itself has begun; an info line comes before it.
                    if !HTMLVocabulary.isInline(node), directText(of: node) > Thresholds.maximumInfoLineCharacters {
                        proseBlocks += 1
                        if proseBlocks >= 2 { break }
                    }
                    current = node.next(within: body)
                    continue
                }
                // Links to the previous and next posts name those posts' dates, not this one's.
                if VisibleMetadata.linksToOtherPosts(node) {
                    current = node.next(within: body, skippingChildren: true)
                    continue
                }
                let (text, shown) = VisibleMetadata.lines(of: node)
                let line = InfoLine(text, now: now)
                if !line.isEmpty {
                    if info.date == nil, let date = line.date, VisibleMetadata.mayDateTheArticle(text) {
                        info.date = date
                        dateIsLabelled = VisibleMetadata.isPublicationLabelled(text) || previousLine.map(VisibleMetadata.isPublicationLabelled) == true
                        usedLines.append(shown)
                    }
                    if info.source == nil, let source = line.source { info.source = source; usedLines.append(shown) }
                    if info.author == nil, let author = line.author { info.author = author; usedLines.append(shown) }
                    if info.editor == nil, let editor = line.editor { info.editor = editor; usedLines.append(shown) }
                }
                previousLine = text
                if bylineAuthor == nil, VisibleMetadata.isByline(node) {
                    bylineAuthor = VisibleMetadata.cleanedByline(text)
                    if bylineAuthor != nil { usedLines.append(shown) }
                }
                current = node.next(within: body, skippingChildren: true)
            }
        }
        // Some templates print the date above the headline, beside the kicker.
        if info.date == nil, let headlineNode { readDateAbove(headlineNode, now: now) }
    }

    /// Whether a line's date may be the article's: not a sentence of the article that tells of a
    /// date ("Am 21. und 22. Mai 2022 wird sich im IGA Park alles ums Angeln drehen."), nor the
    /// date of an event the article announces, a member's profile or a picture.
    static func mayDateTheArticle(_ line: String) -> Bool {
        let lower = line.lowercasedQuickly()
        if eventLabels.contains(where: { lower.hasPrefix($0) }) || memberLabels.contains(where: { ByteSearch.contains(lower, $0) }) { return false }
        // A caption's date is the picture's: "Abbildung: Satellitenbild bei St. Moritz vom 31.05.2021".
        if Captions.opensAsCaption(line) { return false }
        guard let last = line.last, ".!?。！？".contains(last) else { return true }
        return TextMeasure.holds(line, atMost: Thresholds.maximumDateLineCharacters)
    }

    /// Whether a line opens with a publication label: `Erschienen am: 13.10.2021`, `Published`.
    static func isPublicationLabelled(_ line: String) -> Bool {
        let lower = line.prefix(24).lowercasedQuickly()
        return MetadataMarkup.publicationLabels.contains { lower.hasPrefix($0) }
    }

    /// A short line as the body prints it (`shown`, for dropping it there), and as read for metadata
    /// (`text`), in one walk of the element.
    ///
    /// In `text`, a `<br>` ends a line's name: `Von Roland Brockmann und Sebastian Drescher<br>Kakuma
    /// /Kenia`. And the hAtom `updated` mark is left out when another date is left: themes print the
    /// machine-readable update time, hidden, before the visible date, and the line's first date
    /// would be the update's: `<span class="updated">2022-12-07T10:10:52+01:00</span><span>25.
    /// Dezember 2022</span>`. Where the mark is the line's only date, it is the date shown.
    static func lines(of node: HTMLNode) -> (text: String, shown: String) {
        if node.isText {
            let text = TextNormalizer.collapse(node.text)
            return (text, text)
        }
        var printed: [UInt8] = []
        var broken: [UInt8] = []
        var marks: [HTMLNode] = []
        for part in node.descendants {
            if part.isText {
                _ = part.withTextBytes { bytes in
                    printed.append(contentsOf: bytes)
                    broken.append(contentsOf: bytes)
                }
            } else if part.isElement(named: "br") {
                broken.append(contentsOf: " | ".utf8)
            } else if part.hasAttributeWord("class", "updated") {
                marks.append(part)
            }
        }
        let shown = TextNormalizer.collapse(String(decoding: printed, as: UTF8.self))
        let whole = broken.count == printed.count ? shown
            : TextNormalizer.collapse(String(decoding: broken, as: UTF8.self)).trimming(VisibleMetadata.lineBreakMarks)
        var text = whole
        for element in marks {
            let mark = TextNormalizer.collapse(element.textContent)
            if !mark.isEmpty, let range = ByteSearch.range(of: mark, in: text) { text.replaceSubrange(range, with: " ") }
        }
        guard text != whole, DateParser.firstDate(in: text) != nil else { return (whole, shown) }
        return (TextNormalizer.collapse(text).trimming(VisibleMetadata.lineBreakMarks), shown)
    }

    /// What stands for a `<br>` in a line, trimmed off its ends.
    private static let lineBreakMarks = CharacterSet(charactersIn: "| ")
    /// What stands between a kicker and the headline after it: `Exklusiv: …`, `Analyse | …`.
    private static let kickerSeparators = CharacterSet(charactersIn: ":：-–—|· ")

    /// Whether a line holds a link to the previous or the next post (`rel="prev"`, `rel="next"`).
    static func linksToOtherPosts(_ node: HTMLNode) -> Bool {
        ([node] + node.descendants(named: "a")).contains { element in
            element.hasAttributeWord("rel", "prev") || element.hasAttributeWord("rel", "next")
        }
    }

    /// Labels of the date of something the article announces or reviews, not of the article:
    /// `Termin: 21.02.2020, 19 Uhr`, `Erscheinungsdatum: 14.08.2017`.
    private static let eventLabels = [
        "termin", "veranstaltung", "erscheinungsdatum", "erscheinungstermin", "einsendeschluss", "anmeldeschluss", "frist",
        "event date", "release date", "deadline", "date de l'événement", "date de sortie", "fecha del evento", "fecha de estreno",
    ]

    /// Labels of a forum profile's dates, anywhere in the line, since the profile box starts with the
    /// member's name: `r23 Beiträge: 1626 Registriert: 18.09.2008, 05:56`.
    private static let memberLabels = [
        "registriert:", "mitglied seit", "dabei seit", "anmeldedatum", "registered:", "joined:", "member since", "inscrit le",
        "membre depuis", "registrado:", "miembro desde", "iscritto il", "зарегистрирован",
    ]

    /// Looks at the few short elements just before the headline (its earlier siblings, then its
    /// parent's) for a date line.
    private mutating func readDateAbove(_ headline: HTMLNode, now: Date?) {
        var level: HTMLNode? = headline
        var looked = 0
        for _ in 0..<2 {
            guard let anchor = level else { return }
            var sibling = anchor.previousSibling
            while let node = sibling, looked < 4 {
                sibling = node.previousSibling
                guard node.isElement else { continue }
                looked += 1
                let characters = VisibleMetadata.characters(of: node, stoppingAbove: Thresholds.maximumDateLineCharacters)
                guard characters > 0, characters <= Thresholds.maximumDateLineCharacters else { continue }
                let (text, shown) = VisibleMetadata.lines(of: node)
                let line = InfoLine(text, now: now)
                if let date = line.date {
                    info.date = date
                    // The same line may name the writer: "05.02.2020 - Redaktion: Eberhard Fuhr".
                    if info.author == nil { info.author = line.author }
                    usedLines.append(shown)
                    return
                }
            }
            level = anchor.parent
        }
    }

    /// The measured characters of a node's text, counted only until they pass `limit` (or until
    /// ``Thresholds/infoLineMaximumNodes`` nodes were read, which no info line has).
    static func characters(of node: HTMLNode, stoppingAbove limit: Int) -> Int {
        var characters = 0
        var visited = 0
        // One handle stepped along: asked of every block near the headline, a new handle per node
        // cost a hold on the document each.
        guard var inner = node.firstChild else { return 0 }
        repeat {
            if let measure = inner.withTextBytes({ TextMeasure(bytes: $0) }) {
                characters += measure.characters
                if characters > limit { return characters }
            }
            visited += 1
            if visited > Thresholds.infoLineMaximumNodes { return limit + 1 }
        } while inner.advance(within: node)
        return characters
    }

    /// The `<h1>` closest before the content, else the first inside it, else the only one on the page.
    /// An `<h1>` that is the site's logo (a link to the home page) is no headline; without another
    /// `<h1>`, the headline is the `<h2>` or `<h3>` whose text the page's `<title>` repeats, as blog
    /// themes print it.
    static func headlineNode(in body: HTMLNode, content: [HTMLNode], documentTitle: String? = nil,
                             declaredTitle: String? = nil) -> HTMLNode? {
        let first = content.first
        var lastBefore: HTMLNode?
        var firstInside: HTMLNode?
        var all: [HTMLNode] = []
        var titled: HTMLNode?
        let titleKey = documentTitle.map(TitleCleaner.key) ?? ""
        var reachedContent = false
        body.walk { node in
            if let first, node == first { reachedContent = true }
            if node.isElement(named: "h1"), !isLogo(node), !TextNormalizer.collapse(node.textContent).isEmpty {
                all.append(node)
                if !reachedContent { lastBefore = node } else if firstInside == nil, content.contains(where: { $0.contains(node) }) {
                    firstInside = node
                }
            } else if titled == nil, !titleKey.isEmpty, node.isElement(named: "h2") || node.isElement(named: "h3") {
                let key = TitleCleaner.key(node.textContent)
                if key.count >= 8, titleKey.hasPrefix(key) || titleKey.hasSuffix(key) { titled = node }
            }
            return .descend
        }
        // Of several, the one the page's title repeats: "Zoll | Fachmeldungen | Verkündung des …" names the third.
        let titleKeys = [titleKey, declaredTitle.map(TitleCleaner.key) ?? ""].filter { !$0.isEmpty }
        if all.count > 1, !titleKeys.isEmpty {
            // The title's headline part may also be shorter than the headline: "BMJV | Transparenz bei
            // Preisanpassungen" over "Mehr Transparenz bei Preisanpassungen".
            let titleHeadline = documentTitle.map { TitleCleaner.key(TitleCleaner.clean($0, siteNames: [])) } ?? ""
            let confirmed = all.compactMap { heading -> (heading: HTMLNode, length: Int)? in
                // Without its kicker, which the title leaves out ("27.01.2022" above "MineralölINFO …").
                let key = TitleCleaner.key(headlineText(of: heading))
                guard key.count >= 8 else { return nil }
                let repeated = titleKeys.contains(where: { ByteSearch.contains($0, key) })
                    || titleHeadline.count >= Thresholds.minimumTitleHeadlineCharacters && ByteSearch.contains(key, titleHeadline)
                return repeated ? (heading, key.count) : nil
            }
            if let longest = confirmed.max(by: { $0.length < $1.length }) { return longest.heading }
        }
        return lastBefore ?? firstInside ?? (all.count == 1 ? all[0] : nil) ?? titled
    }

    /// An `<h1>` that names the site: marked so (`id="site-title"`, `class="logo"`), or whose only
    /// text is a link to the home page.
    private static func isLogo(_ heading: HTMLNode) -> Bool {
        if BoilerplatePatterns.matches(BoilerplatePatterns.signature(of: heading), logoWords) { return true }
        let text = TextNormalizer.collapse(heading.textContent)
        var current = heading.firstChild
        while let node = current {
            if node.isElement(named: "a") {
                guard let href = node.attribute("href"), TextNormalizer.collapse(node.textContent) == text else { return false }
                let path = URL(string: href)?.path ?? href
                return path.isEmpty || path == "/" || path == "/index.html" || path == "/index.php"
            }
            current = node.next(within: heading)
        }
        return false
    }

    private static let logoWords: SignatureWords = ["site-title", "site-name", "sitename", "blog-title", "blogtitle", "logo", "branding", "masthead"]

    /// Class and id words of the kicker, overline or byline printed inside a headline element.
    private static let kickerWords: SignatureWords = ["kicker", "subtitle", "sub-title", "subheadline", "overline", "topline", "toptitle", "dachzeile",
                                      "roofline", "eyebrow", "supertitle", "super-title", "pretitle", "titleheader", "headline-intro",
                                      "spitzmarke", "category", "ressort", "rubric", "topic", "label", "dash", "byline", "author", "posted",
                                      "date", "meta"]

    /// The headline's text without the kicker above it or the byline inside it:
    ///
    ///     <h1><span class="kicker">Paris 2024</span> Drinks by boat</h1>  → "Drinks by boat"
    ///     <h1><small>Workout of the week</small><br>Medley pyramid</h1>   → "Medley pyramid"
    static func headlineText(of heading: HTMLNode) -> String {
        var parts: [String] = []
        var sawKicker = false
        var current = heading.firstChild
        while let node = current {
            if node.isElement {
                if node.isElement(named: "small") || BoilerplatePatterns.matches(BoilerplatePatterns.signature(of: node), kickerWords) {
                    sawKicker = true
                    current = node.next(within: heading, skippingChildren: true)
                    continue
                }
                // A short line broken off above the headline is its kicker.
                if node.isElement(named: "br"), TextMeasure.holds(parts.joined(), atMost: Thresholds.maximumInfoLineCharacters / 2) {
                    sawKicker = sawKicker || !parts.isEmpty
                    parts.removeAll()
                }
            } else if let text = node.withTextBytes({ String(decoding: $0, as: UTF8.self) }) {
                parts.append(text)
            }
            current = node.next(within: heading)
        }
        // The separator that stood between kicker and headline goes with the kicker.
        let text = TextNormalizer.collapse(parts.joined()).trimming(VisibleMetadata.kickerSeparators)
        return sawKicker && !text.isEmpty ? text : TextNormalizer.collapse(heading.textContent)
    }

    /// Weighted characters of the element's own text nodes.
    private func directText(of node: HTMLNode) -> Int {
        node.children.reduce(0) { $0 + ($1.withTextBytes { TextMeasure(bytes: $0).characters } ?? 0) }
    }

    private static func isByline(_ node: HTMLNode) -> Bool {
        if node.attribute("rel")?.lowercasedQuickly() == "author" { return true }
        if let itemprop = node.attribute("itemprop"), ByteSearch.contains(itemprop.lowercasedQuickly(), "author") { return true }
        return BoilerplatePatterns.matches(BoilerplatePatterns.signature(of: node), bylineWords)
    }

    /// A byline's names without the "By" and without a trailing date.
    static func cleanedByline(_ text: String) -> String? {
        if let labelled = InfoLine.value(after: InfoLine.authorLabels, in: text) { return labelled }
        let words = text.split(separator: " ")
        guard !words.isEmpty, words.count <= 6, text.count <= 60, DateParser.firstDate(in: text) == nil else { return nil }
        return text
    }
}
