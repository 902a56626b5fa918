// Substring tests on UTF-8 bytes, for loops that run once per element.

enum ByteSearch {
    /// Whether `needle` occurs in `haystack`, compared byte for byte (Foundation's `range(of:)`
    /// costs a bridge and a locale per call, which per-element loops cannot afford).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        var haystack = haystack
        var needle = needle
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pin in
                guard let first = pin.first else { return true }
                guard pin.count <= hay.count else { return false }
                var index = 0
                let last = hay.count - pin.count
                while index <= last {
                    if hay[index] == first {
                        var offset = 1
                        while offset < pin.count, hay[index + offset] == pin[offset] { offset += 1 }
                        if offset == pin.count { return true }
                    }
                    index += 1
                }
                return false
            }
        }
    }
}
