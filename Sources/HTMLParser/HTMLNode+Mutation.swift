// Taking nodes out of the tree without freeing memory that a handle may still point to.
import CLibXML2

extension HTMLNode {
    /// Unlinks this node (and its subtree) from the tree.
    ///
    /// The node is not freed: the document parks it and frees it at the end, so handles to it or
    /// to anything inside it stay valid. Take the next node of a walk before detaching.
    public func detach() {
        guard pointer.pointee.parent != nil else { return }
        xmlUnlinkNode(pointer)
        document.park(pointer)
    }
}
