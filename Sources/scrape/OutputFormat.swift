// The output formats a user can ask for.
import ArgumentParser
import ArticleRendering

/// An output format of `scrape`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, jsonl, markdown, text

    /// The renderer that writes this format.
    var renderer: any ArticleRenderer {
        switch self {
        case .json: return JSONRenderer(compact: false)
        case .jsonl: return JSONRenderer(compact: true)
        case .markdown: return MarkdownRenderer()
        case .text: return TextRenderer()
        }
    }
}
