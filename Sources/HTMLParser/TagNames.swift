// Tag names as Swift strings made once, not once per question.
import CLibXML2

/// Every stage asks elements for their tag name, hundreds of thousands of times a batch; turning
/// libxml2's C string into a String each time cost more than most of the questions. The names of
/// HTML's elements up to eight letters are made once and found by their bytes in a small table.
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
            let key = name.utf8.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            var slot = slotOf(key)
            while keys[slot] != 0 { slot = (slot + 1) % slots }
            keys[slot] = key
            names[slot] = name
        }
        return (keys, names)
    }()

    @inline(__always)
    private static func slotOf(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 56) }

    /// The tag name as a String: a made one for HTML's names, a fresh copy for any other.
    static func name(_ bytes: UnsafePointer<xmlChar>) -> String {
        var key: UInt64 = 0
        var length = 0
        while length < 8, bytes[length] != 0 {
            key |= UInt64(bytes[length]) << (8 * UInt64(length))
            length += 1
        }
        if length > 0, length < 8 || bytes[8] == 0 {
            let table = table
            var slot = slotOf(key)
            while table.keys[slot] != 0 {
                if table.keys[slot] == key { return table.names[slot] }
                slot = (slot + 1) % slots
            }
        }
        return String(cString: bytes)
    }
}
