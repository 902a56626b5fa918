// Attribute names a caller never reads, for the parser to leave out.

/// Attributes left out of the tree: by name, or by the start of the name with exceptions
/// (`data-` but `data-src`). Names compare without regard to ASCII case, as HTML's do.
public struct AttributeFilter: Sendable, Equatable {
    private let names: [[UInt8]]
    private let prefixes: [[UInt8]]
    private let exceptions: [[UInt8]]
    /// A bit for the first byte, either case, of every name and prefix: most attributes of a page
    /// start with none of them and are told so by one test.
    private let firstBytes: (UInt64, UInt64)

    /// - Parameters:
    ///   - names: whole attribute names, lowercase.
    ///   - prefixes: starts of attribute names, lowercase (`data-`, `on`).
    ///   - exceptions: names kept though a prefix matches them.
    public init(names: [String] = [], prefixes: [String] = [], except exceptions: [String] = []) {
        self.names = names.map { Array($0.utf8) }
        self.prefixes = prefixes.map { Array($0.utf8) }
        self.exceptions = exceptions.map { Array($0.utf8) }
        var firstBytes: (UInt64, UInt64) = (0, 0)
        for first in (names + prefixes).compactMap(\.utf8.first) where first < 0x80 {
            for byte in [first, first >= 0x61 && first <= 0x7A ? first - 0x20 : first] {
                if byte < 64 { firstBytes.0 |= 1 << UInt64(byte) } else { firstBytes.1 |= 1 << UInt64(byte - 64) }
            }
        }
        self.firstBytes = firstBytes
    }

    public static func == (lhs: AttributeFilter, rhs: AttributeFilter) -> Bool {
        lhs.names == rhs.names && lhs.prefixes == rhs.prefixes && lhs.exceptions == rhs.exceptions
    }

    /// Whether a name starting with this byte may be left out.
    @inline(__always)
    func mayMatch(first byte: UInt8) -> Bool {
        byte < 64 ? firstBytes.0 & (1 << UInt64(byte)) != 0 : byte < 128 && firstBytes.1 & (1 << UInt64(byte - 64)) != 0
    }

    /// Leaves every attribute in.
    public static let none = AttributeFilter()

    /// Whether the attribute with this name is left out.
    public func leavesOut(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { matches(UnsafeRawBufferPointer($0)) }
    }

    /// Whether the attribute with this name (the page's bytes, any case) is left out.
    func matches(_ name: UnsafeRawBufferPointer) -> Bool {
        if names.contains(where: { AttributeFilter.equal(name, $0, prefixOnly: false) }) { return true }
        return prefixes.contains(where: { AttributeFilter.equal(name, $0, prefixOnly: true) })
            && !exceptions.contains(where: { AttributeFilter.equal(name, $0, prefixOnly: false) })
    }

    private static func equal(_ name: UnsafeRawBufferPointer, _ lowercase: [UInt8], prefixOnly: Bool) -> Bool {
        guard prefixOnly ? name.count >= lowercase.count : name.count == lowercase.count else { return false }
        for (offset, expected) in lowercase.enumerated() {
            let byte = name[offset]
            // Only letters fold: `-` and `_` differ by the same bit as nothing else in a name.
            if byte != expected, !(byte | 0x20 == expected && expected >= 0x61 && expected <= 0x7A) { return false }
        }
        return true
    }
}
