// The rules of a page's own <style> blocks that hide elements, for simple selectors.
import Foundation
import HTMLParser

/// Class, id and tag rules from the page's `<style>` blocks whose declarations hide content.
///
/// Injected link farms are often hidden through a class or id defined in a `<style>` block
/// rather than inline. Only selectors made of one compound (`.c`, `#i`, `div.c`, `p#i.c`) are
/// read; rules inside `@media` and other at-blocks are skipped, because they hide things only on
/// some screens; selectors with combinators, attributes or pseudo-classes are skipped too, since
/// applying them without their context could hide article text.
///
///     <style>.x7k2 { position:absolute; left:-5000px }</style><div class="x7k2">spam</div>
///     → the div is hidden
struct HidingStyleSheet {
    /// One compound selector: an optional tag, classes and an optional id, all of which must match.
    struct Selector: Equatable {
        var tag: String?
        var id: String?
        var classes: [String] = []
    }

    private(set) var selectors: [Selector] = []
    /// A bit for the fingerprint of every class and id some selector names: most elements carry
    /// none of them and are passed over on their attribute's bytes, without a set of their classes.
    private var namedInSelectors = [UInt64](repeating: 0, count: fingerprintBits / 64)
    private static let fingerprintBits = 4096

    var isEmpty: Bool { selectors.isEmpty }

    /// Reads the style sheets set apart when the page was parsed, and every `<style>` element
    /// under `root` that still has its body.
    init(collectingFrom root: HTMLNode) {
        for css in root.document.styleSheets { add(css: css) }
        root.walk { node in
            guard node.isElement(named: "style") else { return .descend }
            // The text nodes' bytes as libxml2 holds them: a page's critical CSS can run to a
            // hundred kilobytes, not worth a String.
            var css: [UInt8] = []
            node.walk { text in
                text.withTextBytes { css.append(contentsOf: $0) }
                return .descend
            }
            add(css: css)
            return .descend
        }
    }

    init(css: String) { add(css: Array(css.utf8)) }

    /// Whether a hiding rule matches the element.
    func hides(_ node: HTMLNode) -> Bool {
        guard !selectors.isEmpty else { return false }
        // Most elements' id and classes are named by no selector: told on their bytes, without
        // making a String of either.
        guard node.withAttributeBytes("id", { mayBeNamed($0) }) == true || node.withAttributeBytes("class", { namesOneInSelectors($0) }) == true
        else { return false }
        let id = node.attribute("id")
        let classNames = (node.attribute("class") ?? "").utf8.split(whereSeparator: HidingStyleSheet.isClassSeparator)
        let classes = Set(classNames.map { String(Substring($0)) })
        let name = node.name
        return selectors.contains { selector in
            if let tag = selector.tag, tag != name { return false }
            if let selectorID = selector.id, selectorID != id { return false }
            return selector.classes.allSatisfy(classes.contains)
        }
    }

    private static func isClassSeparator(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }

    /// The FNV-1a hash of a name's bytes, folded to a bit of ``namedInSelectors``.
    private static func fingerprint(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32)) & (fingerprintBits - 1)
    }

    private func mayBeNamed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let bit = HidingStyleSheet.fingerprint(bytes)
        return namedInSelectors[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// Whether some class of the attribute may be named by a selector, read on its bytes.
    private func namesOneInSelectors(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        for index in 0...bytes.count where index == bytes.count || HidingStyleSheet.isClassSeparator(bytes[index]) {
            if index > start, mayBeNamed(UnsafeBufferPointer(rebasing: bytes[start..<index])) { return true }
            start = index + 1
        }
        return false
    }

    // MARK: - Parsing

    private mutating func add(css source: [UInt8]) {
        let text = HidingStyleSheet.removingComments(source)
        text.withUnsafeBufferPointer { text in
            for prelude in HidingStyleSheet.hidingPreludes(text) { addSelectors(UnsafeBufferPointer(rebasing: text[prelude])) }
        }
    }

    /// The selector lists of the top-level rules whose declarations hide content.
    private static func hidingPreludes(_ text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var preludes: [Range<Int>] = []
        var index = 0
        while index < text.count {
            guard let open = ByteSearch.offset(of: UInt8(ascii: "{"), in: text, from: index) else { break }
            // The prelude starts after the last statement (`@import …;`) or stray brace before it:
            // found with memchr, which passes over a selector list in a few steps, rather than a
            // step back over every byte.
            var preludeStart = index
            while let statementEnd = ByteSearch.offset(of: UInt8(ascii: ";"), in: text, from: preludeStart, before: open) {
                preludeStart = statementEnd + 1
            }
            while let strayBrace = ByteSearch.offset(of: UInt8(ascii: "}"), in: text, from: preludeStart, before: open) {
                preludeStart = strayBrace + 1
            }
            var preludeEnd = open
            while preludeStart < preludeEnd, text[preludeStart] <= 0x20 { preludeStart += 1 }
            while preludeEnd > preludeStart, text[preludeEnd - 1] <= 0x20 { preludeEnd -= 1 }
            if preludeStart < preludeEnd, text[preludeStart] == UInt8(ascii: "@") {
                index = indexAfterBlock(text, openingAt: open)
                continue
            }
            let close = ByteSearch.offset(of: UInt8(ascii: "}"), in: text, from: open + 1) ?? text.count
            // The selectors first: a rule none of whose selectors is read is not worth its declarations.
            if namesCompound(UnsafeBufferPointer(rebasing: text[preludeStart..<preludeEnd])),
               InlineStyle.hides(UnsafeBufferPointer(rebasing: text[(open + 1)..<close]), countingFontSize: false) {
                preludes.append(preludeStart..<preludeEnd)
            }
            index = close + 1
        }
        return preludes
    }

    /// The index after the brace that closes the block opening at `open`, nested blocks included.
    private static func indexAfterBlock(_ text: UnsafeBufferPointer<UInt8>, openingAt open: Int) -> Int {
        // From closing brace to closing brace with memchr, counting the openings between them:
        // `@media` blocks hold much of a stylesheet.
        var depth = 0
        var index = open
        while index < text.count {
            guard let close = ByteSearch.offset(of: UInt8(ascii: "}"), in: text, from: index) else { return text.count }
            while let opening = ByteSearch.offset(of: UInt8(ascii: "{"), in: text, from: index, before: close) {
                depth += 1
                index = opening + 1
            }
            depth -= 1
            if depth == 0 { return close + 1 }
            index = close + 1
        }
        return index
    }

    /// Calls `body` with each selector of a list, cut at its commas, until it returns false: asked
    /// of every rule, so without cutting the list into an array.
    @inline(__always)
    private static func forEachSelector(in prelude: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) {
        var start = 0
        while start <= prelude.count {
            let end = prelude[start...].firstIndex(of: UInt8(ascii: ",")) ?? prelude.count
            guard body(UnsafeBufferPointer(rebasing: prelude[start..<end])) else { return }
            start = end + 1
        }
    }

    /// Whether some selector of the list may be one compound.
    private static func namesCompound(_ prelude: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false
        forEachSelector(in: prelude) { part in
            found = mayBeCompound(part)
            return !found
        }
        return found
    }

    private mutating func addSelectors(_ prelude: UnsafeBufferPointer<UInt8>) {
        var parsed: [Selector] = []
        HidingStyleSheet.forEachSelector(in: prelude) { part in
            // Most selectors of a hiding rule's list have a combinator or a pseudo-class, and are
            // passed over before any String is made of them.
            guard HidingStyleSheet.mayBeCompound(part),
                  let selector = HidingStyleSheet.compound(TextNormalizer.collapse(String(decoding: part, as: UTF8.self))) else { return true }
            parsed.append(selector)
            return true
        }
        for selector in parsed {
            selectors.append(selector)
            for var name in selector.classes + [selector.id].compactMap({ $0 }) {
                let bit = name.withUTF8(HidingStyleSheet.fingerprint)
                namedInSelectors[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
    }

    /// Whether a selector, surrounding whitespace aside, is free of what ``compound(_:)`` refuses.
    private static func mayBeCompound(_ part: UnsafeBufferPointer<UInt8>) -> Bool {
        var first = 0
        var end = part.count
        while first < end, part[first] <= 0x20 { first += 1 }
        while end > first, part[end - 1] <= 0x20 { end -= 1 }
        for index in first..<end {
            switch part[index] {
            case 0x00...0x20, UInt8(ascii: ">"), UInt8(ascii: "+"), UInt8(ascii: "~"), UInt8(ascii: "["), UInt8(ascii: ":"),
                 UInt8(ascii: "*"), UInt8(ascii: "("), UInt8(ascii: ")"): return false
            default: continue
            }
        }
        return true
    }

    /// Whether a byte of a selector is a combinator, a space, or opens an attribute test, a
    /// pseudo-class, a universal selector or an argument: ` >+~[:*()`, tab and newline.
    private static func endsCompound(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x3E, 0x2B, 0x7E, 0x5B, 0x3A, 0x2A, 0x28, 0x29, 0x09, 0x0A: true
        default: false
        }
    }

    /// A selector of one compound, or `nil` for anything with combinators, attributes or pseudo-classes.
    static func compound(_ text: String) -> Selector? {
        guard !text.isEmpty, !text.utf8.contains(where: HidingStyleSheet.endsCompound) else { return nil }
        var selector = Selector()
        // Split at '.' and '#' on the bytes: each piece is a tag, a class or the id, by its marker.
        let bytes = text.utf8
        var pieceStart = bytes.startIndex
        var kind = UInt8(ascii: "t")
        func flush(upTo end: String.Index) {
            guard pieceStart < end else { return }
            let piece = String(Substring(bytes[pieceStart..<end]))
            switch kind {
            case UInt8(ascii: "."): selector.classes.append(piece)
            case UInt8(ascii: "#"): selector.id = piece
            default: selector.tag = piece.lowercasedQuickly()
            }
        }
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "#") {
                flush(upTo: index)
                kind = byte
                pieceStart = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        flush(upTo: bytes.endIndex)
        // A bare tag rule (`p { display:none }`) would hide text wholesale, and resets such as
        // `dialog { display:none }` are common; only classes and ids single out injected blocks.
        if selector.id == nil, selector.classes.isEmpty { return nil }
        return selector
    }

    /// The stylesheet without its comments, copied a run at a time between them.
    private static func removingComments(_ css: [UInt8]) -> [UInt8] {
        css.withUnsafeBufferPointer { css in
            var text: [UInt8] = []
            text.reserveCapacity(css.count)
            var index = 0
            var search = 0
            while index < css.count {
                guard let slash = ByteSearch.offset(of: UInt8(ascii: "/"), in: css, from: search) else {
                    text.append(contentsOf: UnsafeBufferPointer(rebasing: css[index...]))
                    break
                }
                guard slash + 1 < css.count, css[slash + 1] == UInt8(ascii: "*") else {
                    search = slash + 1
                    continue
                }
                text.append(contentsOf: UnsafeBufferPointer(rebasing: css[index..<slash]))
                var close = slash + 2
                while close + 1 < css.count, !(css[close] == UInt8(ascii: "*") && css[close + 1] == UInt8(ascii: "/")) { close += 1 }
                index = close + 2
                search = index
            }
            return text
        }
    }
}
