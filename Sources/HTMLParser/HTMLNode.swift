// A handle to one node of a parsed document.
import CLibXML2

/// One node of an ``HTMLDocument``: an element, a run of text, a comment or something else.
///
/// The handle holds its document strongly, so the node's memory lives as long as the handle.
/// Equality and hashing go by node identity, which makes handles usable as keys of side tables
/// (scores, text statistics) that never touch the DOM itself.
public struct HTMLNode: Hashable {
    /// The document that owns this node.
    public let document: HTMLDocument
    // Variable only for ``advance(within:skippingChildren:)``, which moves a handle along a walk.
    @usableFromInline var pointer: xmlNodePtr

    @usableFromInline
    init(document: HTMLDocument, pointer: xmlNodePtr) {
        self.document = document
        self.pointer = pointer
    }

    public static func == (lhs: HTMLNode, rhs: HTMLNode) -> Bool { lhs.pointer == rhs.pointer }

    public func hash(into hasher: inout Hasher) { hasher.combine(pointer) }

    /// What sort of node this is.
    public enum Kind: Sendable {
        case element, text, comment, other
    }

    /// What sort of node this is.
    @inlinable
    public var kind: Kind {
        switch pointer.pointee.type {
        case XML_ELEMENT_NODE: return .element
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: return .text
        case XML_COMMENT_NODE: return .comment
        default: return .other
        }
    }

    /// Whether this is an element.
    @inlinable
    public var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    /// Whether this is a run of text.
    @inlinable
    public var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// The tag name in lowercase (libxml2's HTML parser lowercases them), or `""` for non-elements.
    public var name: String {
        guard isElement, let name = pointer.pointee.name else { return "" }
        return TagNames.name(name)
    }

    /// Whether this element's tag name equals `tag` (lowercase), compared on libxml2's bytes.
    @inlinable
    public func isElement(named tag: StaticString) -> Bool {
        guard isElement, let name = pointer.pointee.name else { return false }
        return tag.withUTF8Buffer { HTMLNode.equals(name, $0) }
    }

    /// Whether this is an element whose tag name is in the set.
    @inlinable
    public func isElement(in tags: TagSet) -> Bool {
        guard isElement, let name = pointer.pointee.name else { return false }
        return tags.contains(name)
    }

    // MARK: - Attributes

    /// The value of an attribute, or `nil` when the element does not have it.
    ///
    /// Read straight from libxml2's attribute list: asked for several attributes of every element,
    /// `xmlGetProp`'s copy of each value and its free were a measurable share of an extraction.
    public func attribute(_ name: String) -> String? {
        withAttributeBytes(name) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with an attribute's UTF-8 bytes, borrowed from the page when the attribute was
    /// set apart (``SetApartAttributes``) or from libxml2 when its value is one run of text, else
    /// joined first.
    ///
    /// Inlinable, as are the other `with…Bytes` readers: across the module boundary they ran as
    /// unspecialised generic code, with `body` a closure call, on most elements of every page.
    ///
    /// - Returns: `body`'s result, or `nil` when the element does not have the attribute.
    @inlinable
    public func withAttributeBytes<Result>(_ name: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result? {
        guard let value = attributeValue(named: name) else { return nil }
        defer { if value.isJoined { HTMLNode.free(value.bytes) } }
        return try body(value.bytes)
    }

    /// An attribute's value: the page's own bytes or libxml2's, or a copy joined from several
    /// pieces that the reader frees (``free(_:)``).
    @usableFromInline
    struct AttributeValue {
        @usableFromInline let bytes: UnsafeBufferPointer<UInt8>
        @usableFromInline let isJoined: Bool
    }

    /// The attribute named `name` (HTML attribute names are lowercased by the parser): among those
    /// set apart from the element's tag, if it was, else in libxml2's list.
    @usableFromInline
    func attributeValue(named name: String) -> AttributeValue? {
        guard isElement else { return nil }
        return withWantedName(name, HTMLNode.attributeValue(named:of:setApart:))
    }

    /// Calls `body` with a wanted attribute name's UTF-8 bytes, this element's pointer and the
    /// attributes set apart from its tag, if any. `body` gets the pointer and the view, not the
    /// node: a node holds its document, which a closure took a hold on at every call.
    @inline(__always)
    private func withWantedName<Result>(_ name: String, _ body: (UnsafeBufferPointer<UInt8>, xmlNodePtr, SetApartAttributes?) -> Result) -> Result {
        let element = pointer
        let setApart = element.pointee.line != 0 ? document.setApartAttributes : nil
        if let found = name.utf8.withContiguousStorageIfAvailable({ body($0, element, setApart) }) { return found }
        var name = name
        return name.withUTF8 { body($0, element, setApart) }
    }

    private static func attributeValue(named name: UnsafeBufferPointer<UInt8>, of element: xmlNodePtr, setApart: SetApartAttributes?) -> AttributeValue? {
        if let setApart, let value = setApart.attribute(named: name, numbered: element.pointee.line)?.value {
            return AttributeValue(bytes: setApart.bytes(value), isJoined: false)
        }
        return libxml2Property(named: name, from: element.pointee.properties).map(value(of:))
    }

    /// The tag this element was parsed from, when its attributes were set apart: libxml2's callback
    /// numbered the element in its `line` field (``SetApartAttributes``).
    @inline(__always)
    private var setApartTag: (SetApartAttributes, Int)? {
        let line = pointer.pointee.line
        guard line != 0, let setApart = document.setApartAttributes, let tag = setApart.tag(numbered: line) else { return nil }
        return (setApart, tag)
    }

    /// The attribute node named `name` in libxml2's list, from `first` on.
    private static func libxml2Property(named name: UnsafeBufferPointer<UInt8>, from first: xmlAttrPtr?) -> xmlAttrPtr? {
        var property = first
        while let current = property {
            if let candidate = current.pointee.name, HTMLNode.equals(candidate, name) { return current }
            property = current.pointee.next
        }
        return nil
    }

    /// The value of one of libxml2's attribute nodes: read in place when it is one run of text
    /// (the usual case), else joined by libxml2 from its pieces (entity references and the like).
    private static func value(of property: xmlAttrPtr) -> AttributeValue {
        guard let value = property.pointee.children else { return AttributeValue(bytes: UnsafeBufferPointer(start: nil, count: 0), isJoined: false) }
        if value.pointee.next == nil, value.pointee.type == XML_TEXT_NODE, let content = value.pointee.content {
            return AttributeValue(bytes: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))), isJoined: false)
        }
        guard let joined = xmlNodeListGetString(property.pointee.doc, value, 1) else {
            return AttributeValue(bytes: UnsafeBufferPointer(start: nil, count: 0), isJoined: false)
        }
        return AttributeValue(bytes: UnsafeBufferPointer(start: joined, count: Int(xmlStrlen(joined))), isJoined: true)
    }

    /// Frees a value libxml2 joined for a reader.
    @usableFromInline
    static func free(_ joined: UnsafeBufferPointer<UInt8>) {
        if let base = joined.baseAddress { scrape_xmlFree(UnsafeMutablePointer(mutating: base)) }
    }

    /// Whether one of the space-separated words of an attribute (`class`, `rel`) is `word`, read on
    /// the attribute's bytes: asked of every element of a line, most of which have no such word.
    ///
    /// - Parameter ignoringASCIICase: whether ASCII capitals in the value match `word`'s lowercase letters.
    public func hasAttributeWord(_ name: String, _ word: StaticString, ignoringASCIICase: Bool = false) -> Bool {
        withAttributeBytes(name) { value in
            word.withUTF8Buffer { word in
                var start = 0
                for index in 0...value.count where index == value.count || value[index] == 0x20 {
                    if index - start == word.count, value[start..<index].elementsEqual(word, by: {
                        (ignoringASCIICase ? $0.asciiLowercased : $0) == $1
                    }) { return true }
                    start = index + 1
                }
                return false
            }
        } ?? false
    }

    /// Whether the element carries any attribute at all: in libxml2's list, or set apart.
    @inlinable
    public var hasAttributes: Bool { isElement && (pointer.pointee.properties != nil || pointer.pointee.line != 0 && document.setsApartAttributes) }

    /// Whether the element carries an attribute, whatever its value: found without reading it,
    /// which for a value with references would be joined by libxml2 and freed.
    public func hasAttribute(_ name: String) -> Bool {
        guard isElement else { return false }
        return withWantedName(name) { name, element, setApart in
            setApart?.attribute(named: name, numbered: element.pointee.line) != nil
                || HTMLNode.libxml2Property(named: name, from: element.pointee.properties) != nil
        }
    }

    /// Whether a NUL-terminated libxml2 name equals the bytes.
    @inlinable @inline(__always)
    static func equals(_ name: UnsafePointer<xmlChar>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            if name[index] != bytes[index] { return false }
            index += 1
        }
        return name[index] == 0
    }

    /// All attributes as (name, value) pairs in document order.
    public var attributes: [(name: String, value: String)] {
        guard isElement else { return [] }
        func pair(_ property: xmlAttrPtr) -> (String, String) {
            let value = HTMLNode.value(of: property)
            defer { if value.isJoined { HTMLNode.free(value.bytes) } }
            return (String(cString: property.pointee.name), String(decoding: value.bytes, as: UTF8.self))
        }
        var result: [(String, String)] = []
        var property = pointer.pointee.properties
        if let (setApart, tag) = setApartTag {
            // In page order: those set apart from the page, the others from libxml2's list.
            for attribute in setApart.attributes(of: tag) {
                let name = setApart.bytes(attribute.name).map(\.asciiLowercased)
                if let value = attribute.value {
                    result.append((String(decoding: name, as: UTF8.self), String(decoding: setApart.bytes(value), as: UTF8.self)))
                } else if let kept = name.withUnsafeBufferPointer({ HTMLNode.libxml2Property(named: $0, from: property) }) {
                    result.append(pair(kept))
                }
            }
            return result
        }
        while let current = property {
            result.append(pair(current))
            property = current.pointee.next
        }
        return result
    }

    // MARK: - Neighbours

    /// The parent node, or `nil` at the top or for a detached node.
    @inlinable
    public var parent: HTMLNode? {
        guard let parent = pointer.pointee.parent, parent.pointee.type != XML_HTML_DOCUMENT_NODE,
              parent.pointee.type != XML_DOCUMENT_NODE
        else { return nil }
        return HTMLNode(document: document, pointer: parent)
    }

    /// The first child node of any kind.
    @inlinable
    public var firstChild: HTMLNode? { pointer.pointee.children.map { HTMLNode(document: document, pointer: $0) } }

    /// The last child node of any kind.
    public var lastChild: HTMLNode? { pointer.pointee.last.map { HTMLNode(document: document, pointer: $0) } }

    /// The next sibling node of any kind.
    public var nextSibling: HTMLNode? { pointer.pointee.next.map { HTMLNode(document: document, pointer: $0) } }

    /// The previous sibling node of any kind.
    public var previousSibling: HTMLNode? { pointer.pointee.prev.map { HTMLNode(document: document, pointer: $0) } }

    /// The child nodes of any kind, in order.
    public var children: [HTMLNode] {
        var result: [HTMLNode] = []
        var child = pointer.pointee.children
        while let current = child {
            result.append(HTMLNode(document: document, pointer: current))
            child = current.pointee.next
        }
        return result
    }

    /// The child elements, in order.
    public var childElements: [HTMLNode] { children.filter(\.isElement) }

    /// The first child element with this tag name.
    public func firstChildElement(named tag: String) -> HTMLNode? {
        var child = pointer.pointee.children
        while let current = child {
            let node = HTMLNode(document: document, pointer: current)
            if node.isElement, node.name == tag { return node }
            child = current.pointee.next
        }
        return nil
    }
}
