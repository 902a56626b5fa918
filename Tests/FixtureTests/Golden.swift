// Compares output with a golden file, or rewrites the file when asked to (and fails, so it gets reviewed).
import Foundation
import Testing

enum Golden {
    /// Whether this run rewrites golden files: `SCRAPE_UPDATE_FIXTURES=1 swift test --filter FixtureTests`.
    static var isUpdating: Bool { ProcessInfo.processInfo.environment["SCRAPE_UPDATE_FIXTURES"] == "1" }

    /// Expects `actual` to equal the file's content; when updating, writes it and records an issue
    /// so that a re-recorded golden never passes silently.
    static func check(_ actual: String, against file: URL, sourceLocation: SourceLocation = #_sourceLocation) {
        let expected = try? String(contentsOf: file, encoding: .utf8)
        if expected == actual { return }
        if isUpdating {
            do {
                try actual.write(to: file, atomically: true, encoding: .utf8)
                Issue.record("rewrote \(file.lastPathComponent) of \(file.deletingLastPathComponent().lastPathComponent): review with git diff", sourceLocation: sourceLocation)
            } catch {
                Issue.record("could not write \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected else {
            Issue.record("missing golden file \(file.path); create it with SCRAPE_UPDATE_FIXTURES=1 swift test --filter FixtureTests",
                         sourceLocation: sourceLocation)
            return
        }
        let diff = lineDiff(expected: expected, actual: actual)
        Issue.record("\(file.path) differs:\n\(diff)", sourceLocation: sourceLocation)
    }

    /// The first differing lines, enough to see what changed.
    static func lineDiff(expected: String, actual: String, limit: Int = 12) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var report: [String] = []
        for index in 0..<max(old.count, new.count) where report.count < limit {
            let before = index < old.count ? String(old[index]) : nil
            let after = index < new.count ? String(new[index]) : nil
            if before != after {
                report.append("line \(index + 1):")
                if let before { report.append("- " + before) }
                if let after { report.append("+ " + after) }
            }
        }
        return report.joined(separator: "\n")
    }
}
