// Attribute values kept out of libxml2's reading, and the marks left in their place.

/// Long attribute values as the page wrote them, each replaced before parsing by a mark that
/// names it: the DEL character (0x7F) and the value's number in decimal.
///
/// libxml2 2.9 reads an attribute value one character at a time, with a function call for each
/// (`xmlNextChar`): on news pages that was about a seventh of all the extraction's instructions,
/// `class` and `href` values most of it. The byte scan (``UnreadMarkup``) already knows where
/// each value starts and ends; the values libxml2 would copy unchanged (quoted, plain ASCII, no
/// character reference) are set apart here, and ``HTMLNode``'s attribute readers read them in
/// place, so no reader sees a mark.
///
///     <div class="article-body main-column">  →  <div class="\u{7F}0">, value 0 set apart
///
/// A page could spell a mark itself only through a character reference (`&#127;0`): its
/// attribute would then read as another attribute's value, which the page could have written.
final class SetApartValues {
    static let mark: UInt8 = 0x7F
    /// Values shorter than this stay: a mark takes a few bytes itself.
    static let shortestValue = 8

    /// The page's bytes as scanned, which the ranges point into.
    private let page: UnsafeMutableBufferPointer<UInt8>
    private let ranges: [Range<Int>]

    init(page bytes: [UInt8], ranges: [Range<Int>]) {
        page = .allocate(capacity: bytes.count)
        _ = page.initialize(from: bytes)
        self.ranges = ranges
    }

    deinit { page.deallocate() }

    /// How many values are set apart.
    var count: Int { ranges.count }

    /// The value `content` marks; `nil` when it is no mark. The bytes live as long as this store.
    func value(markedBy content: UnsafePointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        guard content[0] == SetApartValues.mark else { return nil }
        var number = 0
        var at = 1
        // At most 18 digits: no number of this page's values overflows on the way.
        while at < 19, content[at] &- 0x30 < 10 {
            number = number &* 10 &+ Int(content[at] &- 0x30)
            at += 1
        }
        guard at > 1, content[at] == 0, number < ranges.count else { return nil }
        return UnsafeBufferPointer(rebasing: page[ranges[number]])
    }

    /// The length of the mark of value number `number`.
    static func markLength(_ number: Int) -> Int {
        var length = 2
        var rest = number / 10
        while rest > 0 {
            length += 1
            rest /= 10
        }
        return length
    }

    /// Writes the mark of value number `number` at the start of `buffer`, which has room for it.
    ///
    /// - Returns: the mark's length.
    static func writeMark(_ number: Int, to buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let length = markLength(number)
        precondition(buffer.count >= length, "no room for an attribute value's mark")
        buffer[0] = mark
        var rest = number
        for index in stride(from: length - 1, through: 1, by: -1) {
            buffer[index] = 0x30 + UInt8(rest % 10)
            rest /= 10
        }
        return length
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
