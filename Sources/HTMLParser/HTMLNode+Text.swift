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
    public func withTextBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result? {
        guard isText, let content = pointer.pointee.content else { return nil }
        return try body(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
    }

    /// This text node's text, or `""` for other nodes.
    public var text: String {
        guard isText, let content = pointer.pointee.content else { return "" }
        return String(cString: content)
    }
}
