// Trimming characters off the ends of a line without a round trip through NSString.
import Foundation

extension Substring {
    /// The text without the characters of `set` at either end: what Foundation's
    /// `trimmingCharacters(in:)` returns. Foundation on Linux copies the text into an NSString,
    /// trims its UTF-16 units and copies the rest back, which cost a fifth of the visible-metadata
    /// stage; this reads the scalars in place.
    ///
    /// As Foundation does, a character beyond the Basic Multilingual Plane is never trimmed (it is
    /// two UTF-16 units there, and neither is in any set).
    func trimming(_ set: CharacterSet) -> String {
        String(trimmedScalars(set))
    }

    fileprivate func trimmedScalars(_ set: CharacterSet) -> Substring.UnicodeScalarView {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        func trims(_ scalar: Unicode.Scalar) -> Bool { scalar.value <= 0xFFFF && set.contains(scalar) }
        while start < end, trims(scalars[start]) { start = scalars.index(after: start) }
        while start < end {
            let last = scalars.index(before: end)
            guard trims(scalars[last]) else { break }
            end = last
        }
        return scalars[start..<end]
    }
}

extension String {
    /// ``Substring/trimming(_:)`` for a whole string, which comes back as it is when nothing goes.
    func trimming(_ set: CharacterSet) -> String {
        let kept = self[...].trimmedScalars(set)
        return kept.startIndex == startIndex && kept.endIndex == endIndex ? self : String(kept)
    }
}
