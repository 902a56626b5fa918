// Where pages come from: files, folders of files, or standard input.
import Foundation
import HTMLParser

/// One page to read.
struct InputSource: Equatable {
    enum Location: Equatable {
        case standardInput
        case file(String)
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

    /// Whether a file name is that of a page: `.html`, `.htm`, `.xhtml`, each optionally gzipped.
    static func isPage(_ name: String) -> Bool {
        let lower = name.lowercased()
        let stem = lower.hasSuffix(".gz") ? String(lower.dropLast(3)) : lower
        return pageExtensions.contains { stem.hasSuffix($0) }
    }

    /// The page's bytes, decompressed when gzipped, never more than `maxBytes`.
    ///
    /// - Throws: ``ScrapeError`` when the page is missing, unreadable, corrupt or too large.
    func read(maxBytes: Int) throws(ScrapeError) -> [UInt8] {
        let handle: FileHandle
        switch location {
        case .standardInput:
            handle = FileHandle.standardInput
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
        if Gunzip.isGzip(bytes) {
            guard let inflated = try Gunzip.decompress(bytes, limit: maxBytes) else {
                throw .parse(.tooLarge(bytes: maxBytes + 1, limit: maxBytes))
            }
            bytes = inflated
        }
        return bytes
    }
}

/// An argument that names no readable page.
struct InputFailure: Error, Equatable {
    let label: String
    let error: ScrapeError
}
