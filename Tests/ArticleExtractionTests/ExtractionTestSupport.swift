// Shared by the extraction tests: parse a snippet and extract it.
import ArticleExtraction
import HTMLParser

func extract(_ html: String, options: ExtractionOptions = ExtractionOptions()) throws -> Article {
    let document = try HTMLDocument.parse(Array(html.utf8), options: ParseOptions.forExtraction(baseURL: options.baseURL))
    return try ArticleExtractor(options: options).extract(from: document)
}

/// Prose long enough to be scored as a paragraph.
func prose(_ topic: String) -> String {
    "The \(topic) was discussed at length, with residents, officials and experts giving their views, "
        + "and the council agreed to return to the \(topic) at its next meeting, after further study."
}
