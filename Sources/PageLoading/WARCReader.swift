// Web archives (WARC, plain or gzipped member by member) read record by record in constant memory.
import Foundation

/// An HTML page stored in an archive as an HTTP response.
public struct ArchivedPage: Sendable, Equatable {
    /// `WARC-Record-ID`, without its angle brackets.
    public let recordID: String
    /// `WARC-Target-URI`: the page's address.
    public let targetURI: String
    /// The HTTP response's `Content-Type`.
    public let contentType: ContentType?
    /// The response body, de-chunked and decompressed.
    public let bytes: [UInt8]
}

/// What one archive record gave.
public enum ArchiveRecord: Sendable {
    /// An HTML response.
    case page(ArchivedPage)
    /// A record that is not an HTML response (a request, metadata, an image, a revisit, an error status).
    case skipped
    /// A record that could not be read; `position` is its byte offset in the uncompressed archive.
    case unreadable(recordID: String?, position: Int, reason: String)
}

/// Reads a WARC file. Records are parsed one at a time; only an HTML response's body is kept.
public final class WARCReader {
    private let stream: ByteStream
    private let maxBytes: Int
    private var isFinished = false

    /// Opens an archive; `nil` when the file cannot be opened.
    ///
    /// - Parameter maxBytes: the largest body kept; larger HTML responses are reported unreadable.
    public init?(path: String, maxBytes: Int) {
        guard let stream = ByteStream(path: path) else { return nil }
        self.stream = stream
        self.maxBytes = maxBytes
    }

    /// Whether a path names an archive: `.warc` or `.warc.gz`.
    public static func isArchive(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".warc") || lower.hasSuffix(".warc.gz")
    }

    /// The next record, or `nil` at the end of the archive.
    public func next() -> ArchiveRecord? {
        guard !isFinished else { return nil }
        var line: [UInt8]?
        repeat { line = stream.readLine() } while line?.isEmpty == true
        guard let versionLine = line else {
            isFinished = true
            return stream.corruption.map { .unreadable(recordID: nil, position: stream.offset, reason: "corrupt gzip data: \($0)") }
        }
        let position = stream.offset - versionLine.count - 2
        guard versionLine.starts(with: Array("WARC/".utf8)) else { return resynchronise(from: position) }
        var headers: [String: String] = [:]
        while let header = stream.readLine(), !header.isEmpty {
            guard let colon = header.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let name = String(decoding: header[..<colon], as: UTF8.self).lowercased()
            headers[name] = String(decoding: header[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        }
        let recordID = headers["warc-record-id"].map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "<>")) }
        guard let length = headers["content-length"].flatMap(Int.init), length >= 0 else {
            return .unreadable(recordID: recordID, position: position, reason: "record without a Content-Length")
        }
        let isResponse = headers["warc-type"]?.lowercased() == "response"
            && headers["content-type"]?.lowercased().hasPrefix("application/http") == true
        // Headers and a little slack beyond the body cap.
        guard isResponse, let target = headers["warc-target-uri"] else {
            return skipBlock(length, recordID: recordID, position: position) ?? .skipped
        }
        guard length <= maxBytes + 64 * 1024 else {
            if let failure = skipBlock(length, recordID: recordID, position: position) { return failure }
            return .unreadable(recordID: recordID, position: position, reason: "response larger than the \(maxBytes)-byte limit")
        }
        let block = stream.read(length)
        guard block.count == length else {
            isFinished = true
            return .unreadable(recordID: recordID, position: position, reason: "truncated record: \(block.count) of \(length) bytes")
        }
        return page(from: block, recordID: recordID ?? "offset-\(position)", target: target.trimmingCharacters(in: CharacterSet(charactersIn: "<>")), position: position)
    }

    private func skipBlock(_ length: Int, recordID: String?, position: Int) -> ArchiveRecord? {
        let skipped = stream.skip(length)
        guard skipped == length else {
            isFinished = true
            return .unreadable(recordID: recordID, position: position, reason: "truncated record: \(skipped) of \(length) bytes")
        }
        return nil
    }

    /// After garbage where a record should start: report it once, and go on from the next `WARC/` line.
    private func resynchronise(from position: Int) -> ArchiveRecord {
        while let line = stream.readLine() {
            if line.starts(with: Array("WARC/".utf8)) {
                // Put nothing back: the record this line starts is lost with the garbage before it.
                break
            }
        }
        return .unreadable(recordID: nil, position: position, reason: "not a WARC record where one should start")
    }

    /// The HTML page in an HTTP response block, or `.skipped` when it holds none.
    private func page(from block: [UInt8], recordID: String, target: String, position: Int) -> ArchiveRecord {
        guard let message = HTTPMessage(block) else {
            return .unreadable(recordID: recordID, position: position, reason: "unreadable HTTP response")
        }
        guard (200..<300).contains(message.status) else { return .skipped }
        let contentType = message.header("content-type").flatMap(ContentType.init)
        guard let contentType, ContentType.pageTypes.contains(contentType.mediaType) else { return .skipped }
        do {
            let body = try message.decodedBody(limit: maxBytes)
            return .page(ArchivedPage(recordID: recordID, targetURI: target, contentType: contentType, bytes: body))
        } catch {
            return .unreadable(recordID: recordID, position: position, reason: error.description)
        }
    }
}
