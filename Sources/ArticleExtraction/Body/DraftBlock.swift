// A body block before captions are paired with their images.

/// A block as the converter emits it, with what the caption pass needs to know.
struct DraftBlock: Equatable {
    var block: Block
    /// The text came from an element whose class or id says caption or credit.
    var isMarkedCaption = false
}
