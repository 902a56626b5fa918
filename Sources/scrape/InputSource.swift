// Where pages come from: files, folders of files, standard input, or web addresses.
import Foundation
import HTMLParser
import PageLoading

/// One page to read.
struct InputSource: Equatable, Sendable {
    enum Location: Equatable, Sendable {
        case standardInput
        case file(String)
        /// An `http` or `https` address, fetched.
        case web(String)
        /// A page already read: an archive record or a line of `--input-format jsonl`.
        case inMemory(bytes: [UInt8], address: String?, charset: String?)
    }

    /// Where the page is.
    let location: Location
    /// The input as the user gave it (for a page found in a folder, the folder path joined with the page's path).
    let label: String

    /// The page's path relative to the folder it was found in (its file name for a file argument;
    /// host and path for an address), which an output folder mirrors.
    let relativePath: String

    /// File name endings of pages in a folder; each may also end in `.gz`.
    static let pageExtensions = [".html", ".htm", ".xhtml"]

    /// Whether an argument is a web address rather than a path: it starts with `http://` or `https://`.
    static func isWebAddress(_ argument: String) -> Bool {
        let lower = argument.prefix(8).lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// Where an address's output goes under an output folder: `host/path`, `index` for a path
    /// ending in `/`, and the query folded into the name.
    ///
    ///     https://example.com/news/a.html?id=7 → example.com/news/a.html_id=7
    static func relativePath(forAddress address: String) -> String {
        guard let url = URL(string: address), let host = url.host else { return "address" }
        var path = url.path
        if path.isEmpty || path.hasSuffix("/") { path += "index" }
        if let query = url.query, !query.isEmpty { path += "_" + query }
        let safe = path.split(separator: "/").map { part in
            String(part.map { $0.isLetter || $0.isNumber || "._-=".contains($0) ? $0 : "_" }.prefix(200))
        }.filter { $0 != "." && $0 != ".." }
        return ([host] + safe).joined(separator: "/")
    }

    /// Whether a file name is that of a page: `.html`, `.htm`, `.xhtml`, each optionally gzipped.
    static func isPage(_ name: String) -> Bool {
        let lower = name.lowercased()
        let stem = lower.hasSuffix(".gz") ? String(lower.dropLast(3)) : lower
        return pageExtensions.contains { stem.hasSuffix($0) }
    }

    /// A page's bytes and what came with them.
    struct Loaded {
        var bytes: [UInt8]
        /// The final address of a fetched page.
        var address: String?
        /// The charset the server declared.
        var declaredCharset: String?
        /// When a fetched page was fetched: the reference for relative dates ("3 hours ago").
        var fetchedAt: Date?
    }

    /// The page's bytes: fetched, or read and decompressed when gzipped; never more than `maxBytes`.
    ///
    /// - Throws: ``ScrapeError`` when the page is missing, unreadable, unreachable, corrupt or too large.
    func load(maxBytes: Int, fetcher: PageFetcher) async throws(ScrapeError) -> Loaded {
        if case let .inMemory(bytes, address, charset) = location {
            guard bytes.count <= maxBytes else { throw .parse(.tooLarge(bytes: bytes.count, limit: maxBytes)) }
            return Loaded(bytes: bytes, address: address, declaredCharset: charset)
        }
        guard case let .web(address) = location else { return Loaded(bytes: try read(maxBytes: maxBytes)) }
        do {
            let page = try await fetcher.fetch(address)
            return Loaded(bytes: page.bytes, address: page.url, declaredCharset: page.contentType?.charset, fetchedAt: page.fetchedAt)
        } catch {
            throw .fetch(error)
        }
    }

    /// The bytes of a file or of standard input, decompressed when gzipped.
    private func read(maxBytes: Int) throws(ScrapeError) -> [UInt8] {
        let descriptor: CInt
        switch location {
        case .standardInput:
            descriptor = STDIN_FILENO
        case .web, .inMemory:
            preconditionFailure("only files and standard input are read here")
        case let .file(path):
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                if errno == ENOENT { throw .missingInput(path) }
                throw .unreadableInput(path, reason: FileContents.Errno(code: errno).reason)
            }
        }
        defer { if case .file = location { close(descriptor) } }
        // One byte past the cap tells "exactly at the cap" from "over it".
        var bytes: [UInt8]
        switch FileContents.bytes(of: descriptor, upTo: maxBytes + 1) {
        case let .success(read): bytes = read
        case let .failure(error): throw .unreadableInput(label, reason: error.reason)
        }
        if bytes.count > maxBytes { throw .parse(.tooLarge(bytes: bytes.count, limit: maxBytes)) }
        if Decompression.isGzip(bytes) {
            do {
                bytes = try Decompression.gunzip(bytes, limit: maxBytes)
            } catch {
                switch error {
                case .tooLarge: throw .parse(.tooLarge(bytes: maxBytes + 1, limit: maxBytes))
                case let .corrupt(reason): throw .corruptCompression(reason)
                }
            }
        }
        return bytes
    }
}

/// An argument that names no readable page.
struct InputFailure: Error, Equatable, Sendable {
    let label: String
    let error: ScrapeError
}
