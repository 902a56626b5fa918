// Decides each metadata field from every place a page states it; precedence is code order.
import Foundation

/// The article's metadata fields, resolved.
struct ResolvedMetadata: Equatable {
    var title: String?
    var date: String?
    var dateModified: String?
    var source: String?
    var author: String?
    var language: String?
    var url: String?
    /// Keyword phrases found in the page's titles and kept out of `title`.
    var titleSpam: [String] = []
}

/// Combines the page's declarations, its visible metadata and its body into one set of fields.
/// Each field takes the first source that states it well; when none does, it stays `nil`.
struct MetadataResolver {
    let declarations: PageDeclarations
    let visible: VisibleMetadata
    let options: ExtractionOptions
    /// The body text, for a language guess and the wire dateline.
    let firstParagraph: String?
    let bodyText: String
    let vocabulary: ArticleVocabulary

    func resolve() -> ResolvedMetadata {
        var metadata = ResolvedMetadata()
        metadata.url = url()
        metadata.source = source()
        (metadata.title, metadata.titleSpam) = title()
        metadata.date = published()
        metadata.dateModified = modified()
        metadata.author = author(excluding: [metadata.source, declarations.meta["og:site_name"]].compactMap { $0 })
        metadata.language = language()
        return metadata
    }

    // MARK: - Fields

    private func url() -> String? {
        options.baseURL ?? declarations.pageAddress
    }

    private var siteNames: [String] {
        var names = [declarations.meta["og:site_name"], declarations.meta["application-name"],
                     PageDeclarations.names(in: (declarations.linkedArticle?["publisher"] as? [String: Any])?["name"])].compactMap { $0 }
        if let host = url().flatMap({ URL(string: $0)?.host }) {
            names.append(host)
            names.append(host.hasPrefix("www.") ? String(host.dropFirst(4)) : host)
        }
        return names
    }

    /// The headline element when a declared title confirms it; else the declared title without
    /// keyword spam and the site name; else the headline element; else `<title>` cleaned the same way.
    ///
    /// - Returns: the title, and the spam phrases found in the declared titles.
    private func title() -> (String?, [String]) {
        let declared = declarations.linked("headline")
            ?? declarations.meta(["og:title", "twitter:title", "sailthru.title", "parsely-title", "dc.title"])
        let names = siteNames
        let declaredClean = declared.map { TitleSpam.clean($0, vocabulary: vocabulary) }
        let documentClean = declarations.documentTitle.map { TitleSpam.clean($0, vocabulary: vocabulary) }
        let spam = (declaredClean?.spam ?? []) + (documentClean?.spam ?? [])
        if let headline = visible.headline {
            let normalizedHeadline = headline.lowercased()
            for candidate in [declaredClean?.title, documentClean?.title].compactMap({ $0 }) where !candidate.isEmpty
                && (candidate.lowercased().contains(normalizedHeadline) || normalizedHeadline.contains(candidate.lowercased())) {
                return (headline, spam)
            }
        }
        if let declared = declaredClean?.title, !declared.isEmpty {
            let cleaned = TitleCleaner.clean(declared, siteNames: names)
            if !cleaned.isEmpty { return (cleaned, spam) }
        }
        if let headline = visible.headline { return (headline, spam) }
        if let documentTitle = documentClean?.title, !documentTitle.isEmpty {
            let cleaned = TitleCleaner.clean(documentTitle, siteNames: names)
            return (cleaned.isEmpty ? nil : cleaned, spam)
        }
        return (nil, spam)
    }

    private func published() -> String? {
        let candidates: [String?] = [
            declarations.linked("datePublished"),
            declarations.meta(["article:published_time", "og:published_time", "datepublished", "article.published",
                               "published_time", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued",
                               "dc.date", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "date"]),
            declarations.publishedTime,
            declarations.linked("dateCreated"),
        ]
        for candidate in candidates.compactMap({ $0 }) {
            if let date = DateParser.parse(candidate), date.isValid { return date.iso }
        }
        if let date = visible.info.date { return date.iso }
        // The address it was fetched or archived from, then the one the page names as its own.
        for address in [url(), declarations.pageAddress].compactMap({ $0 }) {
            if let date = MetadataResolver.dateInURL(address) { return date.iso }
        }
        return nil
    }

    private func modified() -> String? {
        let candidates: [String?] = [
            declarations.linked("dateModified"),
            declarations.meta(["article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified"]),
        ]
        for candidate in candidates.compactMap({ $0 }) {
            if let date = DateParser.parse(candidate), date.isValid { return date.iso }
        }
        return nil
    }

    /// The wire service named on the page beats the publisher hosting it.
    private func source() -> String? {
        if let source = visible.info.source { return source }
        if let publisher = PageDeclarations.names(in: (declarations.linkedArticle?["publisher"] as? [String: Any])?["name"])
            ?? PageDeclarations.names(in: declarations.linkedArticle?["publisher"]) {
            return publisher
        }
        return declarations.meta(["og:site_name", "application-name"])
    }

    private func author(excluding siteNames: [String]) -> String? {
        let candidates: [String?] = [
            declarations.linked("author"),
            declarations.meta(["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "citation_author"]),
            visible.bylineAuthor,
            visible.info.author,
            firstParagraph.flatMap(InfoLine.datelineAuthor(in:)),
        ]
        let lowerNames = Set(siteNames.map { $0.lowercased() })
        for candidate in candidates.compactMap({ $0 }) {
            var name = candidate
            for prefix in ["By ", "by ", "BY "] where name.hasPrefix(prefix) { name.removeFirst(prefix.count) }
            name = TextNormalizer.collapse(name)
            if name.isEmpty || name.hasPrefix("http") || name.utf8.contains(UInt8(ascii: "@")) && name.utf8.contains(UInt8(ascii: ".")) { continue }
            if lowerNames.contains(name.lowercased()) { continue }
            return name
        }
        return nil
    }

    private func language() -> String? {
        let declared = [declarations.htmlLanguage, declarations.meta["content-language"], declarations.meta["og:locale"],
                        declarations.linked("inLanguage")]
        for tag in declared.compactMap({ $0 }) {
            if let normalized = LanguageGuess.normalized(tag) { return normalized }
        }
        return LanguageGuess.language(of: bodyText)
    }

    /// A date in a URL path: `/2023/04/21/` or `/2023-04-21/`.
    static func dateInURL(_ url: String) -> ArticleDate? {
        let parts = url.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" }).map(String.init)
        guard parts.count >= 3 else { return nil }
        for index in 0..<(parts.count - 2) {
            guard parts[index].count == 4, let year = Int(parts[index]), let month = Int(parts[index + 1]),
                  parts[index + 1].count == 2, parts[index + 2].count == 2, let day = Int(parts[index + 2]) else { continue }
            let date = ArticleDate(year: year, month: month, day: day)
            if date.isValid { return date }
        }
        return nil
    }
}
