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
    /// Every class and id some selector names: most elements carry none of them and are passed
    /// over without building the set of their classes.
    private var namedInSelectors: Set<Substring> = []

    var isEmpty: Bool { selectors.isEmpty }

    /// Reads every `<style>` element under `root`.
    init(collectingFrom root: HTMLNode) {
        for node in root.descendants where node.isElement(named: "style") {
            add(css: node.textContent)
        }
    }

    init(css: String) { add(css: css) }

    /// Whether a hiding rule matches the element.
    func hides(_ node: HTMLNode) -> Bool {
        guard !selectors.isEmpty else { return false }
        let id = node.attribute("id")
        let classAttribute = node.attribute("class")
        if id == nil && classAttribute == nil { return false }
        let classNames = (classAttribute ?? "").utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C })
        guard id.map({ namedInSelectors.contains(Substring($0)) }) == true
            || classNames.contains(where: { namedInSelectors.contains(Substring($0)) }) else { return false }
        let classes = Set(classNames.map { String(Substring($0)) })
        let name = node.name
        return selectors.contains { selector in
            if let tag = selector.tag, tag != name { return false }
            if let selectorID = selector.id, selectorID != id { return false }
            return selector.classes.allSatisfy(classes.contains)
        }
    }

    // MARK: - Parsing

    private mutating func add(css: String) {
        // Bytes, not Characters: a page's critical CSS can run to a hundred kilobytes. The
        // comment-free copy is lowercased too: hiding words are searched in it, while selectors
        // are read from the original bytes at the same offsets, keeping their case.
        let source = Array(css.utf8)
        let (text, lowered) = HidingStyleSheet.removingComments(source)
        let preludes = text.withUnsafeBufferPointer { text in
            lowered.withUnsafeBufferPointer { lowered in HidingStyleSheet.hidingPreludes(text, lowered: lowered) }
        }
        for prelude in preludes { addSelectors(String(decoding: text[prelude], as: UTF8.self)) }
    }

    /// The selector lists of the top-level rules whose declarations hide content.
    private static func hidingPreludes(_ text: UnsafeBufferPointer<UInt8>, lowered: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard let base = text.baseAddress else { return [] }
        var preludes: [Range<Int>] = []
        var index = 0
        while index < text.count {
            guard let found = memchr(base + index, Int32(UInt8(ascii: "{")), text.count - index) else { break }
            let open = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
            // The prelude starts after the statement (`@import …;`) or the stray brace before it.
            var preludeStart = open
            while preludeStart > index, text[preludeStart - 1] != UInt8(ascii: ";"), text[preludeStart - 1] != UInt8(ascii: "}") { preludeStart -= 1 }
            var preludeEnd = open
            while preludeStart < preludeEnd, text[preludeStart] <= 0x20 { preludeStart += 1 }
            while preludeEnd > preludeStart, text[preludeEnd - 1] <= 0x20 { preludeEnd -= 1 }
            if preludeStart < preludeEnd, text[preludeStart] == UInt8(ascii: "@") {
                index = indexAfterBlock(text, openingAt: open)
                continue
            }
            let close = memchr(base + open + 1, Int32(UInt8(ascii: "}")), text.count - open - 1)
                .map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? text.count
            let declarations = UnsafeBufferPointer(rebasing: lowered[(open + 1)..<close])
            // Parsed only for the few rules that may hide something.
            if InlineStyle.mayHide(UnsafeRawBufferPointer(declarations), countingFontSize: false),
               InlineStyle(lowercased: declarations).hides(countingFontSize: false) {
                preludes.append(preludeStart..<preludeEnd)
            }
            index = close + 1
        }
        return preludes
    }

    /// The index after the brace that closes the block opening at `open`, nested blocks included.
    private static func indexAfterBlock(_ text: UnsafeBufferPointer<UInt8>, openingAt open: Int) -> Int {
        var depth = 0
        var index = open
        while index < text.count {
            if text[index] == UInt8(ascii: "{") { depth += 1 } else if text[index] == UInt8(ascii: "}") {
                depth -= 1
                if depth == 0 { return index + 1 }
            }
            index += 1
        }
        return index
    }

    private mutating func addSelectors(_ prelude: String) {
        for part in prelude.split(separator: ",") {
            guard let parsed = HidingStyleSheet.compound(TextNormalizer.collapse(String(part))) else { continue }
            selectors.append(parsed)
            for name in parsed.classes + [parsed.id].compactMap({ $0 }) { namedInSelectors.insert(Substring(name)) }
        }
    }

    /// A selector of one compound, or `nil` for anything with combinators, attributes or pseudo-classes.
    static func compound(_ text: String) -> Selector? {
        guard !text.isEmpty, !text.utf8.contains(where: { " >+~[:*()\t\n".utf8.contains($0) }) else { return nil }
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
            default: selector.tag = piece.lowercased()
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

    /// The stylesheet without its comments, and the same bytes with ASCII letters lowercased.
    private static func removingComments(_ css: [UInt8]) -> (text: [UInt8], lowered: [UInt8]) {
        css.withUnsafeBufferPointer { css in
            var kept = 0
            let text = [UInt8](unsafeUninitializedCapacity: css.count) { text, count in
                var index = 0
                while index < css.count {
                    let byte = css[index]
                    if byte == UInt8(ascii: "/"), index + 1 < css.count, css[index + 1] == UInt8(ascii: "*") {
                        index += 2
                        while index + 1 < css.count, !(css[index] == UInt8(ascii: "*") && css[index + 1] == UInt8(ascii: "/")) { index += 1 }
                        index += 2
                        continue
                    }
                    text[kept] = byte
                    kept += 1
                    index += 1
                }
                count = kept
            }
            let lowered = [UInt8](unsafeUninitializedCapacity: kept) { lowered, count in
                for index in 0..<kept {
                    let byte = text[index]
                    lowered[index] = byte.asciiLowercased
                }
                count = kept
            }
            return (text, lowered)
        }
    }
}
