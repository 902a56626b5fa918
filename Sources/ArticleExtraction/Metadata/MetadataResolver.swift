// Decides each metadata field from every place a page states it; precedence is code order.
import Foundation

/// The article's metadata fields, resolved.
struct ResolvedMetadata: Equatable {
    var title: String?
    var date: String?
    var dateModified: String?
    var source: String?
    /// The writers, one name each.
    var authors: [String] = []
    var editor: String?
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
    let markup: MetadataMarkup
    let options: ExtractionOptions
    /// The host's and site's names and words (``publisherWords(declarations:options:)``), computed once per page.
    let publisherWords: Set<String>
    /// The first paragraphs of the body, where wire datelines and press releases' date lines stand.
    let openingParagraphs: [String]
    /// The last paragraphs of the body, where editors are named.
    let lastParagraphs: [String]
    /// The body text, for a language guess.
    let bodyText: String
    let vocabulary: ArticleVocabulary

    private var firstParagraph: String? { openingParagraphs.first }

    func resolve() -> ResolvedMetadata {
        var metadata = ResolvedMetadata()
        metadata.url = url()
        metadata.source = source()
        (metadata.title, metadata.titleSpam) = title()
        metadata.dateModified = modified()
        // A page that states only when it was last changed dates the text it delivers by that.
        metadata.date = published() ?? metadata.dateModified
        metadata.authors = authors(excluding: [metadata.source, declarations.meta["og:site_name"]].compactMap { $0 })
        metadata.editor = editor()
        metadata.language = language()
        return metadata
    }

    // MARK: - Fields

    private func url() -> String? {
        options.baseURL ?? declarations.pageAddress
    }

    private var siteNames: [String] {
        [declarations.meta["og:site_name"], declarations.meta["application-name"], declarations.linkedData.publisherName].compactMap { $0 }
            + MetadataResolver.hostNames(of: url())
    }

    /// The host of an address, lowercased, with and without its `www.`.
    static func hostNames(of address: String?) -> [String] {
        guard let host = address.flatMap({ URL(string: $0)?.host?.lowercasedQuickly() }) else { return [] }
        return host.hasPrefix("www.") ? [host, String(host.dropFirst(4))] : [host]
    }

    /// The headline element when a declared title confirms it; else the declared title without
    /// keyword spam and the site name; else the headline element; else `<title>` cleaned the same way.
    ///
    /// - Returns: the title, and the spam phrases found in the declared titles.
    private func title() -> (String?, [String]) {
        let declared = declarations.linked("headline")
            ?? declarations.meta(["og:title", "twitter:title", "sailthru.title", "parsely-title", "dc.title"])
        var names = siteNames
        let documentTitle = declarations.documentTitle
        // A headline that is only the site's name, as the document title shows it, is the logo.
        var printedHeadline = visible.headline
        if let printed = printedHeadline, let documentTitle, TitleCleaner.isTitleEnd(printed, of: documentTitle) {
            names.append(printed)
            printedHeadline = nil
        }
        let declaredClean = declared.map { TitleSpam.clean($0, vocabulary: vocabulary, confirmedBy: [visible.headline, documentTitle].compactMap { $0 }) }
        let documentClean = documentTitle.map { TitleSpam.clean($0, vocabulary: vocabulary, confirmedBy: [visible.headline, declared].compactMap { $0 }) }
        let spam = (declaredClean?.spam ?? []) + (documentClean?.spam ?? [])
        // Some pages print the whole document title, site name included, in their headline element.
        let headline = printedHeadline.map { TitleCleaner.removingSiteName(from: $0, siteNames: names, trailingOnly: true) ?? $0 }
        if let headline {
            // Compared by letters and digits: quote styles, dashes and case differ between them.
            let headlineKey = TitleCleaner.key(headline)
            let isSiteName = TitleCleaner.isSiteName(headline, siteNames: names)
            for candidate in [declaredClean?.title, documentClean?.title].compactMap({ $0 }) where !candidate.isEmpty && !headlineKey.isEmpty && !isSiteName {
                let candidateKey = TitleCleaner.key(candidate)
                // The declared title adds the site name or a section, or the headline element adds a
                // subtitle: either way the printed headline is the article's own.
                if candidateKey.contains(headlineKey) || headlineKey.contains(candidateKey) { return (headline, spam) }
                // Both open or close with the same words and part ways in an edit: the page prints the later wording.
                let shared = max(candidateKey.commonPrefix(with: headlineKey).count,
                                 String(candidateKey.reversed()).commonPrefix(with: String(headlineKey.reversed())).count)
                if shared * 2 >= min(candidateKey.count, headlineKey.count), shared >= 12 { return (headline, spam) }
            }
        }
        if let declared = declaredClean?.title, !declared.isEmpty {
            let cleaned = TitleCleaner.clean(declared, siteNames: names)
            // Where only the site's name is left, the declared title had no headline in it.
            if !cleaned.isEmpty, headline == nil || !TitleCleaner.isSiteName(cleaned, siteNames: names) { return (cleaned, spam) }
        }
        if let headline { return (headline, spam) }
        if let documentTitle = documentClean?.title, !documentTitle.isEmpty {
            let cleaned = TitleCleaner.clean(documentTitle, siteNames: names)
            return (cleaned.isEmpty ? nil : cleaned, spam)
        }
        return (nil, spam)
    }

    private func published() -> String? {
        let candidates: [String?] = [
            declarations.linked("datePublished"),
            declarations.meta(["article:published_time", "og:published_time", "og:article:published_time", "datepublished", "article.published",
                               "publication_date", "citation_publication_date", "citation_date", "dc.date.created", "date.created",
                               "published_time", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued",
                               "dc.date", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "date"]),
            declarations.publishedTime,
            declarations.linked("dateCreated"),
        ]
        let printed = visible.info.date.flatMap { isPossible($0) ? $0 : nil }
        let marked = [markup.markedDate, markup.printedDate].compactMap { $0 }.filter(isPossible)
        for candidate in candidates.compactMap({ $0 }) {
            guard let date = DateParser.parse(candidate), isPossible(date) else { continue }
            // The date printed beside the headline is the one the page shows its readers. Where it
            // names another day, the declared one is most often the draft's creation, an update, or
            // the moment converted to UTC; on the same day the declared one is the more precise.
            // Unless the page's marked-up date (a `<time>`, a date-classed element) sides with the declared
            // one, and the printed one is not labelled as the publication's.
            if let printed, !printed.isSameDay(as: date),
               visible.dateIsLabelled || !marked.contains(where: { $0.isSameDay(as: date) }) { return printed.iso }
            // A time declared in UTC falls on the next or the previous day for the page's readers:
            // the day the page marks up is then theirs.
            if printed == nil, let local = marked.first(where: date.mayBeLocalDay) { return local.iso }
            return date.iso
        }
        // Without a declared date, a line's date that the marked-up dates contradict is less sure than they are.
        if let printed, marked.isEmpty || marked.contains(where: { $0.isSameDay(as: printed) }) { return printed.iso }
        if let date = markup.markedDate, isPossible(date) { return date.iso }
        if let printed { return printed.iso }
        // The address it was fetched or archived from, then the one the page names as its own.
        for address in [url(), declarations.pageAddress].compactMap({ $0 }) {
            if let date = MetadataResolver.dateInURL(address), isPossible(date) { return date.iso }
        }
        // Last, a short closing line that signs and dates the article: "Benni / 10. September 2017".
        let closingDate = lastParagraphs.last.flatMap { TextMeasure.holds($0, atMost: Thresholds.maximumDateLineCharacters) ? DateParser.firstDate(in: $0) : nil }
        for date in [markup.printedDate] + openingParagraphs.map(InfoLine.datelineDate(in:)) + [closingDate] {
            guard let date, isPossible(date) else { continue }
            return date.iso
        }
        return nil
    }

    private func modified() -> String? {
        let candidates: [String?] = [
            declarations.linked("dateModified"),
            declarations.meta(["article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified"]),
            declarations.updatedTime,
        ]
        for candidate in candidates.compactMap({ $0 }) {
            if let date = DateParser.parse(candidate), isPossible(date) { return date.iso }
        }
        if let date = markup.modifiedDate, isPossible(date) { return date.iso }
        return nil
    }

    /// A real calendar date that is not in the future of the reference time (or of the clock).
    private func isPossible(_ date: ArticleDate) -> Bool {
        date.isValid && !RelativeDate.isFuture(date, now: options.now ?? Date())
    }

    /// The wire service named on the page beats the publisher hosting it.
    private func source() -> String? {
        if let source = visible.info.source ?? firstParagraph.flatMap(InfoLine.datelineSource(in:)) { return source }
        if let publisher = declarations.linkedData.publisherName { return publisher }
        return declarations.meta(["og:site_name", "application-name"])
    }

    /// Meta keys that name the writer.
    private static let authorMetaKeys = ["author", "article:author", "og:article:author", "parsely-author", "sailthru.author", "dc.creator",
                                         "dcterms.creator", "byl", "citation_author", "cxenseparse:author", "shareaholic:article_author_name",
                                         "cse_author", "twitter:creator:name"]
    /// Labels of the `twitter:labelN`/`twitter:dataN` pairs that name the writer.
    private static let authorPairLabels = ["written by", "verfasst von", "geschrieben von", "autor", "author", "auteur", "escrito por", "écrit par"]

    /// The writers, from the first place that names one: JSON-LD, meta tags, the byline beside the
    /// headline, byline markup anywhere, a wire dateline, a byline or signature closing the article,
    /// the post author's own comment, a person publishing the site. Site names, addresses and
    /// sentences are no writers.
    private func authors(excluding publishers: [String]) -> [String] {
        let linkedAuthors = declarations.linkedData.names("author").map { declarations.linkedData.fullName(of: $0) ?? $0 }
        var candidates: [[String]] = [linkedAuthors.flatMap { AuthorNames.names(in: $0, publisherWords: publisherWords) }]
        for key in MetadataResolver.authorMetaKeys {
            if let value = declarations.meta[key] { candidates.append(AuthorNames.names(in: value, publisherWords: publisherWords)) }
        }
        if let paired = declarations.pairedValue(labelled: MetadataResolver.authorPairLabels) {
            candidates.append(AuthorNames.names(in: paired, publisherWords: publisherWords))
        }
        for byline in [visible.bylineAuthor, visible.info.author].compactMap({ $0 }) {
            candidates.append(AuthorNames.names(in: byline, publisherWords: publisherWords))
        }
        candidates.append(markup.authors)
        if let dateline = firstParagraph.flatMap(InfoLine.datelineAuthor(in:)) {
            candidates.append(AuthorNames.names(in: dateline, publisherWords: publisherWords))
        }
        // A byline closing the article: "Autoren Jelko Djuren und Jutta Klaukien".
        for paragraph in lastParagraphs.reversed() where paragraph.utf8.count <= Thresholds.maximumInfoLineCharacters {
            if let byline = InfoLine.value(after: InfoLine.authorLabels, in: paragraph) {
                candidates.append(AuthorNames.names(in: byline, publisherWords: publisherWords))
            }
        }
        // A name signing the article's last paragraph.
        if let signature = markup.signature, lastParagraphs.last == signature { candidates.append(AuthorNames.names(in: signature, publisherWords: publisherWords)) }
        if let commenting = markup.commentingAuthor { candidates.append([commenting]) }
        // Last, the person who publishes the site, when nothing else names a writer.
        let person = declarations.linkedData.personPublisherName
        if let person { candidates.append(AuthorNames.names(in: person)) }
        var excluded = Set((publishers + MetadataResolver.hostNames(of: url())).map { $0.lowercasedQuickly() })
        if let person { excluded.remove(person.lowercasedQuickly()) }
        if let blogger = MetadataResolver.bloggerName(onHost: MetadataResolver.hostNames(of: options.baseURL ?? declarations.pageAddress).first) {
            excluded.remove(blogger)
        }
        let kept = candidates.map { $0.filter { !excluded.contains($0.lowercasedQuickly()) } }.filter { !$0.isEmpty }
        guard var chosen = kept.first else { return [] }
        // Structured data often names only the first writer; a byline that names them and more is the whole list.
        let chosenKeys = Set(chosen.map(TitleCleaner.key))
        if let fuller = kept.dropFirst().first(where: { names in
            let keys = Set(names.map(TitleCleaner.key))
            return keys.count > chosenKeys.count && keys.isSuperset(of: chosenKeys)
        }) {
            chosen = fuller
        }
        // A first name alone (`Todd`) gives way to the full name printed elsewhere (`Todd Bates`).
        if chosen.count == 1, !chosen[0].contains(" "),
           let full = kept.dropFirst().joined().first(where: { name in
               let words = name.split(separator: " ")
               return name.hasPrefix(chosen[0] + " ") && words.count <= 3
                   && words.allSatisfy { $0.first?.isUppercase == true && !$0.contains(where: \.isNumber) }
           }) {
            chosen = [full]
        }
        // A user name (`edilson.la.rosa`) gives way to the same name as printed elsewhere on the page.
        for (index, name) in chosen.enumerated() where name == name.lowercasedQuickly() && !name.contains(" ") {
            let key = TitleCleaner.key(name)
            if let printed = kept.dropFirst().joined().first(where: { $0.contains(" ") && TitleCleaner.key($0) == key }) { chosen[index] = printed }
        }
        return chosen
    }

    /// The editor named in an info line or at the end of the body.
    private func editor() -> String? {
        // Editor lines are short: a long paragraph is article text, and not worth a scan.
        visible.info.editor ?? lastParagraphs.lazy.filter { $0.utf8.count <= Thresholds.maximumInfoLineCharacters * 4 }
            .compactMap { InfoLine.value(after: InfoLine.editorLabels, in: $0) }.first ?? markup.editor
    }

    /// On a blog host, the first label of the host: the blogger's own name (`zahlenzauberin.wordpress.com`),
    /// which the blog's site name often repeats; a writer, not a publisher.
    static func bloggerName(onHost host: String?) -> String? {
        guard let host, blogHosts.contains(where: { host.hasSuffix("." + $0) }), let first = host.split(separator: ".").first else { return nil }
        return String(first)
    }

    /// Platforms that host personal blogs under subdomains.
    private static let blogHosts = ["wordpress.com", "blogspot.com", "tumblr.com", "livejournal.com", "over-blog.com",
                                    "typepad.com", "substack.com", "ghost.io", "wixsite.com", "hatenablog.com", "blog.fc2.com"]

    /// The lowercased words of the page's host and site names, which a byline may list beside the
    /// writer as the publisher ("Rob Picheta, CNN"), and the host and site names whole.
    static func publisherWords(declarations: PageDeclarations, options: ExtractionOptions) -> Set<String> {
        let hosts = hostNames(of: options.baseURL ?? declarations.pageAddress)
        var words = Set(hosts)
        let blogger = bloggerName(onHost: hosts.first)
        for label in hosts.first?.split(separator: ".") ?? [] where String(label) != blogger { words.insert(String(label)) }
        // A person publishing their own site is its writer, not a publisher to keep out of bylines.
        let person = declarations.linkedData.personPublisherName?.lowercasedQuickly()
        for name in [declarations.meta["og:site_name"], declarations.linkedData.publisherName].compactMap({ $0 })
            where name.lowercasedQuickly() != person && name.lowercasedQuickly() != blogger {
            words.insert(name.lowercasedQuickly())
        }
        return words
    }

    private func language() -> String? {
        let declared = [declarations.htmlLanguage, declarations.meta["content-language"], declarations.meta["og:locale"],
                        declarations.linked("inLanguage")]
        for tag in declared.compactMap({ $0 }) {
            guard let normalized = LanguageGuess.normalized(tag) else { continue }
            // A bare `zh` says nothing of the script; the text does.
            return normalized == "zh" ? LanguageGuess.chineseScript(of: bodyText) : normalized
        }
        return LanguageGuess.language(of: bodyText)
    }

    /// A date in a URL path: `/2023/04/21/`, `/2023-04-21/`, `/2017/7/12/`, or day first as much of
    /// the world writes it, `/29-10-2021` (month first only when the second number cannot be a month).
    static func dateInURL(_ url: String) -> ArticleDate? {
        let parts = url.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" }).map(String.init)
        guard parts.count >= 3 else { return nil }
        for index in 0..<(parts.count - 2) {
            let (first, second, third) = (parts[index], parts[index + 1], parts[index + 2])
            guard let a = Int(first), let b = Int(second), let c = Int(third), (1...2).contains(second.count) else { continue }
            if first.count == 4, (1...2).contains(third.count) {
                let date = ArticleDate(year: a, month: b, day: c)
                if date.isValid { return date }
            } else if third.count == 4, first.count == 2, second.count == 2 {
                let date = DateParser.dayFirst(a, b, year: c)
                if date.isValid { return date }
            }
        }
        return nil
    }
}
