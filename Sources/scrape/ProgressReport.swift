// Progress of a batch on a terminal, and the summary line at the end.
import Foundation

/// The counts of a run.
struct Tally {
    var pages = 0
    var articles = 0
    var failed = 0
    var kept = 0
}

/// Redraws one status line on standard error, at most five times a second, when it is a terminal.
struct ProgressReport {
    let isShown: Bool
    /// How many pages the run holds, when known in advance.
    let total: Int?
    let started = ContinuousClock.now
    private var lastDrawn: ContinuousClock.Instant?

    init(isShown: Bool, total: Int?) {
        self.isShown = isShown
        self.total = total
    }

    var elapsedSeconds: Double {
        let elapsed = ContinuousClock.now - started
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    mutating func update(_ tally: Tally) {
        guard isShown else { return }
        let now = ContinuousClock.now
        if let lastDrawn, now - lastDrawn < .milliseconds(200) { return }
        lastDrawn = now
        let rate = Double(tally.pages) / max(elapsedSeconds, 0.001)
        var line = total.map { "\(tally.pages)/\($0) pages" } ?? "\(tally.pages) pages"
        line += String(format: " · %.1f pages/s · %d failed", rate, tally.failed)
        if let total, rate > 0, tally.pages < total {
            line += " · " + Self.duration(Double(total - tally.pages) / rate) + " left"
        }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }

    /// Clears the status line.
    func finish() {
        guard isShown, lastDrawn != nil else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// The closing line: pages, articles, failures, time.
    func summary(_ tally: Tally, interrupted: Bool) -> String {
        let seconds = elapsedSeconds
        var line = "scrape: \(tally.pages) \(tally.pages == 1 ? "page" : "pages") in \(Self.duration(seconds))"
        line += String(format: " (%.1f pages/s): ", Double(tally.pages) / max(seconds, 0.001))
        line += "\(tally.articles) \(tally.articles == 1 ? "article" : "articles"), \(tally.failed) failed"
        if tally.kept > 0 { line += ", \(tally.kept) kept (output already there)" }
        if interrupted { line += "; interrupted" }
        return line
    }

    static func duration(_ seconds: Double) -> String {
        if seconds < 60 { return String(format: "%.1f s", seconds) }
        let whole = Int(seconds.rounded())
        return whole < 3600 ? "\(whole / 60) min \(whole % 60) s" : "\(whole / 3600) h \(whole % 3600 / 60) min"
    }
}
