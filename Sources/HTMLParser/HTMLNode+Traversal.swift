// Walking the tree without recursion, so that no nesting depth can exhaust the stack.
import CLibXML2

extension HTMLNode {
    /// The node after this one in document order within `scope`, optionally skipping this node's subtree.
    ///
    /// - Parameters:
    ///   - scope: the subtree root the walk must not leave.
    ///   - skippingChildren: whether to step over this node's descendants.
    /// - Returns: the next node, or `nil` when the walk of `scope` is over or the document's
    ///   deadline has passed.
    @inlinable
    public func next(within scope: HTMLNode, skippingChildren: Bool = false) -> HTMLNode? {
        var node = self
        return node.advance(within: scope, skippingChildren: skippingChildren) ? node : nil
    }

    /// Moves this handle in place to the node ``next(within:skippingChildren:)`` returns.
    ///
    /// This is the whole traversal machinery: pre-order by following child, sibling and parent
    /// pointers, so it uses constant stack at any depth (idea from Readability.js `_getNextNode`).
    /// A walk that steps one handle along keeps its hold on the document as it is; taking a new
    /// handle at every step retained and released the document once per node, which cost the
    /// tree walks more than reading the nodes did.
    ///
    /// - Returns: `false`, leaving the handle where it was, when the walk is over or the
    ///   document's deadline has passed.
    @inlinable
    public mutating func advance(within scope: HTMLNode, skippingChildren: Bool = false) -> Bool {
        guard document.walkMayContinue() else { return false }
        if !skippingChildren, let child = pointer.pointee.children {
            pointer = child
            return true
        }
        var current: xmlNodePtr? = pointer
        while let node = current, node != scope.pointer {
            if let sibling = node.pointee.next {
                pointer = sibling
                return true
            }
            current = node.pointee.parent
        }
        return false
    }

    /// Visits every node below this one (not itself) in document order, as `visit` directs.
    ///
    /// One handle is stepped along (``advance(within:skippingChildren:)``) and lent to `visit`, so
    /// the walk costs no hold on the document per node, as taking each node as a new handle does.
    /// `visit` may keep a node it is handed, but must not detach it: the walk goes on from it.
    @inlinable
    public func walk(_ visit: (HTMLNode) throws -> WalkStep) rethrows {
        guard var node = firstChild else { return }
        while true {
            let step = try visit(node)
            guard node.advance(within: self, skippingChildren: step == .skipChildren) else { return }
        }
    }

    /// Every node below this one (not itself), in document order.
    public var descendants: DescendantSequence { DescendantSequence(root: self) }

    /// The element descendants with the given tag name, in document order.
    public func descendants(named tag: String) -> [HTMLNode] {
        var found: [HTMLNode] = []
        walk { node in
            if node.isElement, node.name == tag { found.append(node) }
            return .descend
        }
        return found
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

    /// Whether this node's parent is `other`, asked without taking the parent as a new handle.
    @inlinable
    public func isChild(of other: HTMLNode) -> Bool { pointer.pointee.parent == other.pointer }

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

/// What a walk of a subtree (``HTMLNode/walk(_:)``) does after visiting a node.
public enum WalkStep: Sendable {
    /// Go on into the node's children.
    case descend
    /// Go on after the node, past its children.
    case skipChildren
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
