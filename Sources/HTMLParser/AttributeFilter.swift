// Attribute names a caller never reads, for the parser to leave out.

/// Attributes left out of the tree: by name, or by the start of the name with exceptions
/// (`data-` but `data-src`). Names compare without regard to ASCII case, as HTML's do.
public struct AttributeFilter: Sendable, Equatable {
    private let names: [[UInt8]]
    private let prefixes: [[UInt8]]
    private let exceptions: [[UInt8]]

    /// - Parameters:
    ///   - names: whole attribute names, lowercase.
    ///   - prefixes: starts of attribute names, lowercase (`data-`, `on`).
    ///   - exceptions: names kept though a prefix matches them.
    public init(names: [String] = [], prefixes: [String] = [], except exceptions: [String] = []) {
        self.names = names.map { Array($0.utf8) }
        self.prefixes = prefixes.map { Array($0.utf8) }
        self.exceptions = exceptions.map { Array($0.utf8) }
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
