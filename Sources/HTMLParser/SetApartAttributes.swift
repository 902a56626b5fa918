// Attributes kept out of libxml2's reading, and how an element finds its own again.

/// The attributes of a page's start tags as the page wrote them, cut from the tags before
/// parsing and read in place by ``HTMLNode``'s attribute readers, so that no reader sees a
/// difference.
///
/// libxml2 2.9 reads an attribute name and value one character at a time, with a function call
/// for each (`xmlNextChar`), then allocates the attribute, its value's text node and a copy of the
/// value, registers ids, and frees it all with the document: on news pages about a seventh of
/// the extraction's instructions. The byte scan (``UnreadMarkup``) already reads every attribute;
/// those whose value libxml2 would take unchanged (quoted or not, plain ASCII, no character
/// reference) are set apart here. The others (a reference, a byte past ASCII, a carriage return,
/// a name without a value) stay in the tag for libxml2.
///
///     <div class="article-body" id=main title="caf&eacute;">  →  <div title="caf&eacute;">
///
/// An element finds its tag by where the tag ends: the scan notes where each tag set apart ends
/// in the bytes libxml2 is given, and its name; the parser's element callback
/// (`scrape_startElement`, in the C shim), called with libxml2's reading position at that `>`,
/// numbers the element of that name it creates there in its `line` field: tag n's element holds
/// n + 1, every other element 0 (libxml2 keeps line numbers only when asked, and ``HTMLDocument``
/// does not ask). Copies keep the numbers. The name tells the tag's element from one libxml2
/// adds at the same place (the `<body>` that a `<div>` in the head implies, created where the
/// `<div>`'s name ends, which is its `>` once its attributes are gone).
///
/// A tag is left whole to libxml2 where its reading would differ: `<html>`, `<head>` and `<body>`
/// (libxml2 treats their repeats apart), a name given twice (libxml2 keeps the first)
/// and a name of a hundred bytes or more (libxml2 cuts it). Past ``mostTags`` tags, the numbers
/// would not fit the field: the rest of the page keeps its attributes.
///
/// This view is plain pointers into a ``Storage`` the document holds: asked on most elements
/// several times over, a class reference was taken and dropped at every read.
struct SetApartAttributes {
    /// One attribute of a tag set apart, as places in the scanned page.
    struct Attribute {
        /// The name's first eight bytes, lowercased as libxml2 lowercases names, in a word (zeros
        /// past a shorter name's end): read without going back to the page.
        var key: UInt64
        var nameStart: Int32
        var nameLength: Int32
        /// The value's place, or -1 for an attribute that stayed in the tag for libxml2 to read.
        var valueStart: Int32
        var valueEnd: Int32

        var name: Range<Int> { Int(nameStart)..<Int(nameStart + nameLength) }
        var value: Range<Int>? { valueStart < 0 ? nil : Int(valueStart)..<Int(valueEnd) }

        /// The key of a name from its first eight bytes in a word (and what follows it, when it is
        /// shorter), lowercasing its capitals: names are ASCII.
        @inline(__always)
        static func key(of word: UInt64, length: Int) -> UInt64 {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let name = length >= 8 ? word : word & ((1 << UInt64(length * 8)) - 1)
            // The high bit of each byte from `A` up, less each from `[` up: the capitals.
            let capitals = (name &+ ones &* (0x80 - 0x41)) & ~(name &+ ones &* (0x80 - 0x5B)) & (ones &* 0x80)
            return name | capitals >> 2
        }

        /// The key of a name, from its bytes one at a time (at the page's end, where eight cannot be read at once).
        @inline(__always)
        static func key(of name: UnsafeRawBufferPointer) -> UInt64 {
            var key: UInt64 = 0
            for index in 0..<min(name.count, 8) {
                key |= UInt64(name[index].asciiLowercased) << UInt64(index * 8)
            }
            return key
        }
    }

    /// The most tags set apart: their numbers fill libxml2's 16-bit `line` field.
    static let mostTags = Int(UInt16.max)
    /// Tags with more attributes than this stay whole: a repeated name is looked for pair by pair.
    static let mostAttributesPerTag = 32
    /// The longest page whose places fit the attributes' 32-bit fields.
    static let longestPage = Int(Int32.max)

    /// The memory the view points into: a copy of the page's bytes as scanned, the attributes and
    /// where each tag's start, freed with the last document that holds it.
    final class Storage {
        fileprivate let page: UnsafeMutableBufferPointer<UInt8>
        fileprivate let attributes: UnsafeMutableBufferPointer<Attribute>
        fileprivate let tagStarts: UnsafeMutableBufferPointer<Int32>

        init(page bytes: [UInt8], attributes: [Attribute], tagStarts: [Int32]) {
            page = .allocate(capacity: bytes.count)
            _ = page.initialize(from: bytes)
            self.attributes = .allocate(capacity: attributes.count)
            _ = self.attributes.initialize(from: attributes)
            self.tagStarts = .allocate(capacity: tagStarts.count)
            _ = self.tagStarts.initialize(from: tagStarts)
        }

        deinit {
            page.deallocate()
            attributes.deallocate()
            tagStarts.deallocate()
        }
    }

    /// The page's bytes as scanned, which the attributes point into.
    private let page: UnsafeBufferPointer<UInt8>
    private let attributes: UnsafeBufferPointer<Attribute>
    /// Where each tag's attributes start in ``attributes``, and their end after the last tag.
    private let tagStarts: UnsafeBufferPointer<Int32>

    /// A view of `storage`, valid while it lives.
    init(_ storage: Storage) {
        page = UnsafeBufferPointer(storage.page)
        attributes = UnsafeBufferPointer(storage.attributes)
        tagStarts = UnsafeBufferPointer(storage.tagStarts)
    }

    /// How many tags are set apart.
    var count: Int { tagStarts.count - 1 }

    /// The number of the tag an element was parsed from, from its `line` field (``HTMLNode``).
    @inline(__always)
    func tag(numbered line: UInt16) -> Int? {
        let tag = Int(line) - 1
        return tag >= 0 && tag < count ? tag : nil
    }

    /// The attributes of tag `tag`, in page order.
    func attributes(of tag: Int) -> UnsafeBufferPointer<Attribute>.SubSequence {
        attributes[Int(tagStarts[tag])..<Int(tagStarts[tag + 1])]
    }

    /// The scanned page, for the parser's callback to read tag names in.
    var pageStart: UnsafePointer<UInt8> { page.baseAddress! }

    /// The bytes of a range of the scanned page; they live as long as the storage.
    func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: page[range]) }

    /// The attribute named `name` (lowercase) of the tag an element's `line` field numbers
    /// (``HTMLNode``), if that tag has it.
    @inline(__always)
    func attribute(named name: UnsafeBufferPointer<UInt8>, numbered line: UInt16) -> Attribute? {
        guard let tag = tag(numbered: line) else { return nil }
        return attribute(named: name, of: tag)
    }

    /// The attribute of tag `tag` named `name` (lowercase), if the tag has it.
    func attribute(named name: UnsafeBufferPointer<UInt8>, of tag: Int) -> Attribute? {
        var index = Int(tagStarts[tag])
        let end = Int(tagStarts[tag + 1])
        while index < end {
            let attribute = attributes[index]
            index += 1
            // Told by length first: most names asked for are not the tag's, and most differ in length.
            if Int(attribute.nameLength) == name.count, isNamed(attribute, name) { return attribute }
        }
        return nil
    }

    /// Whether an attribute's name, as long as `name`, is `name` (lowercase): its first eight
    /// bytes from the key, the rest from the page, capitals matching their lowercase letters.
    @inline(__always)
    private func isNamed(_ attribute: Attribute, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        var key = attribute.key
        var at = 0
        while at < name.count, at < 8 {
            guard UInt8(truncatingIfNeeded: key) == name[at] else { return false }
            key >>= 8
            at += 1
        }
        while at < name.count {
            guard page[Int(attribute.nameStart) + at].asciiLowercased == name[at] else { return false }
            at += 1
        }
        return true
    }

    /// Whether a value's bytes reach libxml2's tree unchanged: printable ASCII, tabs and line feeds,
    /// without `&`, which may start a character reference (carriage returns and other controls,
    /// and bytes of other characters, are left to libxml2).
    static func isVerbatim(_ bytes: UnsafeRawBufferPointer) -> Bool {
        // Eight bytes at a time: a word with no byte past `~`, below a space or equal to `&` is
        // verbatim; any other word is told byte by byte (tabs and line feeds pass there).
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        while index + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let notAmpersand = word ^ (ones &* 0x26)
            let notDelete = word ^ (ones &* 0x7F)
            let suspect = word & highs | (word &- ones &* 0x20) & ~word & highs
                | (notAmpersand &- ones) & ~notAmpersand & highs | (notDelete &- ones) & ~notDelete & highs
            if suspect != 0, !isVerbatim(bytes[index..<(index + 8)]) { return false }
            index += 8
        }
        return isVerbatim(bytes[index...])
    }

    private static func isVerbatim(_ bytes: Slice<UnsafeRawBufferPointer>) -> Bool {
        for byte in bytes where !(byte >= 0x20 && byte < 0x7F && byte != 0x26) && byte != 0x09 && byte != 0x0A { return false }
        return true
    }
}
