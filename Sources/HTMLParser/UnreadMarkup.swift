// Script code, style sheets and unread attributes taken out of the page's bytes before libxml2 reads them.
#if canImport(Glibc)
import Glibc
#endif

/// Finds what no stage reads in a page's bytes: the bodies of `<script>` and `<style>` elements
/// (HTML's raw text elements), the text of comments, and attributes the caller leaves out; the
/// parser is given the page without them.
///
/// libxml2 reads a raw text body one character at a time into a text node: script code and
/// style sheets are half of a news page's bytes, and reading them was about a fifth of the parse.
/// Event handlers, data attributes and vector path data are a sixth of the rest, read the same
/// way and each allocated. A byte scan finds them in a fraction of that time. Script code goes,
/// except structured data (`application/ld+json`), which the declarations are read from; style
/// sheets are handed over apart, for the rules that hide elements; comments stay empty, but for a
/// saved page's `saved from url=` note. The elements themselves stay. The attributes that libxml2
/// would copy unchanged are set apart too, where each tag ends noted (``SetApartAttributes``):
/// libxml2 reads names and values one character at a time.
///
/// The scan follows the tokenizer of the libxml2 the project builds against (2.9, in recovery
/// mode) wherever a tag or a raw text body can start or end: comments, processing instructions
/// and the doctype are passed over, start tags are read attribute by attribute with their quoted
/// values, `<script … />` has no body, and a body ends at the first `</script` (`</style`),
/// whatever follows. Where the page leaves the tokenizer's common paths (a quote left open, a
/// body opening with an end tag or with a tag that closes it), the scan stops and the rest of the
/// page goes to libxml2 as it is: the bytes are never read differently from how libxml2 would
/// read them, only less of them. Tests compare the trees both ways.
enum UnreadMarkup {
    /// The page without what is not read, and the style sheets and attributes taken out of it.
    struct Separation {
        var page: [UInt8]?
        var styleSheets: [[UInt8]]
        /// The attributes of the tags set apart (``SetApartAttributes``), in page order, as ranges
        /// of the bytes scanned; tag number n's are `attributes[tagStarts[n]..<tagStarts[n + 1]]`.
        var attributes: [SetApartAttributes.Attribute]
        var tagStarts: [Int32]
        /// Where each of those tags ends (its `>`, or the `/` of `/>`) in ``page``, and where its
        /// name is in the bytes scanned: its start shifted left by 8 bits, and its length.
        var tagEnds: [Int]
        var tagNames: [Int]
        /// Whether the scan read the whole page, counting its start tags and their attributes
        /// against the limits: else ``MarkupCensus`` must count them.
        var countedWholePage: Bool
        /// The first limit the page breaks, when the scan found one.
        var violation: ParseError?
    }

    /// The page separated from its script code, style sheets and left-out attributes (`page` is
    /// `nil` when it has none), the start tags counted on the way.
    ///
    /// - Parameters:
    ///   - bytes: the page in an encoding where every byte below 0x80 is the ASCII character
    ///     (UTF-8, the single-byte encodings, GBK, Big5, Shift_JIS, EUC): the scan looks for ASCII
    ///     markup alone.
    ///   - takingStyleSheets: whether style sheets are set apart too; only in UTF-8, since they are
    ///     handed over undecoded while libxml2 decodes the page's attributes they are matched with.
    ///   - settingApartAttributes: whether attributes are set apart (``SetApartAttributes``); only
    ///     in UTF-8 too, since the tags' ends are found again where libxml2 reads the page, which it
    ///     decodes into UTF-8.
    ///   - attributes: the attributes to leave out.
    ///   - collapsingWhitespace: whether the blanks opening and closing each stretch of text are
    ///     shortened (``Scanner/collapseWhitespace(in:cutting:)``).
    ///   - maxElements: the most start tags the page may have.
    ///   - maxAttributes: the most attributes one start tag may have.
    static func separate(_ bytes: UnsafeRawBufferPointer, takingStyleSheets: Bool, settingApartAttributes: Bool,
                         leavingOut attributes: AttributeFilter, collapsingWhitespace: Bool, maxElements: Int,
                         maxAttributes: Int) -> Separation {
        var scanner = Scanner(bytes, settingApartAttributes: settingApartAttributes, leavingOut: attributes,
                              collapsingWhitespace: collapsingWhitespace, maxElements: maxElements, maxAttributes: maxAttributes)
        var cuts: [Range<Int>] = []
        var styleSheets: [[UInt8]] = []
        while let body = scanner.nextBody(cutting: &cuts) {
            if body.isStyleSheet {
                guard takingStyleSheets else { continue }
                styleSheets.append(Array(bytes[body.range]))
            }
            cuts.append(body.range)
        }
        var separation = Separation(page: nil, styleSheets: styleSheets, attributes: scanner.setApartAttributes,
                                    tagStarts: scanner.tagStarts, tagEnds: [], tagNames: scanner.tagNames, countedWholePage: scanner.readWholePage,
                                    violation: scanner.violation)
        guard !cuts.isEmpty, scanner.violation == nil else { return separation }
        let length = bytes.count - cuts.reduce(0) { $0 + $1.count }
        // Copied a stretch at a time into place: tens of thousands of stretches a page, each a
        // generic append through the array's capacity checks before.
        let page = [UInt8](unsafeUninitializedCapacity: length) { page, initialized in
            var copied = 0
            var written = 0
            for index in 0...cuts.count {
                let end = index < cuts.count ? cuts[index].lowerBound : bytes.count
                // Cuts come in page order without overlapping, so this holds; a broken scan must
                // stop here rather than write past the page.
                precondition(end >= copied && written + end - copied <= page.count, "page assembly out of order")
                if end > copied { (page.baseAddress! + written).initialize(from: bytes.baseAddress!.assumingMemoryBound(to: UInt8.self) + copied, count: end - copied) }
                written += end - copied
                if index < cuts.count { copied = cuts[index].upperBound }
            }
            initialized = written
        }
        separation.page = page
        // Where the tags set apart end, moved back by what is cut before them (a tag's end is never cut).
        var tagEnds = scanner.tagEnds
        var cut = 0
        var removed = 0
        for tag in tagEnds.indices {
            while cut < cuts.count, cuts[cut].upperBound <= tagEnds[tag] {
                removed += cuts[cut].count
                cut += 1
            }
            tagEnds[tag] -= removed
        }
        separation.tagEnds = tagEnds
        return separation
    }

    /// Steps through the markup from one `<` to the next, as libxml2's content loop does.
    private struct Scanner {
        let bytes: UnsafeRawBufferPointer
        let attributes: AttributeFilter
        let maxElements: Int
        let maxAttributes: Int
        var index = 0
        var elements = 0
        var violation: ParseError?
        var readWholePage = false
        /// The cuts of the tag being read, made only once the whole tag is read: of the left-out
        /// attributes, and of those set apart, when the tag is.
        var leftOutCuts: [Range<Int>] = []
        var settingApartCuts: [Range<Int>] = []
        /// The attributes of the tag being read that libxml2 would read.
        var tagAttributes: [SetApartAttributes.Attribute] = []
        /// Whether attributes are set apart: asked, and the page short enough.
        let setsApart: Bool
        /// The attributes of the tags set apart (``SetApartAttributes``), where each tag's start,
        /// and where each tag ends.
        var setApartAttributes: [SetApartAttributes.Attribute] = []
        var tagStarts: [Int32] = [0]
        var tagEnds: [Int] = []
        var tagNames: [Int] = []
        /// Whether the blanks opening and closing each stretch of text are shortened: until the
        /// first element whose text keeps its blanks (``keepsWhitespace(_:)``).
        var collapsesWhitespace: Bool

        init(_ bytes: UnsafeRawBufferPointer, settingApartAttributes: Bool, leavingOut attributes: AttributeFilter,
             collapsingWhitespace: Bool, maxElements: Int, maxAttributes: Int) {
            self.bytes = bytes
            self.attributes = attributes
            self.collapsesWhitespace = collapsingWhitespace
            self.maxElements = maxElements
            self.maxAttributes = maxAttributes
            setsApart = settingApartAttributes && bytes.count <= SetApartAttributes.longestPage
        }

        /// The next body to take out, after adding the attributes before it to `cuts`; `nil` at
        /// the end of the page or where the scan stops.
        mutating func nextBody(cutting cuts: inout [Range<Int>]) -> (range: Range<Int>, isStyleSheet: Bool)? {
            while let open = find(0x3C, from: index) {
                if collapsesWhitespace, open - index > 1 { collapseWhitespace(in: index..<open, cutting: &cuts) }
                index = open + 1
                guard index < bytes.count else { return nil }
                switch bytes[index] {
                case UInt8(ascii: "!"):
                    if startsWith("!--", at: index) {
                        // A comment runs to the first `-->` after its opening. Its text goes, but
                        // for the address a browser notes on a page it saves.
                        guard let end = find("-->", from: index + 3) else { return nil }
                        if end > index + 3, find("saved from url=(", from: index + 3, before: end) == nil { cuts.append((index + 3)..<end) }
                        index = end + 3
                    } else if startsWith("!doctype", at: index, ignoringCase: true) {
                        guard let end = find(0x3E, from: index) else { return nil }
                        index = end + 1
                    }
                    // Any other `<!` is text.
                case UInt8(ascii: "?"):
                    // A processing instruction ends at the first `>`.
                    guard let end = find(0x3E, from: index) else { return nil }
                    index = end + 1
                case UInt8(ascii: "/"):
                    // An end tag ends at the first `>`, whatever comes between.
                    guard let end = find(0x3E, from: index) else { return nil }
                    index = end + 1
                case let byte where UnreadMarkup.startsName(byte):
                    guard let tag = readStartTag(cutting: &cuts) else { return nil }
                    guard !tag.closesItself, tag.name != .other else { continue }
                    let bodyStart = index
                    // A body that opens with a tag that closes it (`<script><noscript>`, `<style><body>`),
                    // or with an end tag, which may close it: not followed. Other tags and comment
                    // openings are raw text there.
                    if bodyStart + 1 < bytes.count, bytes[bodyStart] == 0x3C {
                        let next = bytes[bodyStart + 1]
                        if next == UInt8(ascii: "/"), !startsWith(tag.name == .script ? "</script" : "</style", at: bodyStart, ignoringCase: true) {
                            return nil
                        }
                        if UnreadMarkup.startsName(next), closesBody(of: tag.name, nameAt: bodyStart + 1) { return nil }
                    }
                    guard let end = find(tag.name == .script ? "</script" : "</style", from: bodyStart, ignoringCase: true) else { return nil }
                    index = end
                    if end > bodyStart, tag.name == .style || !tag.holdsData { return (bodyStart..<end, tag.name == .style) }
                default:
                    // `<` before anything else is text.
                    break
                }
            }
            index = bytes.count
            readWholePage = true
            return nil
        }

        enum Name { case script, style, other }

        struct StartTag {
            var name: Name
            var closesItself: Bool
            /// Whether the body may be data a stage reads (`type="application/ld+json"`).
            var holdsData: Bool
        }

        /// Reads a start tag from its name to its `>`, leaving `index` after it; `nil` where the
        /// tag leaves the common paths of libxml2's tokenizer.
        mutating func readStartTag(cutting cuts: inout [Range<Int>]) -> StartTag? {
            // Most tags leave these empty: not worth a call to empty them.
            if !leftOutCuts.isEmpty { leftOutCuts.removeAll(keepingCapacity: true) }
            if !settingApartCuts.isEmpty { settingApartCuts.removeAll(keepingCapacity: true) }
            if !tagAttributes.isEmpty { tagAttributes.removeAll(keepingCapacity: true) }
            elements += 1
            guard elements <= maxElements else {
                violation = .tooManyElements(limit: maxElements)
                return nil
            }
            var attributeCount = 0
            // A local position: a stored one was written back to memory at every byte.
            var at = index
            defer { index = at }
            let count = bytes.count
            let nameStart = at
            while at < count, UnreadMarkup.continuesName(bytes[at]) { at += 1 }
            let nameEnd = at
            let name: Name = equalsIgnoringCase(nameStart..<at, "script") ? .script
                : equalsIgnoringCase(nameStart..<at, "style") ? .style : .other
            if collapsesWhitespace, keepsWhitespace(nameStart..<at) { collapsesWhitespace = false }
            var holdsData = false
            while true {
                // The blanks before an attribute go with it when it is cut (``cut(from:attributeStart:to:)``):
                // libxml2 steps over every blank it is given with a call.
                let blanksStart = at
                while at < count, UnreadMarkup.isBlank(bytes[at]) { at += 1 }
                guard at < count else { return nil }
                let byte = bytes[at]
                if byte == 0x3E || byte == UInt8(ascii: "/") && at + 1 < count && bytes[at + 1] == 0x3E {
                    let closesItself = byte != 0x3E
                    let end = at
                    at += closesItself ? 2 : 1
                    if settingApartCuts.isEmpty || !setApartAttributes(ofTagNamed: nameStart..<nameEnd, endingAt: end, cutting: &cuts) {
                        if !leftOutCuts.isEmpty { cuts += leftOutCuts }
                    }
                    return StartTag(name: name, closesItself: closesItself, holdsData: holdsData)
                }
                // libxml2 compares each attribute with all the earlier ones: a tag with hundreds of
                // thousands would take it minutes.
                attributeCount += 1
                guard attributeCount <= maxAttributes else {
                    violation = .tooManyAttributes(limit: maxAttributes)
                    return nil
                }
                // An attribute: a name, and perhaps `=` and a value, quoted or not. libxml2 passes over
                // anything else (`@click="…"`, a stray quote) up to a blank or the tag's end, quotes
                // and all.
                guard UnreadMarkup.startsAttributeName(byte) else {
                    while at < count, !UnreadMarkup.isBlank(bytes[at]), bytes[at] != 0x3E,
                          !(bytes[at] == UInt8(ascii: "/") && at + 1 < count && bytes[at + 1] == 0x3E) {
                        at += 1
                    }
                    continue
                }
                let attributeStart = at
                while at < count, UnreadMarkup.continuesName(bytes[at]) { at += 1 }
                let attributeName = UnsafeRawBufferPointer(rebasing: bytes[attributeStart..<at])
                let isLeftOut = attributes.matches(attributeName)
                while at < count, UnreadMarkup.isBlank(bytes[at]) { at += 1 }
                guard at < count else { return nil }
                guard bytes[at] == UInt8(ascii: "=") else {
                    // A name alone stays for libxml2, which gives some such names a value of their own (`checked`).
                    if isLeftOut {
                        leftOutCuts.append(cut(from: blanksStart, attributeStart: attributeStart, to: attributeStart + attributeName.count))
                    } else if setsApart {
                        tagAttributes.append(attribute(named: attributeName, at: attributeStart, value: nil))
                    }
                    continue
                }
                at += 1
                while at < count, UnreadMarkup.isBlank(bytes[at]) { at += 1 }
                guard at < count else { return nil }
                let valueStart: Int
                let valueEnd: Int
                let quote = bytes[at]
                if quote == 0x22 || quote == 0x27 {
                    guard let closing = find(quote, from: at + 1) else { return nil }
                    (valueStart, valueEnd) = (at + 1, closing)
                    at = closing + 1
                } else {
                    valueStart = at
                    while at < count, bytes[at] != 0x3E, !UnreadMarkup.isBlank(bytes[at]) { at += 1 }
                    valueEnd = at
                }
                if isLeftOut {
                    leftOutCuts.append(cut(from: blanksStart, attributeStart: attributeStart, to: at))
                } else if setsApart {
                    let isVerbatim = SetApartAttributes.isVerbatim(UnsafeRawBufferPointer(rebasing: bytes[valueStart..<valueEnd]))
                    tagAttributes.append(attribute(named: attributeName, at: attributeStart, value: isVerbatim ? valueStart..<valueEnd : nil))
                    if isVerbatim { settingApartCuts.append(cut(from: blanksStart, attributeStart: attributeStart, to: at)) }
                }
                // Entities could spell the type: such a body is kept too.
                if name == .script, contains("json", in: valueStart..<valueEnd) || bytes[valueStart..<valueEnd].contains(0x26) {
                    holdsData = true
                }
            }
        }

        /// The cut of an attribute ending at `end`, with the blanks before it where a blank or the
        /// tag's `>` follows it: else they keep what comes before and after it apart
        /// (`class="a"href="b"`, or an unquoted value before a `/>`).
        @inline(__always)
        func cut(from blanksStart: Int, attributeStart: Int, to end: Int) -> Range<Int> {
            end < bytes.count && (bytes[end] == 0x3E || UnreadMarkup.isBlank(bytes[end])) ? blanksStart..<end : attributeStart..<end
        }

        @inline(__always)
        func attribute(named name: UnsafeRawBufferPointer, at start: Int, value: Range<Int>?) -> SetApartAttributes.Attribute {
            // Eight bytes read at once where the page has them, past the name's end (masked off).
            let key = start + 8 <= bytes.count ? SetApartAttributes.Attribute.key(of: bytes.loadUnaligned(fromByteOffset: start, as: UInt64.self),
                                                                                  length: name.count)
                : SetApartAttributes.Attribute.key(of: name)
            return SetApartAttributes.Attribute(key: key, nameStart: Int32(start),
                                         nameLength: Int32(name.count), valueStart: Int32(value?.lowerBound ?? -1),
                                         valueEnd: Int32(value?.upperBound ?? -1))
        }

        /// Sets apart the attributes of the tag just read whose values libxml2 would copy
        /// unchanged, when libxml2 would read the tag as the scan did (``SetApartAttributes``): the
        /// cuts of those attributes and of the left-out ones are made, and where the tag ends noted.
        ///
        /// - Returns: whether the tag was set apart (and its cuts made).
        mutating func setApartAttributes(ofTagNamed tagName: Range<Int>, endingAt end: Int, cutting cuts: inout [Range<Int>]) -> Bool {
            guard tagEnds.count < SetApartAttributes.mostTags, tagName.count < 100,
                  tagAttributes.count <= SetApartAttributes.mostAttributesPerTag,
                  tagName.count != 4 || !(equalsIgnoringCase(tagName, "html") || equalsIgnoringCase(tagName, "head")
                      || equalsIgnoringCase(tagName, "body"))
            else { return false }
            for index in tagAttributes.indices {
                let attribute = tagAttributes[index]
                guard attribute.nameLength < 100 else { return false }
                var earlier = 0
                while earlier < index {
                    let other = tagAttributes[earlier]
                    if other.key == attribute.key, other.nameLength == attribute.nameLength, sameName(other, attribute) { return false }
                    earlier += 1
                }
            }
            tagEnds.append(end)
            tagNames.append(tagName.lowerBound << 8 | tagName.count)
            // One at a time: a tag has one or two, and appending a list went through a generic replacement.
            for attribute in tagAttributes { setApartAttributes.append(attribute) }
            tagStarts.append(Int32(setApartAttributes.count))
            // The two lists of cuts merged in page order.
            guard !leftOutCuts.isEmpty else {
                for cut in settingApartCuts { cuts.append(cut) }
                return true
            }
            var leftOut = 0
            for cut in settingApartCuts {
                while leftOut < leftOutCuts.count, leftOutCuts[leftOut].lowerBound < cut.lowerBound {
                    cuts.append(leftOutCuts[leftOut])
                    leftOut += 1
                }
                cuts.append(cut)
            }
            cuts += leftOutCuts[leftOut...]
            return true
        }

        /// Whether two attributes of equal keys and lengths have the same name, lowercased as libxml2 compares them.
        func sameName(_ one: SetApartAttributes.Attribute, _ other: SetApartAttributes.Attribute) -> Bool {
            var offset = 8
            while offset < Int(one.nameLength) {
                if bytes[Int(one.nameStart) + offset].asciiLowercased != bytes[Int(other.nameStart) + offset].asciiLowercased { return false }
                offset += 1
            }
            return true
        }

        /// Shortens the runs of blanks that open and close a stretch of text, the indentation of
        /// the markup: a run holding line breaks to the line breaks alone, any other to its first
        /// blank. The extraction collapses whitespace as a browser does, keeping only where lines
        /// break (``TextNormalizer``), so it reads the same text; libxml2 reads text one character
        /// at a time, and indentation is about a tenth of a page once scripts and styles are out.
        /// Runs between words are passed over: they are mostly one space, and reading every byte of
        /// the text cost the scan more than it saved libxml2.
        func collapseWhitespace(in text: Range<Int>, cutting cuts: inout [Range<Int>]) {
            var opening = text.lowerBound
            while opening < text.upperBound {
                // Indentation is mostly spaces: eight at a time.
                if opening + 8 <= text.upperBound, bytes.loadUnaligned(fromByteOffset: opening, as: UInt64.self) == 0x2020_2020_2020_2020 {
                    opening += 8
                } else if UnreadMarkup.isBlank(bytes[opening]) {
                    opening += 1
                } else {
                    break
                }
            }
            shorten(text.lowerBound..<opening, cutting: &cuts)
            guard opening < text.upperBound else { return }
            var closing = text.upperBound
            while closing > opening, UnreadMarkup.isBlank(bytes[closing - 1]) { closing -= 1 }
            shorten(closing..<text.upperBound, cutting: &cuts)
        }

        /// Cuts a run of blanks down to its line breaks, or to its first blank where it has none. A
        /// run with a carriage return is left whole: `\r\n` is one character to Swift's line splits.
        func shorten(_ run: Range<Int>, cutting cuts: inout [Range<Int>]) {
            guard run.count > 1, find(0x0D, from: run.lowerBound, before: run.upperBound) == nil else { return }
            guard var lineBreak = find(0x0A, from: run.lowerBound, before: run.upperBound) else {
                cuts.append((run.lowerBound + 1)..<run.upperBound)
                return
            }
            // The blanks around and between the line breaks go.
            var blanks = run.lowerBound
            while true {
                if lineBreak > blanks { cuts.append(blanks..<lineBreak) }
                blanks = lineBreak + 1
                guard let next = find(0x0A, from: blanks, before: run.upperBound) else { break }
                lineBreak = next
            }
            if run.upperBound > blanks { cuts.append(blanks..<run.upperBound) }
        }

        /// Whether the start tag named in `range` opens an element whose text keeps its blanks
        /// (`pre`, `textarea`, `listing`, `xmp`, `plaintext`).
        @inline(__always)
        func keepsWhitespace(_ range: Range<Int>) -> Bool {
            switch range.count {
            case 3: return equalsIgnoringCase(range, "pre") || equalsIgnoringCase(range, "xmp")
            case 7: return equalsIgnoringCase(range, "listing")
            case 8: return equalsIgnoringCase(range, "textarea")
            case 9: return equalsIgnoringCase(range, "plaintext")
            default: return false
            }
        }

        /// Whether the tag whose name starts at `start` closes a body it opens: libxml2 2.9 closes a
        /// script at `<noscript>` and a style sheet at `<body>` or `<frameset>` (checked for every tag name).
        func closesBody(of element: Name, nameAt start: Int) -> Bool {
            var end = start
            while end < bytes.count, UnreadMarkup.continuesName(bytes[end]) { end += 1 }
            switch element {
            case .script: return equalsIgnoringCase(start..<end, "noscript")
            case .style: return equalsIgnoringCase(start..<end, "body") || equalsIgnoringCase(start..<end, "frameset")
            case .other: return false
            }
        }

        /// Where `byte` first occurs from `start` on, before `end` (the page's end by default).
        @inline(__always)
        func find(_ byte: UInt8, from start: Int, before end: Int? = nil) -> Int? {
            let end = end ?? bytes.count
            guard start < end, let base = bytes.baseAddress,
                  let found = memchr(base + start, Int32(byte), end - start) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }

        /// Where `text` first starts from `start` on, wholly before `end`: its first byte found with
        /// memchr, the rest compared there. With `ignoringCase`, letters after the first match in
        /// either case (`</SCRIPT`; every text searched so opens with a byte that is no letter).
        func find(_ text: StaticString, from start: Int, before end: Int? = nil, ignoringCase: Bool = false) -> Int? {
            let end = end ?? bytes.count
            var from = start
            while let candidate = find(text.utf8Start.pointee, from: from, before: end) {
                if candidate + text.utf8CodeUnitCount > end { return nil }
                if startsWith(text, at: candidate, ignoringCase: ignoringCase) { return candidate }
                from = candidate + 1
            }
            return nil
        }

        @inline(__always)
        func startsWith(_ text: StaticString, at start: Int, ignoringCase: Bool = false) -> Bool {
            let count = text.utf8CodeUnitCount
            guard start + count <= bytes.count else { return false }
            for offset in 0..<count {
                let expected = text.utf8Start[offset]
                let byte = bytes[start + offset]
                if byte != expected, !(ignoringCase && byte | 0x20 == expected && expected >= 0x61 && expected <= 0x7A) { return false }
            }
            return true
        }

        @inline(__always)
        func equalsIgnoringCase(_ range: Range<Int>, _ text: StaticString) -> Bool {
            range.count == text.utf8CodeUnitCount && startsWith(text, at: range.lowerBound, ignoringCase: true)
        }

        func contains(_ text: StaticString, in range: Range<Int>) -> Bool {
            let count = text.utf8CodeUnitCount
            guard range.count >= count else { return false }
            for start in range.lowerBound...(range.upperBound - count) where startsWith(text, at: start, ignoringCase: true) { return true }
            return false
        }
    }

    // The byte classes below as bits of two words (bytes 0–63, 64–127): one shift and mask per
    // byte, where the comparisons were a handful.

    /// A letter, `_` or `:`: what libxml2 lets a tag or attribute name start with.
    @inline(__always)
    private static func startsName(_ byte: UInt8) -> Bool {
        isIn(byte, low: 0x0400_0000_0000_0000, high: 0x07FF_FFFE_87FF_FFFE)
    }

    /// What libxml2 lets an attribute name start with: a letter, `_`, `:` or `.`.
    @inline(__always)
    private static func startsAttributeName(_ byte: UInt8) -> Bool {
        isIn(byte, low: 0x0400_4000_0000_0000, high: 0x07FF_FFFE_87FF_FFFE)
    }

    /// What libxml2 reads as part of a name: letters, digits, `:`, `-`, `_` and `.`.
    @inline(__always)
    private static func continuesName(_ byte: UInt8) -> Bool {
        isIn(byte, low: 0x07FF_6000_0000_0000, high: 0x07FF_FFFE_87FF_FFFE)
    }

    /// The blanks libxml2 skips inside tags (not the form feed).
    @inline(__always)
    private static func isBlank(_ byte: UInt8) -> Bool {
        isIn(byte, low: 0x1_0000_2600, high: 0)
    }

    @inline(__always)
    private static func isIn(_ byte: UInt8, low: UInt64, high: UInt64) -> Bool {
        byte < 64 ? (low >> UInt64(byte)) & 1 != 0 : byte < 128 && (high >> UInt64(byte &- 64)) & 1 != 0
    }
}
