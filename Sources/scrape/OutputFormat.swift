// The output formats a user can ask for.
import ArgumentParser
import ArticleRendering

/// An output format of `scrape`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, jsonl, markdown, text

    /// The renderer that writes this format; `explains` adds the removal report to JSON.
    func renderer(explains: Bool) -> any ArticleRenderer {
        switch self {
        case .json: return JSONRenderer(compact: false, explains: explains)
        case .jsonl: return JSONRenderer(compact: true, explains: explains)
        case .markdown: return MarkdownRenderer()
        case .text: return TextRenderer()
        }
    }

    /// Whether the format carries the removal report itself; the others send it to stderr.
    var carriesExplanation: Bool { self == .json || self == .jsonl }
}
