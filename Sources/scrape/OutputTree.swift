// The output folder of `-o`: one file per page, mirroring the inputs, each written whole or not at all.
import Foundation
import NIOConcurrencyHelpers
import Synchronization

/// What to do with an output that is already there.
enum ExistingOutputs: Sendable {
    /// Keep it and skip the page (the default: a run never destroys earlier work).
    case keep
    /// Keep it when it is newer than its input, else extract again (`--resume`).
    case resume
    /// Replace it (`--force`).
    case replace
}

/// Places and writes outputs under the output folder.
struct OutputTree: Sendable {
    /// The output folder, without a trailing slash.
    let root: String
    /// The file name ending for the format: `json`, `md` or `txt`.
    let fileExtension: String
    let existing: ExistingOutputs

    /// The errors file, one JSON line per failed input.
    var errorsPath: String { root + "/_errors.jsonl" }

    init(root: String, format: OutputFormat, existing: ExistingOutputs) {
        self.root = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        self.existing = existing
        switch format {
        case .json, .jsonl: fileExtension = "json"
        case .markdown: fileExtension = "md"
        case .text: fileExtension = "txt"
        }
    }

    /// Where a page's output goes: its relative path under the root, the page ending replaced.
    ///
    ///     a/b/page.html.gz → OUT/a/b/page.json
    func path(for source: InputSource) -> String {
        var relative = source.relativePath
        for ending in [".gz"] + InputSource.pageExtensions where relative.lowercased().hasSuffix(ending) {
            relative = String(relative.dropLast(ending.count))
        }
        return root + "/" + relative + "." + fileExtension
    }

    /// Whether the page can be skipped because its output is already there (and, with `--resume`, newer than the page).
    func isDone(_ output: String, source: InputSource) -> Bool {
        guard existing != .replace, let outputTime = modificationTime(output) else { return false }
        if existing == .keep { return true }
        guard case let .file(input) = source.location, let inputTime = modificationTime(input) else { return true }
        return outputTime >= inputTime
    }

    private func modificationTime(_ path: String) -> Double? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
    }

    /// Writes `text` to `path` through a temporary file renamed into place, so the path holds
    /// either nothing, its old content, or the whole new text, whenever the run stops.
    func write(_ text: String, to path: String) throws(ScrapeError) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .output("cannot create \(folder): \((error as NSError).localizedDescription)")
        }
        let temporary = TemporaryFiles.name(beside: path)
        TemporaryFiles.register(temporary)
        defer { TemporaryFiles.unregister(temporary) }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .output("cannot create \(temporary): \(String(cString: strerror(errno)))") }
        var failure = writeAll(text, to: descriptor)
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temporary, path) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw .output("\(path): \(String(cString: strerror(failure)))")
        }
    }
}

/// Temporary output files being written, so that a second Ctrl-C can remove them before exiting.
enum TemporaryFiles {
    // NIO's lock is a pthread mutex, which the thread sanitizer understands; the standard library's
    // Mutex locks through futexes inside a library built without it, and about one batch run in
    // six under the sanitizer halted on a "race" on this set that the lock prevents.
    private static let live = NIOLockedValueBox<Set<String>>([])
    private static let counter = Atomic<Int>(0)

    /// A hidden name beside the final file, unique in this process.
    static func name(beside path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let file = (path as NSString).lastPathComponent
        let number = counter.add(1, ordering: .relaxed).newValue
        return "\(folder)/.\(file).\(getpid()).\(number).tmp"
    }

    static func register(_ path: String) { live.withLockedValue { _ = $0.insert(path) } }

    static func unregister(_ path: String) { live.withLockedValue { _ = $0.remove(path) } }

    /// Deletes every temporary file still being written.
    static func removeAll() {
        live.withLockedValue { paths in
            for path in paths { unlink(path) }
            paths.removeAll()
        }
    }
}
