// The one owner of a parsed libxml2 document.
import CLibXML2
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A parsed HTML page.
///
/// The document owns its `xmlDoc` and frees it exactly once, in `deinit`. Nodes handed out as
/// ``HTMLNode`` hold the document strongly, so no node outlives it. Nodes detached from the tree
/// are parked here and freed with the document, so a handle to a removed node never dangles.
/// A document belongs to one task at a time and is deliberately not `Sendable`.
public final class HTMLDocument {
    let pointer: xmlDocPtr
    private var detachedRoots: Set<xmlNodePtr> = []

    /// The encoding the bytes were read in, and what decided it.
    public let charset: Charset

    /// The encoding's standard name (`UTF-8`, `GBK`, `Big5`…).
    public var encoding: String { charset.name }

    /// The address given when parsing, if any.
    public let baseURL: String?

    /// When set, every walk of the tree ends early once the deadline has passed. Copies share it.
    // Unchecked: every walk step reads it, and the dynamic exclusivity check cost more than the
    // step; the document belongs to one task at a time.
    @exclusivity(unchecked) public var deadline: WalkDeadline? {
        didSet { deadlineAskedByWalks = deadline.map { Unmanaged.passUnretained($0) } }
    }

    /// ``deadline`` without a hold of its own: every walk step asks it, and taking and dropping a
    /// hold on it at each step (two atomic operations) cost more than the rest of the step.
    /// ``deadline`` keeps it alive, and no step sets ``deadline``.
    @exclusivity(unchecked) @usableFromInline var deadlineAskedByWalks: Unmanaged<WalkDeadline>?

    /// The bodies of the page's `<style>` elements, in page order, when they were taken out
    /// before parsing; their elements are empty in the tree.
    public let styleSheets: [[UInt8]]

    /// The attributes set apart before parsing, which the tree's elements are numbered for; read
    /// through ``HTMLNode``'s attribute readers. Copies share them.
    let setApartAttributes: SetApartAttributes?
    private let setApartStorage: SetApartAttributes.Storage?

    /// Whether some tags' attributes were set apart: asked by every element's ``HTMLNode/hasAttributes``.
    @usableFromInline let setsApartAttributes: Bool

    private init(pointer: xmlDocPtr, charset: Charset, baseURL: String?, styleSheets: [[UInt8]], setApartStorage: SetApartAttributes.Storage?) {
        self.pointer = pointer
        self.charset = charset
        self.baseURL = baseURL
        self.styleSheets = styleSheets
        self.setApartStorage = setApartStorage
        setApartAttributes = setApartStorage.map(SetApartAttributes.init)
        setsApartAttributes = setApartStorage != nil
    }

    deinit {
        // Collect first: a parked node may sit inside another parked subtree, and freeing that
        // subtree first would make reading the inner node's parent a use after free.
        let roots = detachedRoots.filter { $0.pointee.parent == nil }
        for root in roots { xmlFreeNode(root) }
        xmlFreeDoc(pointer)
    }

    /// Parses raw page bytes with libxml2's HTML parser.
    ///
    /// The parser recovers from broken markup, never touches the network, prints no errors and
    /// has its size and depth limits lifted; ``ParseOptions/maxBytes`` bounds the input instead.
    /// The encoding comes from ``CharsetSniffer``. Unless ``ParseOptions/keepsUnreadMarkup`` is set,
    /// script code, comment text and ``ParseOptions/leftOutAttributes`` are left out and style
    /// sheets set apart in ``styleSheets`` (``UnreadMarkup``).
    ///
    /// - Parameters:
    ///   - bytes: the page as served or saved, undecoded.
    ///   - options: the byte cap, base URL and any charset declared from outside.
    /// - Returns: the document.
    /// - Throws: ``ParseError`` when the input is empty, too large, binary, has too many elements or
    ///   attributes on one element, or yields no document.
    public static func parse(_ bytes: [UInt8], options: ParseOptions = ParseOptions()) throws(ParseError) -> HTMLDocument {
        _ = libraryInitialized
        guard !bytes.isEmpty else { throw .empty }
        guard bytes.count <= options.maxBytes else { throw .tooLarge(bytes: bytes.count, limit: options.maxBytes) }
        let sniffed: Result<Charset, ParseError> = bytes.withUnsafeBytes { raw in
            if let kind = ContentSniffer.nonHTMLKind(of: raw) { return .failure(.notHTML(kind)) }
            return .success(CharsetSniffer.charset(of: raw, declared: options.declaredCharset))
        }
        let charset = try sniffed.get()
        // Last resort: UTF-8 as a browser shows it, each bad byte a U+FFFD, rather than libxml2
        // switching to Latin-1 half-way through the page.
        var input = charset.evidence == .fallback ? bytes.withUnsafeBytes(UTF8Validation.repaired) : bytes
        // libxml2 ends the page at a NUL byte; browsers skip it. In every encoding but UTF-16 and
        // UTF-32 a zero byte is the NUL character alone, never part of another.
        if !charset.name.hasPrefix("UTF-16"), !charset.name.hasPrefix("UTF-32"),
           input.withUnsafeBytes({ memchr($0.baseAddress!, 0, $0.count) != nil }) {
            input.removeAll { $0 == 0 }
        }
        var styleSheets: [[UInt8]] = []
        var setApartStorage: SetApartAttributes.Storage?
        var tagEnds: [Int] = []
        var tagNames: [Int] = []
        var counted = false
        if !options.keepsUnreadMarkup, charset.isASCIICompatible {
            let separation = input.withUnsafeBytes {
                UnreadMarkup.separate($0, takingStyleSheets: charset.name == Charset.utf8Name,
                                      settingApartAttributes: charset.name == Charset.utf8Name, leavingOut: options.leftOutAttributes,
                                      collapsingWhitespace: options.collapsesWhitespace, maxElements: options.maxElements,
                                      maxAttributes: ParseOptions.maxAttributesPerElement)
            }
            if let violation = separation.violation { throw violation }
            if separation.tagStarts.count > 1 {
                setApartStorage = SetApartAttributes.Storage(page: input, attributes: separation.attributes, tagStarts: separation.tagStarts)
                tagEnds = separation.tagEnds
                tagNames = separation.tagNames
            }
            if let page = separation.page { input = page }
            // libxml2 drops a UTF-8 byte order mark from what it reads: its positions start after it.
            if input.starts(with: [0xEF, 0xBB, 0xBF]) {
                for index in tagEnds.indices { tagEnds[index] -= 3 }
            }
            styleSheets = separation.styleSheets
            counted = separation.countedWholePage
        }
        // Counted in what libxml2 will read, when the scan did not count it all: the markup inside
        // scripts is no element of the page.
        if !counted, let violation = input.withUnsafeBytes({
            MarkupCensus.violation(in: $0, maxElements: options.maxElements, maxAttributes: ParseOptions.maxAttributesPerElement)
        }) {
            throw violation
        }
        let result: Result<HTMLDocument, ParseError> = input.withUnsafeBytes { raw in
            guard let context = htmlNewParserCtxt() else { return .failure(.unparsable) }
            defer { htmlFreeParserCtxt(context) }
            scrape_silenceContext(context)
            // The elements of the tags set apart are numbered as libxml2 creates them (SetApartAttributes).
            let ends = UnsafeMutableBufferPointer<Int>.allocate(capacity: tagEnds.count)
            _ = ends.initialize(from: tagEnds)
            let names = UnsafeMutableBufferPointer<Int>.allocate(capacity: tagNames.count)
            _ = names.initialize(from: tagNames)
            let tags = UnsafeMutablePointer<scrape_SetApartTags>.allocate(capacity: 1)
            tags.initialize(to: scrape_SetApartTags(tagEnds: UnsafePointer(ends.baseAddress), tagNames: UnsafePointer(names.baseAddress),
                                                    page: setApartStorage.map { SetApartAttributes($0).pageStart }, count: tagEnds.count, next: 0))
            scrape_numberSetApartTags(context, setApartStorage == nil ? nil : tags)
            defer {
                scrape_numberSetApartTags(context, nil)
                tags.deallocate()
                names.deallocate()
                ends.deallocate()
            }
            let flags = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
                | Int32(XML_PARSE_HUGE.rawValue)
            let base = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
            let document = htmlCtxtReadMemory(context, base, Int32(raw.count), options.baseURL, charset.converter, flags)
            guard let document else { return .failure(.unparsable) }
            return .success(HTMLDocument(pointer: document, charset: charset, baseURL: options.baseURL, styleSheets: styleSheets,
                                         setApartStorage: setApartStorage))
        }
        return try result.get()
    }

    /// libxml2's global state (its mutexes, the random seed of its dictionaries) must be set up
    /// once before threads parse at the same time: two first parses racing to create it were seen
    /// to deadlock in a batch. A static constant's initializer runs exactly once, thread-safely.
    private static let libraryInitialized: Void = xmlInitParser()

    /// A deep copy with its own owner, for stages that must not disturb the original.
    public func copy() -> HTMLDocument {
        guard let copied = xmlCopyDoc(pointer, 1) else { fatalError("libxml2 could not copy a document: out of memory") }
        let copy = HTMLDocument(pointer: copied, charset: charset, baseURL: baseURL, styleSheets: styleSheets, setApartStorage: setApartStorage)
        copy.deadline = deadline
        return copy
    }

    /// The `<html>` element.
    public var root: HTMLNode? {
        xmlDocGetRootElement(pointer).map { HTMLNode(document: self, pointer: $0) }
    }

    /// The `<head>` element, if the page has one.
    public var head: HTMLNode? { root?.firstChildElement(named: "head") }

    /// The `<body>` element, if the page has one.
    public var body: HTMLNode? { root?.firstChildElement(named: "body") }

    /// Whether a walk may take its next step.
    @inlinable
    func walkMayContinue() -> Bool {
        guard let deadline = deadlineAskedByWalks else { return true }
        return deadline._withUnsafeGuaranteedRef { $0.allowsStep() }
    }

    // MARK: - Detached nodes

    func park(_ node: xmlNodePtr) { detachedRoots.insert(node) }

    func unpark(_ node: xmlNodePtr) { detachedRoots.remove(node) }
}
