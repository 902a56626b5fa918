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
        let classes = Set((classAttribute ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init))
        let name = node.name
        return selectors.contains { selector in
            if let tag = selector.tag, tag != name { return false }
            if let selectorID = selector.id, selectorID != id { return false }
            return selector.classes.allSatisfy(classes.contains)
        }
    }

    // MARK: - Parsing

    private mutating func add(css: String) {
        // Bytes, not Characters: a page's critical CSS can run to a hundred kilobytes.
        let text = HidingStyleSheet.removingComments(Array(css.utf8))
        var index = 0
        var preludeStart = 0
        while index < text.count {
            switch text[index] {
            case UInt8(ascii: "{"):
                var preludeBytes = text[preludeStart..<index]
                while let first = preludeBytes.first, first <= 0x20 { preludeBytes = preludeBytes.dropFirst() }
                while let last = preludeBytes.last, last <= 0x20 { preludeBytes = preludeBytes.dropLast() }
                let prelude = String(decoding: preludeBytes, as: UTF8.self)
                if prelude.hasPrefix("@") {
                    index = HidingStyleSheet.indexAfterBlock(text, openingAt: index)
                } else {
                    var close = index + 1
                    while close < text.count, text[close] != UInt8(ascii: "}") { close += 1 }
                    let bodyBytes = text[(index + 1)..<min(close, text.count)]
                    if HidingStyleSheet.mayHide(bodyBytes),
                       InlineStyle(String(decoding: bodyBytes, as: UTF8.self)).hides(countingFontSize: false) {
                        addSelectors(prelude)
                    }
                    index = close + 1
                }
                preludeStart = index
            case UInt8(ascii: ";"), UInt8(ascii: "}"):
                // The end of an `@import …;` statement, or a stray brace.
                index += 1
                preludeStart = index
            default:
                index += 1
            }
        }
    }

    /// Words one of which every hiding declaration contains (``InlineStyle/hides(countingFontSize:)``):
    /// most rules of a stylesheet set fonts, margins and colours, and are passed over unparsed.
    private static let hidingWords: [[UInt8]] = ["none", "hidden", "collapse", "opacity", "line-height", "clip",
                                                 "absolute", "fixed", "indent", "background"].map { Array($0.utf8) }

    /// Whether a rule's declarations contain a hiding word, ASCII case ignored.
    static func mayHide(_ declarations: ArraySlice<UInt8>) -> Bool {
        let lowered = declarations.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return lowered.withUnsafeBufferPointer { bytes in
            hidingWords.contains { word in
                guard bytes.count >= word.count else { return false }
                var start = 0
                while start + word.count <= bytes.count {
                    if bytes[start] == word[0], zip(bytes[start..<(start + word.count)], word).allSatisfy({ $0 == $1 }) { return true }
                    start += 1
                }
                return false
            }
        }
    }

    /// The index after the brace that closes the block opening at `open`, nested blocks included.
    private static func indexAfterBlock(_ text: [UInt8], openingAt open: Int) -> Int {
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
            let selector = part.trimmingCharacters(in: .whitespacesAndNewlines)
            if let parsed = HidingStyleSheet.compound(selector) { selectors.append(parsed) }
        }
    }

    /// A selector of one compound, or `nil` for anything with combinators, attributes or pseudo-classes.
    static func compound(_ text: String) -> Selector? {
        guard !text.isEmpty, !text.contains(where: { " >+~[:*()\t\n".contains($0) }) else { return nil }
        var selector = Selector()
        var current = ""
        var kind: Character = "t"
        func flush() {
            guard !current.isEmpty else { return }
            switch kind {
            case ".": selector.classes.append(current)
            case "#": selector.id = current
            default: selector.tag = current.lowercased()
            }
            current = ""
        }
        for character in text {
            if character == "." || character == "#" {
                flush()
                kind = character
            } else {
                current.append(character)
            }
        }
        flush()
        // A bare tag rule (`p { display:none }`) would hide text wholesale, and resets such as
        // `dialog { display:none }` are common; only classes and ids single out injected blocks.
        if selector.id == nil, selector.classes.isEmpty { return nil }
        return selector
    }

    private static func removingComments(_ css: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(css.count)
        var index = 0
        while index < css.count {
            if css[index] == UInt8(ascii: "/"), index + 1 < css.count, css[index + 1] == UInt8(ascii: "*") {
                index += 2
                while index + 1 < css.count, !(css[index] == UInt8(ascii: "*") && css[index + 1] == UInt8(ascii: "/")) { index += 1 }
                index += 2
                continue
            }
            result.append(css[index])
            index += 1
        }
        return result
    }
}
