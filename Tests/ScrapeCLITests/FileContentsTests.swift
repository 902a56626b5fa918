// Reading a page's bytes from a file or a pipe, up to the byte cap.
import Foundation
@testable import scrape
import Testing

struct FileContentsTests {
    /// Bytes that are not all alike, so that a chunk read twice or skipped shows.
    private static func page(count: Int) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) } }

    private func file(holding bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("file-contents-\(UUID().uuidString)").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        return path
    }

    /// Compared whole, but reported by length and first difference: the arrays run to 200 KB.
    private func expect(_ read: [UInt8], equal expected: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let same = read == expected
        let difference = zip(read, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        #expect(same, "read \(read.count) bytes, expected \(expected.count); first difference at \(difference.map(String.init) ?? "none")",
                sourceLocation: sourceLocation)
    }

    private func read(_ path: String, upTo limit: Int) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        return try FileContents.bytes(of: descriptor, upTo: limit).get()
    }

    @Test(arguments: [0, 1, 65_535, 65_536, 200_001])
    func readsAWholeFile(count: Int) throws {
        let bytes = Self.page(count: count)
        let path = try file(holding: bytes)
        defer { unlink(path) }
        expect(try read(path, upTo: 1_000_000), equal: bytes)
    }

    @Test func stopsAtTheLimit() throws {
        let bytes = Self.page(count: 5_000)
        let path = try file(holding: bytes)
        defer { unlink(path) }
        expect(try read(path, upTo: 4_999), equal: Array(bytes.prefix(4_999)))
        expect(try read(path, upTo: 5_001), equal: bytes)
    }

    /// A pipe has no size to go by: the bytes grow in steps, past what one read returns.
    @Test(arguments: [100, 300_000])
    func readsAPipeToItsEnd(limit: Int) throws {
        let bytes = Self.page(count: 200_000)
        var ends: [CInt] = [0, 0]
        try #require(pipe(&ends) == 0)
        let writeEnd = ends[1]
        let writer = Thread {
            bytes.withUnsafeBytes { buffer in
                var written = 0
                while written < buffer.count {
                    let count = write(writeEnd, buffer.baseAddress! + written, buffer.count - written)
                    if count <= 0 { break }
                    written += count
                }
            }
            close(writeEnd)
        }
        writer.start()
        let read = try FileContents.bytes(of: ends[0], upTo: limit).get()
        // The rest is drained, so that the writer is neither left blocked on a full pipe nor
        // signalled for writing to a closed one.
        var rest = [UInt8](repeating: 0, count: 65_536)
        while Glibc.read(ends[0], &rest, rest.count) > 0 {}
        close(ends[0])
        expect(read, equal: Array(bytes.prefix(limit)))
    }

    @Test func reportsAFailedRead() throws {
        let descriptor = open(FileManager.default.temporaryDirectory.path, O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let result = FileContents.bytes(of: descriptor, upTo: 100)
        #expect(throws: FileContents.Errno.self) { try result.get() }
        if case let .failure(error) = result { #expect(error.code == EISDIR) }
    }
}
