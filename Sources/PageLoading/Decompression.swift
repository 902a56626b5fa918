// Decompressing gzip and deflate bodies without letting a small input expand past the byte cap.
import CZlib

/// Why compressed bytes could not be read.
public enum DecompressionError: Error, Equatable, Sendable {
    /// The data inflated past the cap (a compression bomb, or just a huge page).
    case tooLarge(limit: Int)
    /// zlib rejected the data.
    case corrupt(String)
}

/// Inflates gzip, zlib and raw deflate data with a cap on the output.
public enum Decompression {
    /// Whether the bytes start with the gzip signature.
    public static func isGzip(_ bytes: [UInt8]) -> Bool { bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B }

    /// Inflates gzip data (several members are read one after another) or zlib data.
    ///
    /// - Parameters:
    ///   - compressed: the compressed bytes.
    ///   - limit: the most decompressed bytes accepted.
    /// - Returns: the decompressed bytes.
    /// - Throws: ``DecompressionError``.
    public static func gunzip(_ compressed: [UInt8], limit: Int) throws(DecompressionError) -> [UInt8] {
        try inflate(compressed, windowBits: 15 + 32, limit: limit)
    }

    /// Inflates an HTTP `deflate` body: zlib-wrapped as the standard says, or raw as some servers send it.
    public static func inflateDeflate(_ compressed: [UInt8], limit: Int) throws(DecompressionError) -> [UInt8] {
        do {
            return try inflate(compressed, windowBits: 15 + 32, limit: limit)
        } catch .tooLarge(let limit) {
            throw .tooLarge(limit: limit)
        } catch {
            return try inflate(compressed, windowBits: -15, limit: limit)
        }
    }

    private static func inflate(_ compressed: [UInt8], windowBits: Int32, limit: Int) throws(DecompressionError) -> [UInt8] {
        var stream = z_stream()
        guard scrape_inflateInit(&stream, windowBits) == Z_OK else { throw .corrupt("zlib could not start") }
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
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    output.append(contentsOf: buffer[0..<(buffer.count - Int(stream.avail_out))])
                }
                if output.count > limit { return }
                if status == Z_STREAM_END, stream.avail_in > 0, windowBits > 0 {
                    // Concatenated gzip members make one file.
                    status = inflateReset(&stream) == Z_OK ? Z_OK : Z_DATA_ERROR
                }
            } while status == Z_OK
            if status != Z_STREAM_END {
                failure = status == Z_BUF_ERROR ? "truncated data" : (stream.msg.map { String(cString: $0) } ?? "error \(status)")
            }
        }
        if output.count > limit { throw .tooLarge(limit: limit) }
        if let failure { throw .corrupt(failure) }
        return output
    }
}
