// Inflating within a cap.
import LocalTestServer
import PageLoading
import Testing

@Suite struct DecompressionTests {
    let text = Array(String(repeating: "新聞 news ", count: 2_000).utf8)

    @Test func inflatesGzipZlibAndRawDeflate() throws {
        #expect(try Decompression.gunzip(Compressed.gzip(text), limit: 1 << 20) == text)
        #expect(try Decompression.inflateDeflate(Compressed.zlib(text), limit: 1 << 20) == text)
        // Raw deflate: the zlib stream without its two-byte header and four-byte checksum.
        let raw = Array(Compressed.zlib(text).dropFirst(2).dropLast(4))
        #expect(try Decompression.inflateDeflate(raw, limit: 1 << 20) == text)
    }

    @Test func readsConcatenatedGzipMembers() throws {
        let two = Compressed.gzip(Array("first ".utf8)) + Compressed.gzip(Array("second".utf8))
        #expect(try Decompression.gunzip(two, limit: 1 << 20) == Array("first second".utf8))
    }

    @Test func stopsAtTheCap() {
        #expect(throws: DecompressionError.tooLarge(limit: 1000)) { try Decompression.gunzip(Compressed.gzip(text), limit: 1000) }
    }
}
