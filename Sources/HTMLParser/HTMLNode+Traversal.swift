// Walking the tree without recursion, so that no nesting depth can exhaust the stack.
import CLibXML2

extension HTMLNode {
    /// The node after this one in document order within `scope`, optionally skipping this node's subtree.
    ///
    /// This is the whole traversal machinery: pre-order by following child, sibling and parent
    /// pointers, so it uses constant stack at any depth (idea from Readability.js `_getNextNode`).
    ///
    /// - Parameters:
    ///   - scope: the subtree root the walk must not leave.
    ///   - skippingChildren: whether to step over this node's descendants.
    /// - Returns: the next node, or `nil` when the walk of `scope` is over or the document's
    ///   deadline has passed.
    public func next(within scope: HTMLNode, skippingChildren: Bool = false) -> HTMLNode? {
        guard document.walkMayContinue() else { return nil }
        if !skippingChildren, let child = pointer.pointee.children {
            return HTMLNode(document: document, pointer: child)
        }
        var current: xmlNodePtr? = pointer
        while let node = current, node != scope.pointer {
            if let sibling = node.pointee.next { return HTMLNode(document: document, pointer: sibling) }
            current = node.pointee.parent
        }
        return nil
    }

    /// Every node below this one (not itself), in document order.
    public var descendants: DescendantSequence { DescendantSequence(root: self) }

    /// The element descendants with the given tag name, in document order.
    public func descendants(named tag: String) -> [HTMLNode] {
        descendants.filter { $0.isElement && $0.name == tag }
    }

    /// Whether an ancestor within `maxDepth` levels has this tag name.
    public func hasAncestor(named tag: String, maxDepth: Int = .max) -> Bool {
        var current = parent
        var depth = 0
        while let node = current, depth < maxDepth {
            if node.name == tag { return true }
            current = node.parent
            depth += 1
        }
        return false
    }

    /// Whether `other` is this node or lies inside it.
    public func contains(_ other: HTMLNode) -> Bool {
        var current: xmlNodePtr? = other.pointer
        while let node = current {
            if node == pointer { return true }
            current = node.pointee.parent
        }
        return false
    }
}

/// A lazy pre-order walk of a subtree, iterative at any depth.
public struct DescendantSequence: Sequence {
    let root: HTMLNode

    public func makeIterator() -> Iterator { Iterator(root: root, upcoming: root.firstChild) }

    /// Steps through the subtree; the next node is taken before the current one is handed out,
    /// but callers that detach the current node must use ``HTMLNode/next(within:skippingChildren:)``.
    public struct Iterator: IteratorProtocol {
        let root: HTMLNode
        var upcoming: HTMLNode?

        public mutating func next() -> HTMLNode? {
            guard let current = upcoming else { return nil }
            upcoming = current.next(within: root)
            return current
        }
    }
}
