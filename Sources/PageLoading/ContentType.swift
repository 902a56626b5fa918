// What an HTTP Content-Type header says: the media type and the charset.
import Foundation

/// A parsed `Content-Type` value such as `text/html; charset=gb2312`.
public struct ContentType: Equatable, Sendable {
    /// The media type, lowercased, without parameters (`text/html`).
    public let mediaType: String
    /// The `charset` parameter as written, if any.
    public let charset: String?

    /// Parses a header value; `nil` for an empty one.
    public init?(_ header: String) {
        let parts = header.split(separator: ";", omittingEmptySubsequences: false)
        let type = parts.first.map { $0.trimmingCharacters(in: Self.blanks).lowercased() } ?? ""
        guard !type.isEmpty else { return nil }
        mediaType = type
        var charset: String?
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: Self.blanks).lowercased() == "charset" else { continue }
            let value = pair[1].trimmingCharacters(in: Self.blanksAndQuotes)
            if !value.isEmpty { charset = value }
        }
        self.charset = charset
    }

    /// Spaces and tabs: what HTTP allows around header values and parameters.
    static let blanks = CharacterSet(charactersIn: " \t")
    /// The same and the quotes around a parameter value.
    static let blanksAndQuotes = CharacterSet(charactersIn: " \t\"'")

    /// Media types that are pages.
    public static let pageTypes: Set<String> = ["text/html", "application/xhtml+xml", "application/vnd.wap.xhtml+xml"]

    /// Media types servers use for anything, including pages; the bytes decide.
    static let vagueTypes: Set<String> = ["application/octet-stream", "text/plain", "binary/octet-stream", "application/unknown",
                                          "application/x-unknown", "unknown/unknown", "text/xml", "application/xml"]

    /// Whether a response of this type may hold a page: HTML types, and the vague types whose bytes the parser sniffs.
    public var mayBePage: Bool { Self.pageTypes.contains(mediaType) || Self.vagueTypes.contains(mediaType) }
}
