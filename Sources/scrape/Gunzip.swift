// Decompressing gzip input without letting a small file expand past the byte cap.
import CZlib

enum Gunzip {
    /// Whether the bytes start with the gzip signature.
    static func isGzip(_ bytes: [UInt8]) -> Bool { bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B }

    /// Inflates gzip data (several members are read one after another).
    ///
    /// - Parameters:
    ///   - compressed: the gzip bytes.
    ///   - limit: the most decompressed bytes accepted; a gzip bomb stops here.
    /// - Returns: the decompressed bytes, or `nil` when they exceed `limit` (the caller reports the size).
    /// - Throws: ``ScrapeError/corruptCompression(_:)`` for data zlib rejects.
    static func decompress(_ compressed: [UInt8], limit: Int) throws(ScrapeError) -> [UInt8]? {
        var stream = z_stream()
        guard scrape_inflateInitGzip(&stream) == Z_OK else { throw .corruptCompression("zlib could not start") }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var status: Int32 = Z_OK
        var failure: String?
        compressed.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(input.count)
            repeat {
                chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(buffer.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    output.append(contentsOf: buffer[0..<(buffer.count - Int(stream.avail_out))])
                }
                if output.count > limit { return }
                if status == Z_STREAM_END, stream.avail_in > 0 {
                    // Concatenated gzip members make one file.
                    status = inflateReset(&stream) == Z_OK ? Z_OK : Z_DATA_ERROR
                }
            } while status == Z_OK
            if status != Z_STREAM_END {
                failure = status == Z_BUF_ERROR ? "truncated data" : (stream.msg.map { String(cString: $0) } ?? "error \(status)")
            }
        }
        if output.count > limit { return nil }
        if let failure { throw .corruptCompression(failure) }
        return output
    }
}
