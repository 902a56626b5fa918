// A time limit that tree walks obey, so a pathological page cannot stall a batch.

/// The instant after which walks of a document (and of its copies) end early.
///
/// Rather than a clock check in every loop of every stage, the one walk primitive
/// (``HTMLNode/next(within:skippingChildren:)``) asks the deadline before each step: the walks are
/// where a huge or deeply nested page spends its time. Once the deadline has passed, every walk
/// ends at once and ``hasPassed`` stays true, so the caller can throw away the partial work.
/// It belongs to the one task that owns the document.
public final class WalkDeadline {
    private let instant: ContinuousClock.Instant
    // Unchecked: the deadline belongs to the one task that owns the document, and the dynamic
    // exclusivity checks on these two counters cost more than the rest of a walk step.
    @exclusivity(unchecked) @usableFromInline var stepsBeforeClockCheck = 0

    /// Whether a walk was cut short; whatever was computed since is incomplete.
    @exclusivity(unchecked) public private(set) var hasPassed = false

    /// A deadline `limit` from now.
    public init(after limit: Duration) {
        instant = ContinuousClock.now.advanced(by: limit)
    }

    /// Whether a walk may take one more step; reads the clock once every few thousand steps.
    /// Inlined into every walk step, in whichever module the walk is.
    @inlinable
    func allowsStep() -> Bool {
        if hasPassed { return false }
        stepsBeforeClockCheck -= 1
        guard stepsBeforeClockCheck <= 0 else { return true }
        return readsClock()
    }

    /// Reads the clock, and sets the next few thousand steps going without it.
    @usableFromInline
    func readsClock() -> Bool {
        stepsBeforeClockCheck = 4096
        hasPassed = ContinuousClock.now >= instant
        return !hasPassed
    }
}
