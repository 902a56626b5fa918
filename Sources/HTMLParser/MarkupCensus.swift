// One byte scan that counts start tags and their attributes, before libxml2 sees the page.
#if canImport(Glibc)
import Glibc
#endif

/// Finds pages with more elements, or more attributes on one element, than the limits allow.
///
/// libxml2 parses a million elements in about a second, but every later stage walks them too, and
/// a page that large is no article; it compares each attribute of a tag with all the earlier
/// ones, so 300,000 attributes on one element cost it minutes. A linear scan lets the parser
/// refuse such pages first. It counts `<letter` as a start tag, and `=` signs outside quoted
/// values inside a tag as attributes (attributes without values are not counted, which only
/// makes the count lower).
enum MarkupCensus {
    /// The first limit the page breaks, if any.
    static func violation(in bytes: UnsafeRawBufferPointer, maxElements: Int, maxAttributes: Int) -> ParseError? {
        let count = bytes.count
        var elements = 0
        var index = 0
        guard let base = bytes.baseAddress else { return nil }
        while index < count {
            // Jump to the next '<' (memchr runs through text many bytes at a time) followed by a letter.
            guard let found = memchr(base + index, 0x3C, count - index) else { break }
            index = base.distance(to: UnsafeRawPointer(found))
            guard index + 1 < count, isLetter(bytes[index + 1]) else {
                index += 1
                continue
            }
            elements += 1
            if elements > maxElements { return .tooManyElements(limit: maxElements) }
            index += 2
            var attributes = 0
            var quote: UInt8 = 0
            while index < count {
                let byte = bytes[index]
                if quote != 0 {
                    // The rest of a quoted value (addresses, styles) in one jump to its closing quote.
                    guard let closing = memchr(base + index, Int32(quote), count - index) else { return nil }
                    index = base.distance(to: UnsafeRawPointer(closing))
                    quote = 0
                } else if byte == 0x3E {
                    break
                } else if byte == 0x3D {
                    attributes += 1
                    if attributes > maxAttributes { return .tooManyAttributes(limit: maxAttributes) }
                    // A quoted value may follow, after optional spaces.
                    var next = index + 1
                    while next < count, bytes[next] == 0x20 || bytes[next] == 0x09 || bytes[next] == 0x0A || bytes[next] == 0x0D { next += 1 }
                    if next < count, bytes[next] == 0x22 || bytes[next] == 0x27 {
                        quote = bytes[next]
                        index = next
                    }
                } else if byte == 0x3C, index + 1 < count, isLetter(bytes[index + 1]) {
                    // An unclosed tag: a new one starts here.
                    elements += 1
                    if elements > maxElements { return .tooManyElements(limit: maxElements) }
                    attributes = 0
                }
                index += 1
            }
            index += 1
        }
        return nil
    }

    @inline(__always)
    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }
}
