// A link inside a paragraph or a list item, kept when the caller asks for links.

/// A run of a block's text that links somewhere.
public struct InlineLink: Sendable, Equatable {
    /// Where the link's text sits in the block's text, in Unicode scalars.
    public var range: Range<Int>
    /// The address, made absolute against the page's address when there is one.
    public var href: String

    public init(range: Range<Int>, href: String) {
        self.range = range
        self.href = href
    }
}
