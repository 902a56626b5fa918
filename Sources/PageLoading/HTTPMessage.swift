// An HTTP response as archives store it: status line, headers, body (perhaps chunked or compressed).
import Foundation

/// A raw HTTP response.
struct HTTPMessage {
    let status: Int
    private let headers: [(name: String, value: String)]
    private let body: ArraySlice<UInt8>

    /// Parses the status line and headers; `nil` when the bytes do not start like a response.
    init?(_ bytes: [UInt8]) {
        var index = 0
        var lines: [String] = []
        while index < bytes.count {
            var end = index
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var line = bytes[index..<end]
            if line.last == 0x0D { line = line.dropLast() }
            index = min(end + 1, bytes.count)
            if line.isEmpty { break }
            lines.append(String(decoding: line, as: UTF8.self))
        }
        guard let statusLine = lines.first, statusLine.hasPrefix("HTTP/") else { return nil }
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let status = Int(parts[1]) else { return nil }
        self.status = status
        headers = lines.dropFirst().compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (line[..<colon].lowercased(), line[line.index(after: colon)...].trimmingCharacters(in: ContentType.blanks))
        }
        body = bytes[index...]
    }

    func header(_ name: String) -> String? {
        headers.first { $0.name == name }?.value
    }

    /// The body with chunked transfer coding removed and gzip or deflate content coding undone.
    func decodedBody(limit: Int) throws(FetchError) -> [UInt8] {
        var bytes = Array(body)
        if header("transfer-encoding")?.lowercased().contains("chunked") == true, let joined = Self.dechunked(bytes) {
            bytes = joined
        }
        let coding = header("content-encoding")?.lowercased() ?? ""
        do throws(DecompressionError) {
            // Archivers often store the body already decoded but keep the header: trust the bytes.
            if coding.contains("gzip"), Decompression.isGzip(bytes) { bytes = try Decompression.gunzip(bytes, limit: limit) }
            if coding.contains("deflate"), let first = bytes.first, first == 0x78 { bytes = try Decompression.inflateDeflate(bytes, limit: limit) }
        } catch {
            throw FetchError(error)
        }
        if bytes.count > limit { throw .tooLarge(limit: limit) }
        return bytes
    }

    /// Joins the chunks of a chunked body; `nil` when it is not well-formed (then it was stored de-chunked).
    static func dechunked(_ bytes: [UInt8]) -> [UInt8]? {
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            var end = index
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            guard end < bytes.count else { return nil }
            var sizeText = String(decoding: bytes[index..<end], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if let semicolon = sizeText.firstIndex(of: ";") { sizeText = String(sizeText[..<semicolon]) }
            guard let size = Int(sizeText, radix: 16), size >= 0 else { return nil }
            index = end + 1
            if size == 0 { return output }
            guard index + size <= bytes.count else { return nil }
            output.append(contentsOf: bytes[index..<(index + size)])
            index += size
            if index < bytes.count, bytes[index] == 0x0D { index += 1 }
            if index < bytes.count, bytes[index] == 0x0A { index += 1 }
        }
        return output
    }
}
