// CSS declarations (`property: value; …`) as a lookup table, for judging visibility.
import Foundation


/// The declarations of one `style` attribute or one stylesheet rule.
///
/// Property names and values are lowercased and trimmed, `!important` is dropped, and the last
/// declaration of a property wins, as in CSS. Only properties that bear on visibility are kept.
struct InlineStyle: Equatable {
    /// The properties ``hides(countingFontSize:)`` reads; rules set dozens of others, which are
    /// not worth keeping.
    enum Property: Int, CaseIterable {
        case display, visibility, opacity, fontSize, lineHeight, overflow, height, maxHeight, width, maxWidth, position
        case left, top, right, bottom, clip, clipPath, textIndent, color, backgroundColor, background

        var name: String {
            switch self {
            case .display: "display"
            case .visibility: "visibility"
            case .opacity: "opacity"
            case .fontSize: "font-size"
            case .lineHeight: "line-height"
            case .overflow: "overflow"
            case .height: "height"
            case .maxHeight: "max-height"
            case .width: "width"
            case .maxWidth: "max-width"
            case .position: "position"
            case .left: "left"
            case .top: "top"
            case .right: "right"
            case .bottom: "bottom"
            case .clip: "clip"
            case .clipPath: "clip-path"
            case .textIndent: "text-indent"
            case .color: "color"
            case .backgroundColor: "background-color"
            case .background: "background"
            }
        }
    }

    /// The value of each property set, by ``Property`` number; empty while none is.
    private var values: [String?] = []

    init(_ text: String) {
        self = text.utf8.map(\.asciiLowercased).withUnsafeBufferPointer { InlineStyle(lowercased: $0) }
    }

    /// Declarations whose ASCII letters are already lowercased, read in place.
    init(lowercased bytes: UnsafeBufferPointer<UInt8>) {
        // Bytes, not Foundation: stylesheets run to thousands of rules and every one is read.
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: ";") {
            addDeclaration(UnsafeBufferPointer(rebasing: bytes[start..<index]))
            start = index + 1
        }
    }

    private mutating func addDeclaration(_ declaration: UnsafeBufferPointer<UInt8>) {
        guard let colon = declaration.firstIndex(of: UInt8(ascii: ":")),
              let property = InlineStyle.property(named: InlineStyle.trimmed(declaration[..<colon])) else { return }
        var value = InlineStyle.trimmed(declaration[(colon + 1)...])
        if let bang = value.firstIndex(of: UInt8(ascii: "!")), value[bang...].starts(with: "!important".utf8) {
            value = InlineStyle.trimmed(value[..<bang])
        }
        guard !value.isEmpty else { return }
        if values.isEmpty { values = Array(repeating: nil, count: Property.allCases.count) }
        values[property.rawValue] = String(decoding: value, as: UTF8.self)
    }

    /// The properties by the length of their names, for finding a declaration's property with a
    /// comparison or two.
    private static let propertiesByLength: [[(property: Property, name: [UInt8])]] = {
        var table = Array(repeating: [(property: Property, name: [UInt8])](), count: 17)
        for property in Property.allCases { table[property.name.utf8.count].append((property, Array(property.name.utf8))) }
        return table
    }()

    private static func property(named bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Property? {
        guard bytes.count < propertiesByLength.count, let name = UnsafeBufferPointer(rebasing: bytes).baseAddress else { return nil }
        for candidate in propertiesByLength[bytes.count] where candidate.name.withUnsafeBufferPointer({
            memcmp($0.baseAddress!, name, bytes.count) == 0
        }) {
            return candidate.property
        }
        return nil
    }

    /// The bytes without surrounding ASCII whitespace.
    private static func trimmed(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        var slice = bytes
        while let first = slice.first, isSpace(first) { slice = slice.dropFirst() }
        while let last = slice.last, isSpace(last) { slice = slice.dropLast() }
        return slice
    }

    subscript(property: Property) -> String? { values.isEmpty ? nil : values[property.rawValue] }

    var isEmpty: Bool { values.allSatisfy { $0 == nil } }

    /// Whether these declarations make an element's text invisible to a reader.
    ///
    ///     display:none · visibility:hidden · opacity:0 · font-size:0
    ///     height:0 (or 1px) with overflow:hidden · position:absolute|fixed far off screen
    ///     text-indent:-9999px · clip:rect(0 0 0 0) on a positioned box · color equal to the background
    var hidesContent: Bool { hides(countingFontSize: true) }

    private static let sizes: [Property] = [.height, .maxHeight, .width, .maxWidth]
    private static let edges: [Property] = [.left, .top, .right, .bottom]

    /// Whether the declarations hide content; `countingFontSize` is off for stylesheet rules, where
    /// `font-size:0` alone is a layout idiom (it removes the gaps between inline blocks whose own
    /// rules restore the size), not a hiding trick; with `line-height:0` beside it, it still hides.
    func hides(countingFontSize: Bool) -> Bool {
        guard !values.isEmpty else { return false }
        if self[.display] == "none" { return true }
        if let visibility = self[.visibility], visibility == "hidden" || visibility == "collapse" { return true }
        if let opacity = self[.opacity], let value = Double(opacity), value <= 0.01 { return true }
        if let fontSize = self[.fontSize], InlineStyle.length(fontSize).map({ $0 <= 0.01 }) == true {
            // With the line height gone too nothing is left to show, whoever restores the font size.
            let lineHeight = self[.lineHeight].flatMap(InlineStyle.length)
            if countingFontSize || lineHeight.map({ $0 <= 0.01 }) == true { return true }
        }
        if let overflow = self[.overflow], overflow.hasPrefix("hidden") || overflow == "clip" {
            for property in InlineStyle.sizes {
                if let value = self[property], let length = InlineStyle.length(value), length <= 1 { return true }
            }
        }
        if let position = self[.position], position == "absolute" || position == "fixed" {
            for edge in InlineStyle.edges {
                if let value = self[edge], let length = InlineStyle.length(value), length <= -Thresholds.offscreenDistance { return true }
                if let value = self[edge], value.hasSuffix("%"), let percent = Double(value.dropLast()), percent >= 500 { return true }
            }
            if let clip = self[.clip], clip.hasPrefix("rect(") { return true }
            if let width = self[.width], let height = self[.height],
               let w = InlineStyle.length(width), let h = InlineStyle.length(height), w <= 1, h <= 1 { return true }
        }
        if let clipPath = self[.clipPath], clipPath.hasPrefix("inset(50%") || clipPath.hasPrefix("inset(100%") { return true }
        if let indent = self[.textIndent], let length = InlineStyle.length(indent), length <= -Thresholds.offscreenDistance { return true }
        if let color = self[.color], let background = self[.backgroundColor] ?? self[.background], color == background, !color.isEmpty,
           color != "inherit", color != "transparent", color != "initial", color != "currentcolor" {
            return true
        }
        return false
    }

    /// Whether declarations may hide content (``hides(countingFontSize:)``): they hold a
    /// hiding word (`hidden`, `collapse`, `opacity`, `line-height`, `clip`, `absolute`, `fixed`,
    /// `indent`), `none` beside `display` (`border:none` and `text-decoration:none` fill
    /// stylesheets), `font-size` when it counts, or both a `color` property and a background. Most
    /// rules of a stylesheet and most `style` attributes set fonts, margins and colours, and are
    /// passed over unparsed, in one pass over the bytes, since stylesheets run to a megabyte.
    /// The bytes may be in any case: a stylesheet is not lowercased for the few rules that pass.
    static func mayHide(_ bytes: UnsafeRawBufferPointer, countingFontSize: Bool) -> Bool {
        func has(_ word: StaticString, at index: Int) -> Bool {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            let letters = word.utf8Start
            for offset in 0..<count where bytes[index + offset].asciiLowercased != letters[offset] { return false }
            return true
        }
        var none = false, display = false, background = false, color = false
        for index in bytes.indices {
            switch bytes[index].asciiLowercased {
            case UInt8(ascii: "h"): if has("hidden", at: index) { return true }
            case UInt8(ascii: "c"):
                if has("collapse", at: index) || has("clip", at: index) { return true }
                // `color` itself, not the end of `background-color`.
                if !color, has("color", at: index), index == 0 || bytes[index - 1] != UInt8(ascii: "-") { color = true }
            case UInt8(ascii: "o"): if has("opacity", at: index) { return true }
            case UInt8(ascii: "l"): if has("line-height", at: index) { return true }
            case UInt8(ascii: "a"): if has("absolute", at: index) { return true }
            case UInt8(ascii: "f"):
                if has("fixed", at: index) || (countingFontSize && has("font-size", at: index)) { return true }
            case UInt8(ascii: "i"): if has("indent", at: index) { return true }
            case UInt8(ascii: "n"): if !none, has("none", at: index) { none = true }
            case UInt8(ascii: "d"): if !display, has("display", at: index) { display = true }
            case UInt8(ascii: "b"): if !background, has("background", at: index) { background = true }
            default: continue
            }
            if none && display { return true }
        }
        return background && color
    }

    /// Whether declarations in any case hide content; lowercased and parsed only when they may.
    static func hides(_ declarations: UnsafeBufferPointer<UInt8>, countingFontSize: Bool) -> Bool {
        guard mayHide(UnsafeRawBufferPointer(declarations), countingFontSize: countingFontSize) else { return false }
        return declarations.map(\.asciiLowercased).withUnsafeBufferPointer {
            InlineStyle(lowercased: $0).hides(countingFontSize: countingFontSize)
        }
    }

    /// A CSS length in pixels (`0`, `-9999px`, `0em`, `0.5pt`); other units count as pixels,
    /// which is all a zero or far-off-screen test needs.
    static func length(_ value: String) -> Double? {
        var number = Substring(value)
        for unit in lengthUnits where number.utf8.count > unit.count && number.utf8.suffix(unit.count).elementsEqual(unit) {
            number = Substring(number.utf8.dropLast(unit.count))
            break
        }
        return Double(TextNormalizer.collapse(String(number)))
    }

    /// `rem` before `em`, which ends it.
    private static let lengthUnits: [[UInt8]] = ["px", "rem", "em", "pt", "vh", "vw", "ex", "ch", "%"].map { Array($0.utf8) }
}
