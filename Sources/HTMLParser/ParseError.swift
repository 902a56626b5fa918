// Why a page could not be parsed.
import Foundation

/// The reasons HTMLParser refuses a page.
public enum ParseError: LocalizedError, Equatable, Sendable {
    /// The input has no bytes at all.
    case empty
    /// The input is longer than the byte cap.
    case tooLarge(bytes: Int, limit: Int)
    /// The input is binary data, not markup; the associated value names what it looks like.
    case notHTML(String)
    /// libxml2 produced no document.
    case unparsable
    /// An element carries more attributes than the limit: libxml2 checks each new attribute against
    /// all the earlier ones, so such a tag would take minutes to parse.
    case tooManyAttributes(limit: Int)
    /// The page has more start tags than the limit: no article is that large, and every stage
    /// after parsing walks every element.
    case tooManyElements(limit: Int)

    public var errorDescription: String? {
        switch self {
        case .empty:
            return "empty input: no bytes to parse"
        case let .tooLarge(bytes, limit):
            return "input too large: at least \(bytes) bytes, limit \(limit)"
        case let .notHTML(what):
            return "not an html page: \(what)"
        case .unparsable:
            return "unparsable html: the parser produced no document"
        case let .tooManyAttributes(limit):
            return "hostile html: an element has more than \(limit) attributes"
        case let .tooManyElements(limit):
            return "too complex: more than \(limit) elements (--max-elements raises the limit)"
        }
    }
}
