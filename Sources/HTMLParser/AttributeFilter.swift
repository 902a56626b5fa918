// Attribute names a caller never reads, for the parser to leave out.

/// Attributes left out of the tree: by name, or by the start of the name with exceptions
/// (`data-` but `data-src`). Names compare without regard to ASCII case, as HTML's do; names and
/// prefixes are lowercase ASCII (an attribute name starts with an ASCII letter, `_` or `:`).
public struct AttributeFilter: Sendable, Equatable {
    /// A name or a prefix, lowercase.
    private struct Entry: Sendable, Equatable {
        var bytes: [UInt8]
        var isPrefix: Bool
    }

    /// The names and prefixes by their first byte: those starting with byte b are
    /// `entries[firstEntry[b]..<firstEntry[b + 1]]`, so that an attribute is compared with the few
    /// that could match it (`class` with none of the `c…` names, told apart by length).
    private let entries: [Entry]
    private let firstEntry: [Int]
    private let exceptions: [[UInt8]]

    /// - Parameters:
    ///   - names: whole attribute names, lowercase.
    ///   - prefixes: starts of attribute names, lowercase (`data-`, `on`).
    ///   - exceptions: names kept though a prefix matches them.
    public init(names: [String] = [], prefixes: [String] = [], except exceptions: [String] = []) {
        let all = (names.map { Entry(bytes: Array($0.utf8), isPrefix: false) } + prefixes.map { Entry(bytes: Array($0.utf8), isPrefix: true) })
            .filter { ($0.bytes.first ?? 0x80) < 0x80 }
            .sorted { $0.bytes[0] < $1.bytes[0] }
        var firstEntry = [Int](repeating: 0, count: 129)
        for entry in all { firstEntry[Int(entry.bytes[0]) + 1] += 1 }
        for index in 1...128 { firstEntry[index] += firstEntry[index - 1] }
        self.entries = all
        self.firstEntry = firstEntry
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
        guard let first = name.first, first < 0x80 else { return false }
        let lead = Int(first.asciiLowercased)
        var index = firstEntry[lead]
        let end = firstEntry[lead + 1]
        while index < end {
            let entry = entries[index]
            index += 1
            guard AttributeFilter.equal(name, entry.bytes, prefixOnly: entry.isPrefix) else { continue }
            if !entry.isPrefix || !exceptions.contains(where: { AttributeFilter.equal(name, $0, prefixOnly: false) }) { return true }
        }
        return false
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
