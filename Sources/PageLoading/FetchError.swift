// Everything that can go wrong fetching a page, in words a user can act on.

/// A failed fetch.
public enum FetchError: Error, Equatable, Sendable {
    /// The address is not an absolute http or https URL.
    case invalidURL(String)
    /// The server answered with an error status (after any retries).
    case httpStatus(Int, url: String)
    /// More redirects than the limit.
    case tooManyRedirects(limit: Int, url: String)
    /// A redirect led back to an address already visited.
    case redirectLoop(url: String)
    /// The response is not a page (a PDF, an image, JSON…).
    case notHTML(contentType: String)
    /// The body, compressed or not, is larger than the cap.
    case tooLarge(limit: Int)
    /// The body's gzip or deflate data is broken.
    case corruptCompression(String)
    /// The host name does not resolve.
    case unknownHost(String)
    /// The server could not be reached.
    case connectionFailed(host: String, reason: String)
    /// A phase of the fetch took too long.
    case timedOut(Phase)
    /// Anything else the HTTP client reported.
    case transport(String)

    /// Which time limit ran out.
    public enum Phase: String, Sendable {
        case connect, read, total
    }
}

extension FetchError {
    /// The fetch failure a body's decompression failure amounts to.
    init(_ error: DecompressionError) {
        switch error {
        case let .tooLarge(limit): self = .tooLarge(limit: limit)
        case let .corrupt(reason): self = .corruptCompression(reason)
        }
    }
}

extension FetchError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .invalidURL(text): return "not an http or https address: \(text)"
        case let .httpStatus(status, url): return "HTTP \(status) \(Self.reason(for: status)) from \(url)"
        case let .tooManyRedirects(limit, url): return "more than \(limit) redirects, the last to \(url)"
        case let .redirectLoop(url): return "redirect loop back to \(url)"
        case let .notHTML(contentType): return "not an html page: the server sent \(contentType)"
        case let .tooLarge(limit): return "the response is larger than the \(limit)-byte limit"
        case let .corruptCompression(reason): return "corrupt compressed response: \(reason)"
        case let .unknownHost(host): return "cannot resolve host \(host)"
        case let .connectionFailed(host, reason): return "cannot connect to \(host): \(reason)"
        case let .timedOut(phase):
            switch phase {
            case .connect: return "timed out connecting to the server"
            case .read: return "timed out waiting for the server to send data"
            case .total: return "timed out: the fetch took longer than the time limit"
            }
        case let .transport(reason): return "fetch failed: \(reason)"
        }
    }

    private static func reason(for status: Int) -> String {
        switch status {
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 410: return "Gone"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        default: return status >= 500 ? "server error" : "client error"
        }
    }
}
