// Markdown output: YAML front matter with the metadata, then the body as CommonMark.
import ArticleExtraction

/// Renders the article as CommonMark with GitHub-style tables, after YAML front matter.
public struct MarkdownRenderer: ArticleRenderer {
    public init() {}

    public func render(_ article: Article, input: String) -> String {
        var lines = ["---"]
        let fields: [(String, String?)] = [
            ("title", article.title), ("date", article.date), ("dateModified", article.dateModified),
            ("source", article.source), ("author", article.author), ("editor", article.editor), ("language", article.language),
            ("url", article.url), ("input", input),
        ]
        for (key, value) in fields {
            lines.append("\(key): " + (value.map(MarkdownEscaping.yamlString) ?? "null"))
        }
        lines.append("---")
        var sections = [lines.joined(separator: "\n")]
        if let title = article.title { sections.append("# " + MarkdownEscaping.escape(title)) }
        sections.append(contentsOf: article.body.map(render))
        return sections.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
    }

    private func render(_ block: Block) -> String {
        switch block {
        case let .paragraph(text, links):
            return hardBreaks(MarkdownEscaping.escape(text, links: links))
        case let .heading(level, text):
            // The title is the document's only level-1 heading.
            return String(repeating: "#", count: min(max(level, 2), 6)) + " " + MarkdownEscaping.escape(text)
        case let .list(ordered, items):
            return list(ordered: ordered, items: items)
        case let .quote(text):
            return MarkdownEscaping.escape(text).split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
        case let .table(rows, hasHeader):
            return table(rows: rows, hasHeader: hasHeader)
        case let .code(text):
            let fence = String(repeating: "`", count: max(3, longestBacktickRun(in: text) + 1))
            return fence + "\n" + text + "\n" + fence
        case let .image(image):
            var text = "![" + MarkdownEscaping.escape(image.alt ?? "") + "](" + MarkdownEscaping.destination(image.src) + ")"
            if let caption = image.caption { text += "\n\n*" + MarkdownEscaping.escape(caption) + "*" }
            return text
        }
    }

    /// A list, nested items indented under their parent's text as CommonMark wants, each list numbered from 1.
    private func list(ordered: Bool, items: [ListItem]) -> String {
        var numbering = ListNumbering()
        // Where each depth's markers start: under the text of the last item one level up.
        var columns: [Int] = [0]
        return items.map { item in
            let level = min(item.level, columns.count - 1)
            let number = numbering.next(at: level)
            let marker = (item.ordered ?? ordered) ? "\(number). " : "- "
            let indent = String(repeating: " ", count: columns[level])
            columns = Array(columns.prefix(level + 1)) + [columns[level] + marker.count]
            let continuation = "\n" + String(repeating: " ", count: columns[level + 1])
            return indent + marker + hardBreaks(MarkdownEscaping.escape(item.text, links: item.links)).replacingNewlines(with: continuation)
        }.joined(separator: "\n")
    }

    private func table(rows: [[String]], hasHeader: Bool) -> String {
        let width = rows.map(\.count).max() ?? 0
        guard width > 0 else { return "" }
        func line(_ cells: [String]) -> String {
            let padded = cells + Array(repeating: "", count: width - cells.count)
            return "| " + padded.map { MarkdownEscaping.escape($0).replacingNewlines(with: " ") }.joined(separator: " | ") + " |"
        }
        let header = hasHeader ? rows[0] : Array(repeating: "", count: width)
        let body = hasHeader ? Array(rows.dropFirst()) : rows
        var lines = [line(header), "|" + Array(repeating: " --- |", count: width).joined()]
        lines.append(contentsOf: body.map(line))
        return lines.joined(separator: "\n")
    }

    /// A line break inside a paragraph becomes a CommonMark hard break (a trailing backslash).
    private func hardBreaks(_ text: String) -> String { text.replacingNewlines(with: "\\\n") }

    private func longestBacktickRun(in text: String) -> Int {
        var longest = 0, current = 0
        for character in text {
            current = character == "`" ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }
}

extension String {
    func replacingNewlines(with replacement: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
