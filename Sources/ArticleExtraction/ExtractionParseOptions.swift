// How a page is parsed for the extraction.
import HTMLParser

extension ParseOptions {
    /// Options for a page the extraction will read: besides script code, style sheets and comment
    /// text, the parser leaves out what no stage reads, the attributes of
    /// ``HTMLParser/AttributeFilter/unreadByExtraction`` and the blanks that whitespace collapsing
    /// would drop (``ParseOptions/collapsesWhitespace``). Every caller that extracts parses so:
    /// the command, the tests, the fuzzer and the speed benchmark.
    public static func forExtraction(maxBytes: Int = ParseOptions.defaultMaxBytes, maxElements: Int = ParseOptions.defaultMaxElements,
                                     baseURL: String? = nil, declaredCharset: String? = nil) -> ParseOptions {
        ParseOptions(maxBytes: maxBytes, maxElements: maxElements, baseURL: baseURL, declaredCharset: declaredCharset,
                     leftOutAttributes: .unreadByExtraction, collapsesWhitespace: true)
    }
}
