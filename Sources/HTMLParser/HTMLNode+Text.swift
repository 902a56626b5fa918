// Reading text out of nodes: copied strings for callers, borrowed bytes for hot loops.
import CLibXML2

extension HTMLNode {
    /// All text inside this node, concatenated as libxml2 sees it (no whitespace normalisation).
    public var textContent: String {
        guard let content = xmlNodeGetContent(pointer) else { return "" }
        defer { scrape_xmlFree(content) }
        return String(cString: content)
    }

    /// Calls `body` with this text node's UTF-8 bytes, borrowed from libxml2 without copying.
    ///
    /// - Returns: `body`'s result, or `nil` for a node that is not text.
    @inlinable
    public func withTextBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result? {
        guard let bytes = textBytes(limit: .max) else { return nil }
        return try body(bytes)
    }

    /// Calls `body` with at most the first `limit` bytes of this text node, borrowed from libxml2
    /// without measuring the rest: for looking at how long texts open.
    ///
    /// - Returns: `body`'s result, or `nil` for a node that is not text.
    @inlinable
    public func withTextPrefix<Result>(_ limit: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result? {
        guard let bytes = textBytes(limit: limit) else { return nil }
        return try body(bytes)
    }

    /// At most `limit` bytes of this text node's text, borrowed; `nil` for nodes that are not text.
    @usableFromInline
    func textBytes(limit: Int) -> UnsafeBufferPointer<UInt8>? {
        guard isText, let content = pointer.pointee.content else { return nil }
        if limit == .max { return UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))) }
        var count = 0
        while count < limit, content[count] != 0 { count += 1 }
        return UnsafeBufferPointer(start: content, count: count)
    }

    /// The first byte of this text node above ASCII space, found without measuring the text; `nil`
    /// for blank text and for nodes that are not text.
    public var firstVisibleTextByte: UInt8? {
        guard isText, var byte = pointer.pointee.content else { return nil }
        while byte.pointee != 0 {
            if byte.pointee > 0x20 { return byte.pointee }
            byte += 1
        }
        return nil
    }

    /// This text node's text, or `""` for other nodes.
    public var text: String {
        guard isText, let content = pointer.pointee.content else { return "" }
        return String(cString: content)
    }
}
