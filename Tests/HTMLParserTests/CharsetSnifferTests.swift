// Which encoding a page's bytes are read in.
import HTMLParser
import Testing

@Suite struct CharsetSnifferTests {
    private func encoding(_ text: String, declared: String? = nil) -> String {
        Array(text.utf8).withUnsafeBytes { CharsetSniffer.encoding(of: $0, declared: declared) }
    }

    @Test(arguments: [
        ("gb2312", "GB18030"), ("GBK", "GB18030"), ("big5", "BIG5-HKSCS"), ("Shift_JIS", "SHIFT_JIS"),
        ("iso-8859-1", "WINDOWS-1252"), ("us-ascii", "WINDOWS-1252"), ("windows-1251", "WINDOWS-1251"),
        ("koi8-r", "KOI8-R"), ("euc-kr", "EUC-KR"), ("utf8", "UTF-8"), (" \"UTF-8\" ", "UTF-8"),
    ])
    func mapsLabelsAsTheEncodingStandardDoes(label: String, expected: String) {
        #expect(CharsetSniffer.encodingName(forLabel: label) == expected)
    }

    @Test func unknownLabelsMapToNothing() {
        #expect(CharsetSniffer.encodingName(forLabel: "x-made-up") == nil)
    }

    @Test(arguments: [
        (#"<meta charset="big5">"#, "BIG5-HKSCS"),
        (#"<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb2312">"#, "GB18030"),
        (#"<meta content='text/html;charset=Shift_JIS' http-equiv='Content-Type'>"#, "SHIFT_JIS"),
        ("<p>plain ascii</p>", "UTF-8"),
    ])
    func findsTheMetaDeclaration(head: String, expected: String) {
        #expect(encoding("<html><head>" + head + "</head></html>") == expected)
    }

    @Test func transportDeclarationWinsOverTheMetaTag() {
        #expect(encoding(#"<meta charset="big5">"#, declared: "euc-jp") == "EUC-JP")
    }

    @Test func byteOrderMarkWinsOverEverything() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"<meta charset="big5">"#.utf8)
        #expect(bytes.withUnsafeBytes { CharsetSniffer.encoding(of: $0, declared: "gbk") } == "UTF-8")
    }
}
