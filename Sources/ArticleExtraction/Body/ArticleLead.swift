// The standfirst printed between the headline and the article's container.
import HTMLParser

/// The lead paragraph that many templates set apart from the article's text: under the headline,
/// in an element named for it (`lead`, `intro`, `teaser`, `standfirst`, `chapo`, `perex`…), outside
/// the container the body stage chose, which holds the paragraphs that follow.
///
///     <h1>Hunters shaken</h1><div class="intro"><p class="teaser-text">The association calls for
///     a swift inquiry …</p></div><div class="article-body"><p>…</p></div>
///     → "The association calls for a swift inquiry …" opens the body
///
/// Only the stretch between the headline and the content is searched, so teasers of other
/// stories (beside or below the article) are never taken, and the lead must read as a sentence
/// or two of prose: not a date line, not a row of links, not a picture's caption, not a second
/// article. A headline inside the content has no such stretch: what follows it is the article's.
enum ArticleLead {
    /// Class and id words of lead elements, in the languages of the templates that name them.
    static let leadWords: SignatureWords = [
        "lead", "intro", "teaser", "standfirst", "subtitle", "subheadline", "sub-headline", "excerpt", "abstract",
        "summary", "description", "chapo", "chapeau", "perex", "deck", "sapo", "entradilla", "bajada", "sottotitolo",
    ]

    /// The lead's text, or `nil` when the page sets none apart before the content.
    ///
    /// - Parameters:
    ///   - headline: the headline element.
    ///   - content: the containers the body stage chose.
    ///   - bodyText: the body's text, so that a lead the article repeats is not added twice.
    static func text(after headline: HTMLNode, in root: HTMLNode, content: [HTMLNode], bodyText: String) -> String? {
        // A headline inside the content leaves no stretch before it.
        guard !content.contains(where: { $0.contains(headline) }) else { return nil }
        var current = headline.next(within: root, skippingChildren: true)
        var visited = 0
        // The characters of text passed since the headline: a date or a byline may come before the lead.
        var textSeen = 0
        let group = headline.parent.flatMap { $0.isElement(named: "hgroup") ? $0 : nil }
        while let node = current, visited < Thresholds.leadSearchNodes, !content.contains(node) {
            visited += 1
            let inGroup = group?.contains(node) == true
            // The paragraph printed first under the headline, after a date or byline at most, is a lead
            // too, unnamed ("Our present financial ruin is being turned into a business model."),
            // unless named as something else.
            // Inside an <hgroup>, the heading under the headline is its subtitle.
            let isOpening = textSeen <= Thresholds.maximumTextBeforeLead
                && (node.isElement(named: "p") || inGroup && HTMLVocabulary.headingLevel(node.name) != nil)
                && !BoilerplatePatterns.matches(BoilerplatePatterns.signature(of: node), otherLineWords)
                && !isInPictureBox(node)
            if node.isText, textSeen <= Thresholds.maximumTextBeforeLead {
                textSeen += node.withTextBytes { TextMeasure(bytes: $0).characters } ?? 0
            }
            // The picture under the headline and its caption come before the lead; the caption is no text of it.
            if node.isElement(in: pictureTags) {
                current = node.next(within: root, skippingChildren: true)
                continue
            }
            guard node.isElement, isOpening || isLead(node) else {
                current = node.next(within: root)
                continue
            }
            // A wrapper of the content is no lead, nor is an outer `intro` around the lead element,
            // which may hold the date line too: the walk goes on inside them.
            if content.contains(where: { node.contains($0) }) || node.descendants.contains(where: { $0.isElement && isLead($0) }) {
                current = node.next(within: root)
                continue
            }
            // "Lead" also names the picture above the article (`lead-asset__caption`, `articlepage-lead`
            // around an image): its caption and credit are no lead.
            if holdsPicture(node) {
                current = node.next(within: root, skippingChildren: true)
                continue
            }
            let text = TextNormalizer.collapse(node.textContent)
            // Unnamed, it must read as a sentence, not as a date line.
            if isProse(text, of: node), isLead(node) || endsSentence(text) && DateParser.firstDate(in: text) == nil {
                // The advertising note a site sets above every post is none either.
                return ByteSearch.contains(bodyText, text) || InterfaceLabels.isDisclosure(text) ? nil : text
            }
            current = node.next(within: root, skippingChildren: true)
        }
        return nil
    }

    /// Class and id words of the other lines printed under a headline: a picture's title or credit, the byline.
    private static let otherLineWords: SignatureWords = [
        "title", "titulo", "titel", "caption", "credit", "byline", "author", "date", "meta", "kicker",
    ]

    /// A sentence or two of prose, not a row of links.
    private static func isProse(_ text: String, of node: HTMLNode) -> Bool {
        let characters = TextMeasure(text).characters
        return characters >= Thresholds.minimumLeadCharacters && characters <= Thresholds.maximumLeadCharacters
            && LinkDensity(of: node).density < Thresholds.maximumBlockLinkDensity
    }

    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return ".!?…。！？".unicodeScalars.contains(last)
    }

    /// Class and id words of a box around a picture and its caption (`media--type-image`).
    private static let pictureBoxWords: SignatureWords = ["media", "image", "photo", "picture", "caption", "figure"]

    /// Whether a paragraph sits, two levels up at most, in a box named for a picture: it is the caption.
    private static func isInPictureBox(_ node: HTMLNode) -> Bool {
        sequence(first: node, next: \.parent).dropFirst().prefix(2).contains {
            BoilerplatePatterns.matches(BoilerplatePatterns.signature(of: $0), pictureBoxWords)
        }
    }

    private static let pictureTags: TagSet = ["figure", "figcaption", "img", "picture", "video"]

    /// Whether an element holds a picture or its caption (pictures themselves are passed over before).
    /// Class words would say it too, but utility classes name captions for their type size
    /// (`caption-s5-fx` on a lead).
    private static func holdsPicture(_ node: HTMLNode) -> Bool {
        node.descendants.contains { $0.isElement(in: pictureTags) }
    }

    private static func isLead(_ node: HTMLNode) -> Bool {
        BoilerplatePatterns.matches(BoilerplatePatterns.signature(of: node), leadWords)
    }
}
