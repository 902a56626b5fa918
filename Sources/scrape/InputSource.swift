// Where pages come from: files, folders of files, standard input, or web addresses.
import Foundation
import HTMLParser
import PageLoading

/// One page to read.
struct InputSource: Equatable {
    enum Location: Equatable {
        case standardInput
        case file(String)
        /// An `http` or `https` address, fetched.
        case web(String)
    }

    /// Where the page is.
    let location: Location
    /// The input as the user gave it (for a page found in a folder, the folder path joined with the page's path).
    let label: String

    /// File name endings of pages in a folder; each may also end in `.gz`.
    static let pageExtensions = [".html", ".htm", ".xhtml"]

    /// The pages named by the command line.
    struct Expansion {
        /// Each page, or the error that makes an argument unusable (a missing path).
        var pages: [Result<InputSource, InputFailure>] = []
        /// Whether an argument was a folder, which makes the run a batch however many pages it holds.
        var includesFolder = false
    }

    /// Expands command-line arguments into pages, in order: a folder becomes its pages, sorted by path.
    static func expand(_ arguments: [String]) -> Expansion {
        var expansion = Expansion()
        let files = FileManager.default
        for argument in arguments {
            if argument == "-" {
                expansion.pages.append(.success(InputSource(location: .standardInput, label: "-")))
                continue
            }
            if isWebAddress(argument) {
                expansion.pages.append(.success(InputSource(location: .web(argument), label: argument)))
                continue
            }
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                expansion.pages.append(.failure(InputFailure(label: argument, error: .missingInput(argument))))
                continue
            }
            guard isDirectory.boolValue else {
                expansion.pages.append(.success(InputSource(location: .file(argument), label: argument)))
                continue
            }
            expansion.includesFolder = true
            guard let enumerator = files.enumerator(atPath: argument) else {
                expansion.pages.append(.failure(InputFailure(label: argument, error: .unreadableInput(argument, reason: "cannot list the folder"))))
                continue
            }
            var pages: [String] = []
            while let relative = enumerator.nextObject() as? String {
                if isPage(relative) { pages.append(relative) }
            }
            if pages.isEmpty {
                expansion.pages.append(.failure(InputFailure(label: argument, error: .unreadableInput(argument, reason: "no html pages in the folder"))))
            }
            let base = argument.hasSuffix("/") ? argument : argument + "/"
            for page in pages.sorted() {
                let path = base + page
                var pageIsDirectory: ObjCBool = false
                if files.fileExists(atPath: path, isDirectory: &pageIsDirectory), !pageIsDirectory.boolValue {
                    expansion.pages.append(.success(InputSource(location: .file(path), label: path)))
                }
            }
        }
        return expansion
    }

    /// Whether an argument is a web address rather than a path: it starts with `http://` or `https://`.
    static func isWebAddress(_ argument: String) -> Bool {
        let lower = argument.prefix(8).lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
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
    }

    /// The page's bytes: fetched, or read and decompressed when gzipped; never more than `maxBytes`.
    ///
    /// - Throws: ``ScrapeError`` when the page is missing, unreadable, unreachable, corrupt or too large.
    func load(maxBytes: Int, fetcher: PageFetcher) async throws(ScrapeError) -> Loaded {
        guard case let .web(address) = location else { return Loaded(bytes: try read(maxBytes: maxBytes)) }
        do {
            let page = try await fetcher.fetch(address)
            return Loaded(bytes: page.bytes, address: page.url, declaredCharset: page.contentType?.charset)
        } catch {
            throw .fetch(error)
        }
    }

    /// The bytes of a file or of standard input, decompressed when gzipped.
    private func read(maxBytes: Int) throws(ScrapeError) -> [UInt8] {
        let handle: FileHandle
        switch location {
        case .standardInput:
            handle = FileHandle.standardInput
        case .web:
            preconditionFailure("web pages are fetched by load(maxBytes:fetcher:)")
        case let .file(path):
            guard FileManager.default.fileExists(atPath: path) else { throw .missingInput(path) }
            guard let opened = FileHandle(forReadingAtPath: path) else { throw .unreadableInput(path, reason: "permission denied") }
            handle = opened
        }
        defer { if case .file = location { try? handle.close() } }
        let data: Data
        do {
            // One byte past the cap tells "exactly at the cap" from "over it".
            data = try handle.read(upToCount: maxBytes + 1) ?? Data()
        } catch {
            throw .unreadableInput(label, reason: (error as NSError).localizedDescription)
        }
        var bytes = [UInt8](data)
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
struct InputFailure: Error, Equatable {
    let label: String
    let error: ScrapeError
}
