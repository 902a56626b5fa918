// A file read in chunks, transparently gunzipped member by member, for archives too big to hold.
import CZlib
import Foundation

/// Reads a file front to back in bounded memory, inflating gzip when the file starts with its
/// signature. Several gzip members (one per WARC record) are read as one stream.
public final class ByteStream {
    private let file: UnsafeMutablePointer<FILE>
    private var compressed: [UInt8] = []
    private var compressedStart = 0
    private var buffer: [UInt8] = []
    private var start = 0
    private var atFileEnd = false
    private var isGzip = false
    private var stream = z_stream()
    private var inflating = false
    /// Reused for every read from the file and every inflate step.
    private var fileChunk = [UInt8](repeating: 0, count: ByteStream.chunkSize)
    private var inflated = [UInt8](repeating: 0, count: ByteStream.chunkSize)
    /// Bytes handed out so far: the position of the next byte in the uncompressed stream.
    public private(set) var offset = 0
    /// Set when the compressed data was corrupt; the stream then ends.
    public private(set) var corruption: String?

    static let chunkSize = 256 * 1024

    /// Opens a file; `nil` when it cannot be opened.
    public init?(path: String) {
        guard let opened = fopen(path, "rb") else { return nil }
        file = opened
        fillCompressed()
        isGzip = compressed.count >= 2 && compressed[0] == 0x1F && compressed[1] == 0x8B
        if isGzip {
            guard scrape_inflateInit(&stream, 15 + 32) == Z_OK else { return nil }
            inflating = true
        }
    }

    deinit {
        if inflating { inflateEnd(&stream) }
        fclose(file)
    }

    private func fillCompressed() {
        guard !atFileEnd else { return }
        if compressedStart > 0 {
            compressed.removeFirst(compressedStart)
            compressedStart = 0
        }
        let count = fread(&fileChunk, 1, Self.chunkSize, file)
        if count < Self.chunkSize { atFileEnd = true }
        compressed.append(contentsOf: fileChunk[0..<count])
    }

    /// Adds at least one byte to the buffer; `false` at the end of the stream.
    private func fill() -> Bool {
        if start > 0, start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
        if !isGzip {
            if compressedStart >= compressed.count { fillCompressed() }
            guard compressedStart < compressed.count else { return false }
            buffer.append(contentsOf: compressed[compressedStart...])
            compressedStart = compressed.count
            return true
        }
        while corruption == nil {
            if compressedStart >= compressed.count {
                fillCompressed()
                if compressedStart >= compressed.count { return false }
            }
            var produced = 0
            var status: Int32 = Z_OK
            compressed.withUnsafeMutableBufferPointer { input in
                inflated.withUnsafeMutableBufferPointer { out in
                    stream.next_in = input.baseAddress! + compressedStart
                    stream.avail_in = UInt32(input.count - compressedStart)
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    compressedStart = input.count - Int(stream.avail_in)
                    produced = out.count - Int(stream.avail_out)
                }
            }
            if status == Z_STREAM_END {
                // The next gzip member starts here, if there is one.
                if inflateReset(&stream) != Z_OK { corruption = "zlib could not restart" }
            } else if status != Z_OK, status != Z_BUF_ERROR {
                corruption = stream.msg.map { String(cString: $0) } ?? "inflate error \(status)"
            }
            if produced > 0 {
                buffer.append(contentsOf: inflated[0..<produced])
                return true
            }
            if status == Z_BUF_ERROR, atFileEnd, compressedStart >= compressed.count { return false }
        }
        return false
    }

    /// The next line without its CRLF or LF, at most `limit` bytes; `nil` at the end of the stream.
    public func readLine(limit: Int = 64 * 1024) -> [UInt8]? {
        var scanned = start
        while true {
            while scanned < buffer.count, buffer[scanned] != 0x0A { scanned += 1 }
            if scanned < buffer.count || scanned - start >= limit { break }
            let consumed = scanned - start
            guard fill() else {
                if start >= buffer.count { return nil }
                break
            }
            scanned = start + consumed
        }
        let end = min(scanned, buffer.count)
        var line = Array(buffer[start..<end])
        let next = min(end + 1, buffer.count)
        offset += next - start
        start = next
        if line.last == 0x0D { line.removeLast() }
        return line
    }

    /// The next `count` bytes, or fewer at the end of the stream.
    public func read(_ count: Int) -> [UInt8] {
        while buffer.count - start < count, fill() {}
        let end = min(start + count, buffer.count)
        let bytes = Array(buffer[start..<end])
        offset += end - start
        start = end
        return bytes
    }

    /// Skips `count` bytes without keeping them; returns how many were skipped.
    @discardableResult
    public func skip(_ count: Int) -> Int {
        var remaining = count
        while remaining > 0 {
            if start >= buffer.count, !fill() { break }
            let step = min(remaining, buffer.count - start)
            start += step
            offset += step
            remaining -= step
        }
        return count - remaining
    }
}
