// One item of a list block, at its depth in the list.

/// A list item. Nested lists are flattened into their parent's items in reading order, each
/// item keeping its depth, so that every reader of the block sees all the items as text.
///
///     <ul><li>Fruit<ul><li>Apple</li></ul></li></ul>   → "Fruit" (level 0), "Apple" (level 1)
public struct ListItem: Sendable, Equatable, ExpressibleByStringLiteral {
    /// The item's own text, without the lists nested in it.
    public var text: String
    /// The depth: 0 for an item of the block's own list, 1 for one of a list inside it, and so on.
    public var level: Int
    /// Whether the item's own list is numbered; `nil` at level 0, where the block says.
    public var ordered: Bool?
    /// The item's links, kept only on request.
    public var links: [InlineLink]

    public init(_ text: String, level: Int = 0, ordered: Bool? = nil, links: [InlineLink] = []) {
        self.text = text
        self.level = level
        self.ordered = ordered
        self.links = links
    }

    public init(stringLiteral text: String) { self.init(text) }
}

/// Numbers list items: the items of one list count 1, 2, 3…, and a list nested under a later
/// parent item starts again at 1.
public struct ListNumbering {
    private var counters: [Int] = []

    public init() {}

    /// The number of the next item at this depth.
    public mutating func next(at level: Int) -> Int {
        counters = Array(counters.prefix(level + 1))
        while counters.count <= level { counters.append(0) }
        counters[level] += 1
        return counters[level]
    }
}
