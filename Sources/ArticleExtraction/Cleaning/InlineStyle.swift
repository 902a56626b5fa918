// CSS declarations (`property: value; …`) as a lookup table, for judging visibility.
import Foundation


/// The declarations of one `style` attribute or one stylesheet rule.
///
/// Property names and values are lowercased and trimmed, `!important` is dropped, and the last
/// declaration of a property wins, as in CSS. Only properties that bear on visibility are kept.
struct InlineStyle: Equatable {
    private(set) var declarations: [String: String] = [:]

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
        guard let colon = declaration.firstIndex(of: UInt8(ascii: ":")) else { return }
        let property = InlineStyle.trimmed(declaration[..<colon])
        var value = InlineStyle.trimmed(declaration[(colon + 1)...])
        if let bang = value.firstIndex(of: UInt8(ascii: "!")), value[bang...].starts(with: "!important".utf8) {
            value = InlineStyle.trimmed(value[..<bang])
        }
        guard !property.isEmpty, !value.isEmpty, InlineStyle.visibilityProperties.contains(where: { $0.elementsEqual(property) }) else { return }
        declarations[String(decoding: property, as: UTF8.self)] = String(decoding: value, as: UTF8.self)
    }

    /// The properties ``hides(countingFontSize:)`` reads; rules set dozens of others, which are
    /// not worth a dictionary entry each.
    private static let visibilityProperties: [[UInt8]] = [
        "display", "visibility", "opacity", "font-size", "line-height", "overflow", "height", "max-height", "width",
        "max-width", "position", "left", "top", "right", "bottom", "clip", "clip-path", "text-indent", "color",
        "background-color", "background",
    ].map { Array($0.utf8) }

    /// The bytes without surrounding ASCII whitespace.
    private static func trimmed(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        var slice = bytes
        while let first = slice.first, isSpace(first) { slice = slice.dropFirst() }
        while let last = slice.last, isSpace(last) { slice = slice.dropLast() }
        return slice
    }

    subscript(property: String) -> String? { declarations[property] }

    var isEmpty: Bool { declarations.isEmpty }

    /// Whether these declarations make an element's text invisible to a reader.
    ///
    ///     display:none · visibility:hidden · opacity:0 · font-size:0
    ///     height:0 (or 1px) with overflow:hidden · position:absolute|fixed far off screen
    ///     text-indent:-9999px · clip:rect(0 0 0 0) on a positioned box · color equal to the background
    var hidesContent: Bool { hides(countingFontSize: true) }

    /// Whether the declarations hide content; `countingFontSize` is off for stylesheet rules, where
    /// `font-size:0` alone is a layout idiom (it removes the gaps between inline blocks whose own
    /// rules restore the size), not a hiding trick; with `line-height:0` beside it, it still hides.
    func hides(countingFontSize: Bool) -> Bool {
        if self["display"] == "none" { return true }
        if let visibility = self["visibility"], visibility == "hidden" || visibility == "collapse" { return true }
        if let opacity = self["opacity"], let value = Double(opacity), value <= 0.01 { return true }
        if let fontSize = self["font-size"], InlineStyle.length(fontSize).map({ $0 <= 0.01 }) == true {
            // With the line height gone too nothing is left to show, whoever restores the font size.
            let lineHeight = self["line-height"].flatMap(InlineStyle.length)
            if countingFontSize || lineHeight.map({ $0 <= 0.01 }) == true { return true }
        }
        if let overflow = self["overflow"], overflow.hasPrefix("hidden") || overflow == "clip" {
            for property in ["height", "max-height", "width", "max-width"] {
                if let value = self[property], let length = InlineStyle.length(value), length <= 1 { return true }
            }
        }
        if let position = self["position"], position == "absolute" || position == "fixed" {
            for edge in ["left", "top", "right", "bottom"] {
                if let value = self[edge], let length = InlineStyle.length(value), length <= -Thresholds.offscreenDistance { return true }
                if let value = self[edge], value.hasSuffix("%"), let percent = Double(value.dropLast()), percent >= 500 { return true }
            }
            if let clip = self["clip"], clip.hasPrefix("rect(") { return true }
            if let width = self["width"], let height = self["height"],
               let w = InlineStyle.length(width), let h = InlineStyle.length(height), w <= 1, h <= 1 { return true }
        }
        if let clipPath = self["clip-path"], clipPath.hasPrefix("inset(50%") || clipPath.hasPrefix("inset(100%") { return true }
        if let indent = self["text-indent"], let length = InlineStyle.length(indent), length <= -Thresholds.offscreenDistance { return true }
        if let color = self["color"], let background = self["background-color"] ?? self["background"], color == background, !color.isEmpty,
           color != "inherit", color != "transparent", color != "initial", color != "currentcolor" {
            return true
        }
        return false
    }

    /// Words one of which every hiding declaration contains (``hides(countingFontSize:)``), but
    /// for text coloured like its background: most rules of a stylesheet and most `style`
    /// attributes set fonts, margins and colours, and are passed over unparsed. `none` counts only
    /// beside `display`, since `border:none` and `text-decoration:none` fill stylesheets.
    private static let hidingWords: [[UInt8]] = ["hidden", "collapse", "opacity", "line-height", "clip",
                                                 "absolute", "fixed", "indent"].map { Array($0.utf8) }
    private static let none = Array("none".utf8)
    private static let display = Array("display".utf8)
    private static let fontSize = Array("font-size".utf8)
    private static let background = Array("background".utf8)
    private static let color = Array("color".utf8)

    /// Whether lowercased declarations contain a hiding word, or both a `color` property and a
    /// background; searched on the bytes, since stylesheets run to a megabyte.
    static func mayHide(_ bytes: UnsafeRawBufferPointer, countingFontSize: Bool) -> Bool {
        func find(_ word: [UInt8], from start: Int = 0) -> Int? {
            word.withUnsafeBytes { ByteSearch.offset(of: $0, in: bytes, from: start) }
        }
        if hidingWords.contains(where: { find($0) != nil }) { return true }
        if find(none) != nil, find(display) != nil { return true }
        if countingFontSize, find(fontSize) != nil { return true }
        guard find(background) != nil else { return false }
        // `color` itself, not the end of `background-color`.
        var start = 0
        while let found = find(color, from: start) {
            if found == 0 || bytes[found - 1] != UInt8(ascii: "-") { return true }
            start = found + 1
        }
        return false
    }

    /// Whether a `style` attribute hides its element: lowercased once, parsed only when it holds a
    /// hiding word (see ``mayHide(_:countingFontSize:)``).
    static func hidesContent(style: String) -> Bool {
        style.utf8.map(\.asciiLowercased).withUnsafeBufferPointer { lowered in
            mayHide(UnsafeRawBufferPointer(lowered), countingFontSize: true) && InlineStyle(lowercased: lowered).hidesContent
        }
    }

    /// A CSS length in pixels (`0`, `-9999px`, `0em`, `0.5pt`); other units count as pixels,
    /// which is all a zero or far-off-screen test needs.
    static func length(_ value: String) -> Double? {
        var number = Substring(value)
        for unit in ["px", "em", "rem", "pt", "vh", "vw", "ex", "ch", "%"] where number.hasSuffix(unit) {
            number = number.dropLast(unit.count)
            break
        }
        return Double(TextNormalizer.collapse(String(number)))
    }
}
