// A page as the server sent it: the bytes, where they finally came from, what the headers said.
import Foundation

/// One successful fetch.
public struct FetchedPage: Sendable {
    /// The address after redirects: the base for relative links and the article's `url`.
    public let url: String
    /// The HTTP status of the final response.
    public let status: Int
    /// The final response's `Content-Type`, if it sent one.
    public let contentType: ContentType?
    /// The body, decompressed, at most the byte cap.
    public let bytes: [UInt8]
    /// When the response arrived: the reference time for relative dates.
    public let fetchedAt: Date
}
