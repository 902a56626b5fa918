// The pages named by the command line, produced one at a time so that a huge folder costs no memory.
import Foundation
import PageLoading

/// One page to process, with its place in the run.
struct PageJob: Sendable {
    /// Its position among all inputs, for ordered output.
    let index: Int
    /// The page, or why its argument names no readable page.
    let source: Result<InputSource, InputFailure>
}

/// Walks the arguments in order: files and addresses as given, folders depth-first with each
/// folder's entries in name order, then the addresses of `--urls` lists line by line.
///
/// Only the folders on the current path are held in memory, so a folder of a million pages is
/// enumerated in the memory of its largest directory listing. A folder reached twice through
/// symbolic links is walked once.
struct InputWalker: IteratorProtocol {
    private var arguments: ArraySlice<String>
    private var urlLists: ArraySlice<String>
    private var folders: [FolderCursor] = []
    private var urlReader: LineReader?
    private var archive: (reader: WARCReader, path: String)?
    private var recordStream: LineReader?
    private var recordLine = 0
    private let readsRecords: Bool
    private let maxBytes: Int
    private var visitedFolders: Set<FileIdentity> = []
    private var produced = 0
    /// Archive records that held no HTML response (requests, metadata, images, revisits, error statuses).
    private(set) var skippedRecords = 0

    /// A folder being walked: its entries, sorted, and how far along they are.
    private struct FolderCursor {
        let path: String
        /// The folder argument this folder lies in, and the path from there (for output mirroring).
        let argument: String
        let relativePrefix: String
        let entries: [String]
        var position = 0
        var pagesFound = 0
    }

    private struct FileIdentity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    /// - Parameters:
    ///   - readsRecords: read standard input as JSON lines (`--input-format jsonl`) instead of arguments.
    ///   - maxBytes: the largest page kept from an archive.
    init(arguments: [String], urlLists: [String] = [], readsRecords: Bool = false, maxBytes: Int = 32 << 20) {
        self.arguments = readsRecords ? [] : arguments[...]
        self.urlLists = urlLists[...]
        self.readsRecords = readsRecords
        self.maxBytes = maxBytes
        if readsRecords { recordStream = LineReader(path: "-") }
    }

    mutating func next() -> PageJob? {
        guard let source = nextSource() else { return nil }
        defer { produced += 1 }
        return PageJob(index: produced, source: source)
    }

    private mutating func nextSource() -> Result<InputSource, InputFailure>? {
        while true {
            if readsRecords { return nextRecordLine() }
            if let record = nextInArchive() { return record }
            if let page = nextInFolders() { return page }
            if let argument = arguments.popFirst() {
                if let page = start(argument) { return page }
                continue
            }
            if let address = nextListedAddress() { return address }
            return nil
        }
    }

    // MARK: - Arguments

    private mutating func start(_ argument: String) -> Result<InputSource, InputFailure>? {
        if argument == "-" {
            return .success(InputSource(location: .standardInput, label: "-", relativePath: "stdin"))
        }
        if InputSource.isWebAddress(argument) {
            return .success(InputSource(location: .web(argument), label: argument, relativePath: InputSource.relativePath(forAddress: argument)))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
            return .failure(InputFailure(label: argument, error: .missingInput(argument)))
        }
        if !isDirectory.boolValue, WARCReader.isArchive(argument) {
            guard let reader = WARCReader(path: argument, maxBytes: maxBytes) else {
                return .failure(InputFailure(label: argument, error: .unreadableInput(argument, reason: "permission denied")))
            }
            archive = (reader, argument)
            return nil
        }
        guard isDirectory.boolValue else {
            let name = (argument as NSString).lastPathComponent
            return .success(InputSource(location: .file(argument), label: argument, relativePath: name))
        }
        let base = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
        guard let cursor = openFolder(base, argument: argument, relativePrefix: "") else {
            return .failure(InputFailure(label: argument, error: .unreadableInput(argument, reason: "cannot list the folder")))
        }
        folders.append(cursor)
        return nil
    }

    private mutating func openFolder(_ path: String, argument: String, relativePrefix: String) -> FolderCursor? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        // A symbolic link back up the tree would otherwise be walked forever.
        guard visitedFolders.insert(identity).inserted else { return FolderCursor(path: path, argument: argument, relativePrefix: relativePrefix, entries: []) }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return nil }
        return FolderCursor(path: path, argument: argument, relativePrefix: relativePrefix, entries: names.sorted())
    }

    /// The next page inside the folders being walked, depth first.
    private mutating func nextInFolders() -> Result<InputSource, InputFailure>? {
        while var cursor = folders.popLast() {
            guard cursor.position < cursor.entries.count else {
                // The folder argument itself held no page at all: say so rather than print nothing.
                if cursor.relativePrefix.isEmpty, cursor.pagesFound == 0 {
                    return .failure(InputFailure(label: cursor.argument, error: .unreadableInput(cursor.argument, reason: "no html pages in the folder")))
                }
                if let parent = folders.indices.last { folders[parent].pagesFound += cursor.pagesFound }
                continue
            }
            let name = cursor.entries[cursor.position]
            cursor.position += 1
            let path = cursor.path + "/" + name
            let relative = cursor.relativePrefix + name
            folders.append(cursor)
            switch EntryKind(of: path) {
            case .folder:
                if let child = openFolder(path, argument: cursor.argument, relativePrefix: relative + "/") { folders.append(child) }
                continue
            case .file:
                guard InputSource.isPage(name) else { continue }
                folders[folders.count - 1].pagesFound += 1
                return .success(InputSource(location: .file(path), label: path, relativePath: relative))
            case let .unusable(reason):
                // A page name on a FIFO (reading it would wait for a writer forever), a device, or
                // a link that loops or leads nowhere: reported, and the walk goes on.
                guard InputSource.isPage(name) else { continue }
                return .failure(InputFailure(label: path, error: .unreadableInput(path, reason: reason)))
            }
        }
        return nil
    }

    /// What a folder entry is, links followed.
    private enum EntryKind {
        case folder, file
        case unusable(String)

        init(of path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else {
                self = .unusable(errno == ELOOP ? "symbolic link loop" : String(cString: strerror(errno)).lowercased())
                return
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: self = .folder
            case S_IFREG: self = .file
            case S_IFIFO: self = .unusable("not a regular file: a FIFO")
            case S_IFSOCK: self = .unusable("not a regular file: a socket")
            default: self = .unusable("not a regular file: a device")
            }
        }
    }

    // MARK: - Archives and records

    /// The next HTML response of the archive being read; other records are counted and passed over.
    private mutating func nextInArchive() -> Result<InputSource, InputFailure>? {
        guard let (reader, path) = archive else { return nil }
        while let record = reader.next() {
            switch record {
            case .skipped:
                skippedRecords += 1
            case let .page(page):
                let location = InputSource.Location.inMemory(bytes: page.bytes, address: page.targetURI, charset: page.contentType?.charset)
                return .success(InputSource(location: location, label: path + "#" + page.recordID,
                                            relativePath: InputSource.relativePath(forAddress: page.targetURI)))
            case let .unreadable(recordID, position, reason):
                let label = path + "#" + (recordID ?? "offset-\(position)")
                return .failure(InputFailure(label: label, error: .unreadableRecord(reason)))
            }
        }
        archive = nil
        return nil
    }

    /// The next line of `--input-format jsonl`: `{"url": …, "html": …}` or a base64 body.
    private mutating func nextRecordLine() -> Result<InputSource, InputFailure>? {
        // A base64 page is a third larger than its bytes; JSON adds a little.
        while let next = recordStream?.nextLine(limit: maxBytes / 3 * 4 + 64 * 1024) {
            recordLine += 1
            let fallbackLabel = "stdin:\(recordLine)"
            guard case let .text(line) = next else {
                return .failure(InputFailure(label: fallbackLabel, error: .parse(.tooLarge(bytes: maxBytes + 1, limit: maxBytes))))
            }
            if line.allSatisfy(\.isWhitespace) { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                return .failure(InputFailure(label: fallbackLabel, error: .unreadableRecord("line \(recordLine) is not a JSON object")))
            }
            let address = (object["url"] as? String).flatMap { InputSource.isWebAddress($0) ? $0 : nil }
            let label = (object["id"] as? String) ?? (object["id"] as? Int).map(String.init) ?? address ?? fallbackLabel
            let bytes: [UInt8]
            if let html = object["html"] as? String {
                bytes = Array(html.utf8)
            } else if let encoded = (object["html_base64"] ?? object["body_base64"] ?? object["body"]) as? String,
                      let data = Data(base64Encoded: encoded, options: .ignoreUnknownCharacters) {
                bytes = [UInt8](data)
            } else {
                return .failure(InputFailure(label: label, error: .unreadableRecord("line \(recordLine) has no html, html_base64 or body_base64")))
            }
            // A text "html" is UTF-8 whatever the page once declared; base64 bytes are sniffed like a file.
            let charset: String? = object["html"] is String ? "utf-8" : (object["charset"] as? String)
            let location = InputSource.Location.inMemory(bytes: bytes, address: address, charset: charset)
            return .success(InputSource(location: location, label: label,
                                        relativePath: address.map(InputSource.relativePath(forAddress:)) ?? "record-\(recordLine)"))
        }
        return nil
    }

    // MARK: - Address lists

    private mutating func nextListedAddress() -> Result<InputSource, InputFailure>? {
        while true {
            if urlReader == nil {
                guard let list = urlLists.popFirst() else { return nil }
                guard let reader = LineReader(path: list) else {
                    return .failure(InputFailure(label: list, error: list == "-" ? .unreadableInput(list, reason: "cannot read standard input")
                                                                               : .missingInput(list)))
                }
                urlReader = reader
            }
            guard let next = urlReader?.nextLine(limit: 64 * 1024) else {
                urlReader = nil
                continue
            }
            guard case let .text(line) = next else { continue }
            let address = line.trimmingCharacters(in: .whitespaces)
            if address.isEmpty || address.hasPrefix("#") { continue }
            guard InputSource.isWebAddress(address) else {
                return .failure(InputFailure(label: address, error: .fetch(.invalidURL(address))))
            }
            return .success(InputSource(location: .web(address), label: address, relativePath: InputSource.relativePath(forAddress: address)))
        }
    }
}

/// Reads a text file (or standard input) one line at a time.
final class LineReader {
    private let file: UnsafeMutablePointer<FILE>
    /// Reused for every line: a stream-mode run reads one line per page.
    private var chunk = [CChar](repeating: 0, count: 64 * 1024)

    init?(path: String) {
        if path == "-" {
            guard let standardInput = fdopen(dup(STDIN_FILENO), "r") else { return nil }
            file = standardInput
        } else {
            guard let opened = fopen(path, "r") else { return nil }
            file = opened
        }
    }

    deinit { fclose(file) }

    /// A line of input.
    enum Line {
        case text(String)
        /// Longer than the limit: dropped up to its end, never held whole.
        case tooLong
    }

    /// The next line without its line end, or `nil` at the end.
    ///
    /// - Parameter limit: the longest line kept, in bytes.
    func nextLine(limit: Int = 1 << 20) -> Line? {
        var line: [UInt8] = []
        var sawAnything = false
        var overflowed = false
        while fgets(&chunk, Int32(chunk.count), file) != nil {
            sawAnything = true
            let length = strlen(chunk)
            let endsLine = length > 0 && chunk[length - 1] == 0x0A
            if !overflowed {
                line.append(contentsOf: chunk[0..<length].map { UInt8(bitPattern: $0) })
                if line.count > limit {
                    overflowed = true
                    line = []
                }
            }
            if endsLine { break }
        }
        guard sawAnything else { return nil }
        if overflowed { return .tooLong }
        while line.last == 0x0A || line.last == 0x0D { line.removeLast() }
        return .text(String(decoding: line, as: UTF8.self))
    }
}
