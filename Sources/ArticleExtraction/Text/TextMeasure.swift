// Counting and tidying text on UTF-8 bytes, the same way for every script.

/// How much text a run holds, counted so that Chinese, Japanese and Korean score like Latin text.
///
/// A CJK character carries about as much meaning as a short Latin word, so it counts for
/// ``Thresholds/wideCharacterWeight`` characters; whitespace counts for nothing.
public struct TextMeasure: Sendable, Equatable {
    /// Weighted characters, whitespace excluded.
    public var characters: Int = 0
    /// Commas and their CJK equivalents (`，` `、` `。`): clause boundaries, a sign of prose.
    public var commas: Int = 0

    public init(characters: Int = 0, commas: Int = 0) {
        self.characters = characters
        self.commas = commas
    }

    public static func += (lhs: inout TextMeasure, rhs: TextMeasure) {
        lhs.characters += rhs.characters
        lhs.commas += rhs.commas
    }

    /// Measures a run of UTF-8 bytes.
    public init(bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        let count = bytes.count
        let raw = UnsafeRawBufferPointer(bytes)
        while index < count {
            // Eight ASCII bytes at a time, most of most pages: the visible ones are those that
            // reach 0x80 when 0x5F is added, the commas those equal to 0x2C.
            if index + 8 <= count {
                let chunk = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if chunk & 0x8080_8080_8080_8080 == 0 {
                    characters += ((chunk &+ 0x5F5F_5F5F_5F5F_5F5F) & 0x8080_8080_8080_8080).nonzeroBitCount
                    let other = ((chunk ^ 0x2C2C_2C2C_2C2C_2C2C) &+ 0x7F7F_7F7F_7F7F_7F7F) & 0x8080_8080_8080_8080
                    commas += 8 - other.nonzeroBitCount
                    index += 8
                    continue
                }
            }
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0x2C { commas += 1 }
                if lead > 0x20 { characters += 1 }
                index += 1
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            if length == 2 {
                // U+00A0, the no-break space, is whitespace.
                if !(lead == 0xC2 && index + 1 < count && bytes[index + 1] == 0xA0) { characters += 1 }
            } else if length == 3, index + 2 < count {
                let second = bytes[index + 1], third = bytes[index + 2]
                if lead == 0xE3 && second == 0x80 && third == 0x80 {
                    // U+3000, the ideographic space.
                } else if lead == 0xE2 && second == 0x80 && (third <= 0x8B || third == 0xAF) {
                    // U+2000–U+200B and U+202F: typographic spaces.
                } else if lead == 0xEF && second == 0xBC && third == 0x8C {
                    commas += 1 // ，
                    characters += Thresholds.wideCharacterWeight
                } else if lead == 0xE3 && second == 0x80 && (third == 0x81 || third == 0x82) {
                    commas += 1 // 、 。
                    characters += Thresholds.wideCharacterWeight
                } else if (0xE3...0xED).contains(lead) || (lead == 0xEF && (second == 0xBC || second == 0xBD)) {
                    characters += Thresholds.wideCharacterWeight
                } else {
                    characters += 1
                }
            } else if length == 4, index + 1 < count, lead == 0xF0, bytes[index + 1] >= 0xA0 {
                characters += Thresholds.wideCharacterWeight // CJK extension planes
            } else {
                characters += 1
            }
            index += length
        }
    }

    /// Whether the bytes hold a character the measure counts, found without measuring the rest:
    /// anything but ASCII whitespace and the no-break, ideographic and typographic spaces.
    public static func hasCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead > 0x20 { return true }
                index += 1
            } else if lead == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 {
                index += 2
            } else if lead == 0xE3 || lead == 0xE2, index + 2 < count, bytes[index + 1] == 0x80,
                      lead == 0xE3 ? bytes[index + 2] == 0x80 : bytes[index + 2] <= 0x8B || bytes[index + 2] == 0xAF {
                index += 3
            } else {
                return true
            }
        }
        return false
    }

    /// Whether a line holds at most `limit` characters; a line of more than four bytes a character
    /// is refused unmeasured, since most paragraphs are far longer than the short lines asked about.
    static func fits(_ text: String, within limit: Int) -> Bool {
        text.utf8.count <= limit * 4 && holds(text, atMost: limit)
    }

    /// Whether a text holds at most `limit` characters, measured only until it is past the limit:
    /// most texts asked about are paragraphs far longer than the short lines sought.
    static func holds(_ text: String, atMost limit: Int) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            var characters = 0
            var start = 0
            while start < bytes.count {
                // A stretch of about 64 bytes, ended between characters.
                var end = min(start + 64, bytes.count)
                while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
                characters += TextMeasure(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end])).characters
                if characters > limit { return false }
                start = end
            }
            return true
        }
    }

    /// Measures a string.
    public init(_ text: String) {
        var copy = text
        self = copy.withUTF8 { TextMeasure(bytes: $0) }
    }
}

/// Whitespace handling for text taken out of markup.
public enum TextNormalizer {
    /// Collapses every run of whitespace (including no-break and ideographic spaces) into one
    /// space and trims both ends, as a browser renders normal-flow text, and drops soft hyphens,
    /// which only mark where a word may break (`Touristen\u{AD}attraktion` reads `Touristenattraktion`).
    public static func collapse(_ text: String) -> String {
        var text = text
        // Most texts are already collapsed; they are returned as they are, without a copy.
        if text.withUTF8(isCollapsed) { return text }
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let space = spaceLength(in: bytes, at: index)
                if space > 0 {
                    pendingSpace = !output.isEmpty
                    index += space
                    continue
                }
                // A soft hyphen only tells where a word may break: it is no text.
                if isSoftHyphen(bytes, at: index) {
                    index += 2
                    continue
                }
                if pendingSpace {
                    output.append(0x20)
                    pendingSpace = false
                }
                output.append(bytes[index])
                index += 1
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Whether U+00AD SOFT HYPHEN starts at the index.
    private static func isSoftHyphen(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xAD
    }

    /// Whether the text has no whitespace but single ASCII spaces between words, and no soft hyphen.
    private static func isCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasSpace = true
        let raw = UnsafeRawBufferPointer(bytes)
        var index = 0
        while index < bytes.count {
            // Eight ASCII bytes at a time, none a control character: `spaces` marks the spaces
            // among them (the high bit of each byte that equals 0x20), none may follow another.
            if index + 8 <= bytes.count {
                let chunk = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let highBits: UInt64 = 0x8080_8080_8080_8080
                let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
                if chunk & highBits == 0, (chunk &- 0x2020_2020_2020_2020) & ~chunk & highBits == 0 {
                    let difference = chunk ^ 0x2020_2020_2020_2020
                    let spaces = ~(((difference & lowBits) &+ lowBits) | difference | lowBits)
                    if spaces & (spaces << 8) != 0 || previousWasSpace && spaces & 0x80 != 0 { return false }
                    previousWasSpace = spaces >> 63 != 0
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
            } else if byte < 0x20 || (byte >= 0xC2 && (spaceLength(in: bytes, at: index) > 0 || isSoftHyphen(bytes, at: index))) {
                return false
            } else {
                previousWasSpace = false
            }
            index += 1
        }
        return !previousWasSpace || bytes.isEmpty
    }

    /// The UTF-8 length of the whitespace scalar (``isSpace(_:)``) starting at `index`, or 0.
    /// Continuation bytes never match, so any byte position may be asked.
    @inline(__always)
    static func spaceLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return lead == 0x20 || (lead >= 0x09 && lead <= 0x0D) ? 1 : 0 }
        let count = bytes.count
        switch lead {
        case 0xC2: // U+00A0
            return index + 1 < count && bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE1: // U+1680
            return index + 2 < count && bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2: // U+2000–U+200B, U+2028, U+2029, U+202F, U+205F
            guard index + 2 < count else { return 0 }
            let second = bytes[index + 1], third = bytes[index + 2]
            if second == 0x80, third <= 0x8B || third == 0xA8 || third == 0xA9 || third == 0xAF { return 3 }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3: // U+3000
            return index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xEF: // U+FEFF
            return index + 2 < count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF ? 3 : 0
        default:
            return 0
        }
    }

    /// Whether a scalar is whitespace for rendering purposes.
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// The text cut at every occurrence of `separator`, each part collapsed as ``collapse(_:)`` does;
    /// empty parts are kept, as Foundation's `components(separatedBy:)` keeps them, which bridges
    /// the whole text to UTF-16 on every call.
    public static func parts(of text: String, separatedBy separator: String) -> [String] {
        ByteSearch.pieces(of: text, separatedBy: separator).map { collapse(String($0)) }
    }

    /// Collapses whitespace inside each line but keeps line breaks, dropping empty lines at the ends.
    public static func collapseKeepingLines(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { collapse(String($0)) }
        var kept: [String] = []
        for line in lines where !line.isEmpty || (kept.last.map { !$0.isEmpty } ?? false) {
            kept.append(line)
        }
        while kept.last?.isEmpty == true { kept.removeLast() }
        return kept.joined(separator: "\n")
    }
}
