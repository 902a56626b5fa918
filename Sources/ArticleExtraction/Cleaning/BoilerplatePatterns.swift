// The words in class names and ids that say what a block is, grouped by purpose.
import HTMLParser

/// Class and id vocabularies, matched as substrings of the lowercased `class` and `id` together
/// (idea from Readability.js `REGEXPS`, extended with words common on Chinese news sites).
enum BoilerplatePatterns {
    /// Words of blocks that are almost never the article: removed before scoring unless they also
    /// carry a word of ``maybeArticle``.
    static let unlikelyArticle: SignatureWords = [
        "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
        "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
        "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
        "yom-remote", "recommend", "cookie", "newsletter", "subscribe", "share", "navbar", "topbar", "copyright",
    ]

    /// Words of ``unlikelyArticle`` that name where a block sits, not what it holds.
    private static let placeWords: Set<String> = ["header", "footer"]
    private static let unlikelyKinds = SignatureWords(unlikelyArticle.filter { !placeWords.contains($0) })

    /// Whether a signature is unlikely only for naming the block's place on the page (`above-footer`),
    /// which says nothing of what it holds; a cookie box or a sidebar says what it is.
    static func namesOnlyPlace(_ signature: String) -> Bool { !matches(signature, unlikelyKinds) }

    /// Words that rescue an unlikely block: it may hold the article.
    static let maybeArticle: SignatureWords = ["and", "article", "body", "column", "content", "main", "shadow", "post", "story", "text"]

    /// Words that raise a container's score (Readability's `positive`).
    static let positive: SignatureWords = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text",
        "blog", "story", "zw", "zhengwen", "detail",
    ]

    /// Words that lower a container's score (Readability's `negative`).
    static let negative: SignatureWords = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer", "footnote", "gdpr",
        "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
        "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "recommend", "hot", "newsletter", "subscribe",
    ]

    /// Words of blocks inside an article that are not article text: share bars, "related" lists,
    /// newsletter boxes, calls to action (`cta-`), tag lists, and picture galleries, whose slides repeat their captions beside
    /// counters and controls ("Image 1 of 8", "Back to Gallery"). Not "paywall": a page that carries the text behind its paywall
    /// carries article text there.
    static let inArticleBoilerplate = SignatureWords([
        "share", "social", "related", "recommend", "newsletter", "subscribe", "promo", "advert", "sponsor",
        "breadcrumb", "tags", "comment", "toolbar", "byline", "more-stories",
        "signup", "sign-up", "cookie", "outbrain", "taboola", "trending", "cta-", "-cta",
        "breaker", "postmetadata", "entry-utility", "entry-meta", "article-meta", "article__meta", "post-meta", "post__meta",
        "affiliate",
    ] + authorBoxNames + pictureBoxNames + foldedTextNames)

    /// Words of the boxes that page through pictures.
    private static let pictureBoxNames = ["gallery", "slideshow", "carousel", "slider", "swiper"]
    static let pictureBoxWords = SignatureWords(pictureBoxNames)

    /// Words of text a script shortens until the reader asks for the rest, or of the link that shows it.
    private static let foldedTextNames = ["read-more", "readmore"]
    static let foldedTextWords = SignatureWords(foldedTextNames)

    /// Words of the teaser of another story set inside an article, when it links to that story.
    static let teaserWords: SignatureWords = ["teaser", "snippet"]

    /// Words of the box about the writer, one kind of in-article boilerplate.
    private static let authorBoxNames = [
        "author-bio", "post-author", "author-box", "authorbox", "about-author", "author-info", "author-profile", "author-description",
        "sabox", "entry-author", "authors",
    ]
    static let authorBoxWords = SignatureWords(authorBoxNames)

    /// Whether an element's class or id names boilerplate inside an article, with no word that may
    /// mean it holds the article.
    ///
    ///     <div class="entry-author-bio">…</div>    → boilerplate
    ///     <div class="post-author">…</div>         → boilerplate: "post" is part of the boilerplate word
    ///     <div class="share-content">…</div>       → not: "content" may be the article
    static func namesInArticleBoilerplate(_ node: HTMLNode) -> Bool {
        var signature = signature(of: node)
        guard matches(signature, inArticleBoilerplate) else { return false }
        // A class that names the author box says it alone, whatever generic words the other classes
        // add (`bmg-content-box bmg-author-box`); and a compound class is what its last word names:
        // `block-content_breaker` is a breaker set in the content, where `share-content` is content.
        for piece in ByteSearch.pieces(of: signature, separatedBy: " ") {
            let token = String(piece)
            if matches(token, authorBoxWords) && !matches(token, maybeArticle) || endsInBoilerplate(token) { return true }
        }
        // A rescuing word inside the boilerplate word itself ("post" in "post-author") rescues nothing.
        for word in inArticleBoilerplate where ByteSearch.contains(signature, word) {
            signature = ByteSearch.pieces(of: signature, separatedBy: word).joined(separator: " ")
        }
        return !matches(signature, maybeArticle)
    }

    /// Whether a boilerplate word in one class comes after the last word that may mean the article.
    private static func endsInBoilerplate(_ token: String) -> Bool {
        guard matches(token, maybeArticle) else { return false }
        let lastRescue = maybeArticle.compactMap { word in ByteSearch.lastOffset(of: word, in: token).map { $0 + word.utf8.count } }.max()
        guard let lastRescue else { return false }
        return inArticleBoilerplate.contains { word in
            // `entry-content-read-more` is the article folded behind a button, not a "read more" link.
            // An editorial "comment" is an opinion piece, or the text of a gallery's item
            // (`main-content__item__comment`): only readers' comments are boilerplate, and those say so whole.
            guard !foldedTextWords.contains(word), word != "comment", let start = ByteSearch.lastOffset(of: word, in: token) else { return false }
            return start >= lastRescue
        }
    }

    /// Roles of landmarks that never hold the article.
    static let unlikelyRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search"]

    /// The element's `class` and `id`, lowercased and joined, for substring matching.
    ///
    /// Made in one piece from libxml2's bytes: every stage asks it of most elements. The
    /// lowercasing is ASCII's, as the words matched against it are.
    static func signature(of node: HTMLNode) -> String {
        node.withAttributeBytes("class") { classes in
            node.withAttributeBytes("id") { id in joinedLowercased(classes, id) } ?? joinedLowercased(classes, nil)
        } ?? node.withAttributeBytes("id") { id in joinedLowercased(nil, id) } ?? ""
    }

    private static func joinedLowercased(_ classes: UnsafeBufferPointer<UInt8>?, _ id: UnsafeBufferPointer<UInt8>?) -> String {
        let classCount = classes?.count ?? 0, idCount = id?.count ?? 0
        if classCount == 0 && idCount == 0 { return "" }
        return String(unsafeUninitializedCapacity: classCount + 1 + idCount) { buffer in
            for index in 0..<classCount { buffer[index] = classes![index].asciiLowercased }
            buffer[classCount] = 0x20
            for index in 0..<idCount { buffer[classCount + 1 + index] = id![index].asciiLowercased }
            return classCount + 1 + idCount
        }
    }

    /// Whether any of the words occurs in the signature.
    static func matches(_ signature: String, _ words: SignatureWords) -> Bool {
        guard !signature.isEmpty else { return false }
        // Signatures are native strings, read in place; a copy made contiguous only otherwise.
        if let found = signature.utf8.withContiguousStorageIfAvailable(words.occur) { return found }
        var signature = signature
        return signature.withUTF8(words.occur)
    }

    /// The class weight of an element: +25 for a positive word, −25 for a negative one (Readability `_getClassWeight`).
    static func classWeight(of node: HTMLNode) -> Int {
        let classes = (node.attribute("class") ?? "").lowercasedQuickly()
        let id = (node.attribute("id") ?? "").lowercasedQuickly()
        var weight = 0
        for part in [classes, id] where !part.isEmpty {
            if matches(part, negative) { weight -= Thresholds.classWeight }
            if matches(part, positive) { weight += Thresholds.classWeight }
        }
        return weight
    }
}
