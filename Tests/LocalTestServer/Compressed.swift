// gzip and zlib bodies for the server to send, written with stored (uncompressed) deflate blocks:
// valid for every decoder, and no compressor needed; and compression bombs, which do compress.
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

    /// A gzip file of `members` identical members, each `memberBytes` zero bytes compressed about
    /// a thousand to one: 1,500 members of 1 MiB inflate to 1.5 GiB from about 1.5 MB.
    public static func gzipBomb(memberBytes: Int, members: Int) -> [UInt8] {
        let zeros = [UInt8](repeating: 0, count: memberBytes)
        var packed = [UInt8](repeating: 0, count: Int(compressBound(UInt(memberBytes))))
        var packedCount = UInt(packed.count)
        let status = packed.withUnsafeMutableBufferPointer { output in
            zeros.withUnsafeBufferPointer { compress2(output.baseAddress, &packedCount, $0.baseAddress, UInt($0.count), 9) }
        }
        precondition(status == Z_OK, "zlib could not compress")
        // A zlib stream is a 2-byte header, raw deflate data and a 4-byte checksum; gzip wants the raw data.
        let deflated = packed[2..<(Int(packedCount) - 4)]
        let crc = zeros.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, UInt32($0.count))) }
        let member = [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0xFF] + deflated + littleEndian(crc) + littleEndian(UInt32(truncatingIfNeeded: memberBytes))
        var file: [UInt8] = []
        file.reserveCapacity(member.count * members)
        for _ in 0..<members { file += member }
        return file
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
