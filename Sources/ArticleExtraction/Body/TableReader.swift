// Tells data tables from layout tables and reads their rows.
import HTMLParser

enum TableReader {
    /// Whether a table holds data (rows and columns a reader compares) rather than page layout
    /// (idea from Readability.js `_markDataTables`).
    ///
    ///     <table><tr><th>Year</th><th>Sales</th></tr>…</table>   → data
    ///     <table><tr><td><div>whole article…</div></td></tr></table> → layout
    static func isDataTable(_ table: HTMLNode) -> Bool {
        if table.attribute("role") == "presentation" || table.attribute("datatable") == "0" { return false }
        var rows = 0, columns = 0, blocks = 0
        for node in table.descendants where node.isElement {
            switch node.name {
            case "table": return false
            case "caption", "th", "thead": return true
            case "tr":
                rows += 1
                columns = max(columns, node.childElements.filter { $0.name == "td" || $0.name == "th" }.count)
            case "p", "div", "ul", "ol", "h1", "h2", "h3", "blockquote", "img": blocks += 1
            default: break
            }
        }
        if blocks > rows { return false }
        return rows >= 10 || columns > 4 || (columns >= 2 && rows * columns > 10)
    }

    /// The rows of a data table as cell texts, and whether the first row is a header row.
    static func read(_ table: HTMLNode) -> (rows: [[String]], hasHeader: Bool) {
        var rows: [[String]] = []
        var hasHeader = false
        for row in table.descendants(named: "tr") {
            let cells = row.childElements.filter { $0.name == "td" || $0.name == "th" }
            if rows.isEmpty { hasHeader = !cells.isEmpty && (cells.allSatisfy { $0.name == "th" } || row.hasAncestor(named: "thead", maxDepth: 2)) }
            let texts = cells.map { TextNormalizer.collapse($0.textContent) }
            if texts.contains(where: { !$0.isEmpty }) { rows.append(texts) }
        }
        return (rows, hasHeader)
    }
}
