// Which encoding a page's bytes are read in.
import HTMLParser
import Testing

@Suite struct CharsetSnifferTests {
    private func encoding(_ text: String, declared: String? = nil) -> String {
        charset([UInt8](text.utf8), declared: declared).converter
    }

    private func charset(_ bytes: [UInt8], declared: String? = nil) -> Charset {
        bytes.withUnsafeBytes { CharsetSniffer.charset(of: $0, declared: declared) }
    }

    @Test(arguments: [
        ("gb2312", "GBK", "GB18030"), ("GBK", "GBK", "GB18030"), ("big5", "Big5", "BIG5-HKSCS"), ("Shift_JIS", "Shift_JIS", "CP932"),
        ("iso-8859-1", "windows-1252", "WINDOWS-1252"), ("us-ascii", "windows-1252", "WINDOWS-1252"),
        ("windows-1251", "windows-1251", "WINDOWS-1251"), ("koi8-r", "KOI8-R", "KOI8-R"), ("euc-kr", "EUC-KR", "CP949"),
        ("utf8", "UTF-8", "UTF-8"), (" \"UTF-8\" ", "UTF-8", "UTF-8"), ("ISO-8859-2", "ISO-8859-2", "ISO-8859-2"),
        ("iso-8859-9", "windows-1254", "WINDOWS-1254"),
    ])
    func mapsLabelsAsTheEncodingStandardDoes(label: String, name: String, converter: String) {
        let charset = Charset.forLabel(label, evidence: .transport)
        #expect(charset?.name == name)
        #expect(charset?.converter == converter)
    }

    @Test func unknownLabelsMapToNothing() {
        #expect(Charset.forLabel("x-made-up", evidence: .transport) == nil)
    }

    @Test func utf16WithoutAByteOrderMarkIsToldByItsZeroBytes() {
        let page = "<html><body><p>hello</p></body></html>"
        #expect(charset(Array(page.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).name == "UTF-16LE")
        #expect(charset(Array(page.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }).name == "UTF-16BE")
    }

    @Test func undeclaredLegacyBytesAreDetected() {
        // "Новости" in windows-1251, repeated as a page's text would be.
        let word: [UInt8] = [0xCD, 0xEE, 0xE2, 0xEE, 0xF1, 0xF2, 0xE8, 0x20]
        let bytes = Array("<html><body><p>".utf8) + Array(repeating: word, count: 40).flatMap { $0 } + Array("</p></body></html>".utf8)
        let detected = charset(bytes)
        #expect(detected.evidence == .detected)
        #expect(detected.name == "windows-1251")
    }

    @Test func undeclaredValidUTF8IsUTF8() {
        #expect(charset(Array("<p>Grüße aus Köln</p>".utf8)).evidence == .validUTF8)
    }

    @Test(arguments: [
        (#"<meta charset="big5">"#, "BIG5-HKSCS"),
        (#"<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb2312">"#, "GB18030"),
        (#"<meta content='text/html;charset=Shift_JIS' http-equiv='Content-Type'>"#, "CP932"),
        ("<p>plain ascii</p>", "UTF-8"),
        (#"<meta charset="utf-16">"#, "UTF-8"),
    ])
    func findsTheMetaDeclaration(head: String, expected: String) {
        #expect(encoding("<html><head>" + head + "</head></html>") == expected)
    }

    @Test func transportDeclarationWinsOverTheMetaTag() {
        #expect(encoding(#"<meta charset="big5">"#, declared: "euc-jp") == "EUC-JP")
    }

    @Test func byteOrderMarkWinsOverEverything() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"<meta charset="big5">"#.utf8)
        #expect(charset(bytes, declared: "gbk") == Charset.forLabel("utf-8", evidence: .byteOrderMark))
    }
}
