// gzip and zlib bodies for the server to send, written with stored (uncompressed) deflate blocks:
// valid for every decoder, and no compressor needed.
import CZlib

public enum Compressed {
    /// The bytes as a gzip member.
    public static func gzip(_ bytes: [UInt8]) -> [UInt8] {
        let header: [UInt8] = [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0xFF]
        let crc = bytes.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, UInt32($0.count))) }
        return header + storedBlocks(bytes) + littleEndian(crc) + littleEndian(UInt32(truncatingIfNeeded: bytes.count))
    }

    /// The bytes as a zlib stream (what HTTP calls `deflate`).
    public static func zlib(_ bytes: [UInt8]) -> [UInt8] {
        let checksum = bytes.withUnsafeBufferPointer { UInt32(adler32(1, $0.baseAddress, UInt32($0.count))) }
        return [0x78, 0x01] + storedBlocks(bytes) + littleEndian(checksum).reversed()
    }

    private static func storedBlocks(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var start = 0
        repeat {
            let end = min(start + 65_535, bytes.count)
            let length = UInt16(end - start)
            output.append(end == bytes.count ? 1 : 0)
            output += littleEndian(length) + littleEndian(~length)
            output += bytes[start..<end]
            start = end
        } while start < bytes.count
        return output
    }

    private static func littleEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        (0..<(T.bitWidth / 8)).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
    }
}
