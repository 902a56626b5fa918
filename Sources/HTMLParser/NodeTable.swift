// Values kept beside the nodes of one document, found by the node's identity.
import CLibXML2

/// A side table from nodes of one document to values, for the measures a stage computes once per
/// element (text statistics, scores) and reads many times.
///
/// In a `Dictionary` keyed by ``HTMLNode`` every lookup hashed the handle with SipHash and every
/// entry held the document; growing the table hashed them all again. Here a node is placed by one
/// multiplication of its address, and the table holds its document once, which keeps the memory
/// of every key alive as long as the table: an address cannot be reused for another node meanwhile.
///
/// Inlinable, as a generic type used across the module boundary must be to be specialised.
public struct NodeTable<Value> {
    @usableFromInline var document: HTMLDocument?
    @usableFromInline var keys: [xmlNodePtr?]
    @usableFromInline var values: [Value?]
    @usableFromInline var shift: Int
    @usableFromInline var count = 0

    /// An empty table with room for `minimumCapacity` nodes before it grows.
    @inlinable
    public init(minimumCapacity: Int = 0) {
        var bits = 4
        while 1 << bits < minimumCapacity * 2 { bits += 1 }
        keys = Array(repeating: nil, count: 1 << bits)
        values = Array(repeating: nil, count: 1 << bits)
        shift = 64 - bits
    }

    /// The value kept for the node, or `nil`.
    @inlinable
    public subscript(node: HTMLNode) -> Value? {
        let slot = find(node.pointer)
        return keys[slot] == nil ? nil : values[slot]
    }

    /// Keeps `value` for the node, replacing the one it had.
    ///
    /// - Precondition: every node of the table belongs to the same document.
    @inlinable
    public mutating func updateValue(_ value: Value, for node: HTMLNode) {
        if document == nil { document = node.document }
        precondition(document === node.document, "a NodeTable keeps the nodes of one document")
        var slot = find(node.pointer)
        if keys[slot] == nil {
            // At most half full, so a probe rarely passes more than a slot or two.
            if (count + 1) * 2 > keys.count {
                grow()
                slot = find(node.pointer)
            }
            keys[slot] = node.pointer
            count += 1
        }
        values[slot] = value
    }

    /// The node's slot, or the empty slot where it would go.
    @inlinable
    func find(_ pointer: xmlNodePtr) -> Int {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (UInt64(UInt(bitPattern: pointer)) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
        while let key = keys[slot], key != pointer { slot = (slot + 1) & mask }
        return slot
    }

    @usableFromInline
    mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: nil, count: oldKeys.count * 2)
        values = Array(repeating: nil, count: oldKeys.count * 2)
        shift -= 1
        for index in oldKeys.indices {
            guard let key = oldKeys[index] else { continue }
            let slot = find(key)
            keys[slot] = key
            values[slot] = oldValues[index]
        }
    }
}
