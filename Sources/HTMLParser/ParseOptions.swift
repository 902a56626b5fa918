// Limits and hints for one parse.

/// How a page's bytes are turned into a document.
///
/// libxml2's own size and depth limits are lifted (`XML_PARSE_HUGE`) because real pages break
/// them; these limits take their place.
public struct ParseOptions: Sendable, Equatable {
    /// The default byte cap: larger than any real article page, small enough to bound memory.
    public static let defaultMaxBytes = 32 * 1024 * 1024

    /// Pages longer than this are refused with ``ParseError/tooLarge(bytes:limit:)``.
    public var maxBytes: Int

    /// The default element cap: ten times the largest real article pages (about 25,000 elements).
    public static let defaultMaxElements = 250_000

    /// Pages with more start tags than this are refused with ``ParseError/tooManyElements(limit:)``.
    public var maxElements: Int

    /// The most attributes one element may carry; real pages stay in the tens.
    public static let maxAttributesPerElement = 10_000

    /// The page's address, used by libxml2 as the document URL.
    public var baseURL: String?

    /// A charset label the transport declared (an HTTP header, say); it wins over the page's own.
    public var declaredCharset: String?

    /// Whether `<script>` and `<style>` bodies and comments are parsed into the tree. By default
    /// they are taken out before parsing: script code goes, except structured data
    /// (`application/ld+json`); in UTF-8 pages style sheets go to ``HTMLDocument/styleSheets``;
    /// comments stay, empty, but for the one a browser writes on a saved page (`saved from url=`);
    /// attributes libxml2 would read unchanged are kept apart and read in place (``SetApartAttributes``).
    /// Code is no part of an article, and reading it was about a fifth of libxml2's parse of a
    /// news page (``UnreadMarkup``).
    public var keepsUnreadMarkup: Bool

    /// Attributes no reader of the tree asks for, left out before parsing (``AttributeFilter``):
    /// libxml2 reads and allocates every attribute, and event handlers, data attributes and
    /// vector path data are a sixth of a page's markup once scripts and styles are out. Not
    /// applied when ``keepsUnreadMarkup`` is set.
    public var leftOutAttributes: AttributeFilter

    /// Whether the spaces, tabs and line breaks that open and close each stretch of text (the
    /// indentation of the markup) are shortened before parsing: to their line breaks, or to one
    /// blank where there is none; blanks between words stay, and nothing is shortened after the
    /// first `<pre>`, `<textarea>`, `<listing>`, `<xmp>` or `<plaintext>`, whose text keeps its
    /// blanks. For readers that collapse whitespace as a browser does: indentation is about a
    /// tenth of what libxml2 reads once scripts and styles are out. Not applied when
    /// ``keepsUnreadMarkup`` is set.
    public var collapsesWhitespace: Bool

    /// Creates parse options.
    ///
    /// - Parameters:
    ///   - maxBytes: the byte cap.
    ///   - maxElements: the element cap.
    ///   - baseURL: the page's address, if known.
    ///   - declaredCharset: a charset label from outside the page, if any.
    ///   - keepsUnreadMarkup: whether script and style bodies are parsed into the tree.
    ///   - leftOutAttributes: attributes no one will read.
    ///   - collapsesWhitespace: whether the markup's indentation is shortened.
    public init(maxBytes: Int = ParseOptions.defaultMaxBytes, maxElements: Int = ParseOptions.defaultMaxElements,
                baseURL: String? = nil, declaredCharset: String? = nil, keepsUnreadMarkup: Bool = false,
                leftOutAttributes: AttributeFilter = .none, collapsesWhitespace: Bool = false) {
        self.maxBytes = maxBytes
        self.maxElements = maxElements
        self.baseURL = baseURL
        self.declaredCharset = declaredCharset
        self.keepsUnreadMarkup = keepsUnreadMarkup
        self.leftOutAttributes = leftOutAttributes
        self.collapsesWhitespace = collapsesWhitespace
    }
}
