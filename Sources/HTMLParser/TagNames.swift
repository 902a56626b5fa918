// Tag names as Swift strings made once, not once per question.
import CLibXML2

/// Every stage asks elements for their tag name, hundreds of thousands of times a batch; turning
/// libxml2's C string into a String each time cost more than most of the questions. The names of
/// HTML's elements up to eight letters are made once and found by their bytes in a small table.
@usableFromInline
enum TagNames {
    private static let slots = 256
    /// Names packed into the integer of their bytes (first letter lowest), by slot; 0 is empty.
    private static let table: (keys: [UInt64], names: [String]) = {
        let known = [
            "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "body", "br", "button",
            "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "dd", "del", "details", "dfn", "dialog",
            "div", "dl", "dt", "em", "embed", "fieldset", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2",
            "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label",
            "legend", "li", "link", "main", "map", "mark", "menu", "meta", "meter", "nav", "noscript", "object", "ol",
            "optgroup", "option", "output", "p", "param", "picture", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp",
            "script", "section", "select", "small", "source", "span", "strike", "strong", "style", "sub", "summary", "sup",
            "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track",
            "tt", "u", "ul", "var", "video", "wbr",
        ]
        var keys = [UInt64](repeating: 0, count: slots)
        var names = [String](repeating: "", count: slots)
        for name in known {
            let key = TagNames.key(name)!
            var slot = slotOf(key)
            while keys[slot] != 0 { slot = (slot + 1) % slots }
            keys[slot] = key
            names[slot] = name
        }
        return (keys, names)
    }()

    /// The slot a name starts looking from: ``TagSet``'s placement, for a table of 256 slots.
    @inline(__always)
    private static func slotOf(_ key: UInt64) -> Int { TagSet.slot(of: key, shift: 56) }

    /// The tag name as a String: a made one for HTML's names, a fresh copy for any other.
    static func name(_ bytes: UnsafePointer<xmlChar>) -> String {
        if let key = key(bytes) {
            let table = table
            var slot = slotOf(key)
            while table.keys[slot] != 0 {
                if table.keys[slot] == key { return table.names[slot] }
                slot = (slot + 1) % slots
            }
        }
        return String(cString: bytes)
    }

    /// A name of one to eight bytes packed into an integer, first byte lowest; `nil` for longer
    /// or empty names.
    @inlinable @inline(__always)
    static func key(_ bytes: UnsafePointer<xmlChar>) -> UInt64? {
        var key: UInt64 = 0
        var length = 0
        while length < 8, bytes[length] != 0 {
            key |= UInt64(bytes[length]) << (8 * UInt64(length))
            length += 1
        }
        return length > 0 && (length < 8 || bytes[8] == 0) ? key : nil
    }

    /// ``key(_:)`` for a Swift string.
    static func key(_ name: String) -> UInt64? {
        let bytes = Array(name.utf8)
        guard !bytes.isEmpty, bytes.count <= 8, !bytes.contains(0) else { return nil }
        return bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    }
}

/// A set of tag names, asked of an element by its name's bytes: no String is made and none hashed.
///
/// Stages ask every element whether it is a block, a container, media or something to remove;
/// with `Set<String>` each question made the name's String and hashed it. Names of up to eight
/// bytes (all of HTML's) are packed into integers and kept in a small table; longer ones in a set.
public struct TagSet: Sendable, ExpressibleByArrayLiteral {
    @usableFromInline let keys: [UInt64]
    @usableFromInline let shift: UInt64
    @usableFromInline let longNames: Set<String>

    public init(arrayLiteral names: String...) { self.init(names) }

    public init(_ names: some Sequence<String>) {
        let names = Set(names)
        let packed = names.compactMap(TagNames.key)
        // A table at most a quarter full, so a probe rarely goes past its first slot.
        var bits: UInt64 = 4
        while 1 << bits < packed.count * 4 { bits += 1 }
        var keys = [UInt64](repeating: 0, count: 1 << bits)
        for key in packed {
            var slot = TagSet.slot(of: key, shift: 64 - bits)
            while keys[slot] != 0 { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
        }
        self.keys = keys
        self.shift = 64 - bits
        self.longNames = names.filter { TagNames.key($0) == nil }
    }

    @inlinable @inline(__always)
    static func slot(of key: UInt64, shift: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// Whether the name, given as libxml2's bytes, is in the set.
    @inlinable
    func contains(_ name: UnsafePointer<xmlChar>) -> Bool {
        guard let key = TagNames.key(name) else { return containsLong(name) }
        var slot = TagSet.slot(of: key, shift: shift)
        while keys[slot] != 0 {
            if keys[slot] == key { return true }
            slot = (slot + 1) & (keys.count - 1)
        }
        return false
    }

    @usableFromInline
    func containsLong(_ name: UnsafePointer<xmlChar>) -> Bool {
        !longNames.isEmpty && longNames.contains(String(cString: name))
    }

    /// Whether the name is in the set.
    public func contains(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: xmlChar.self, capacity: bytes.count + 1) { buffer in
                _ = buffer.initialize(from: bytes)
                buffer[bytes.count] = 0
                return contains(UnsafePointer(buffer.baseAddress!))
            }
        }
    }
}
