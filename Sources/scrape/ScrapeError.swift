// Everything that can go wrong for one input or for the run, with its exit code.
import ArticleExtraction
import Foundation
import HTMLParser
import PageLoading

/// A failure of the command line tool, wrapping the library errors.
enum ScrapeError: LocalizedError, Equatable, Sendable {
    case missingInput(String)
    case unreadableInput(String, reason: String)
    case parse(ParseError)
    case extraction(ExtractionError)
    case corruptCompression(String)
    case fetch(FetchError)
    /// An archive record or a `--input-format jsonl` line that cannot be read.
    case unreadableRecord(String)
    case output(String)

    var errorDescription: String? {
        switch self {
        case let .missingInput(path): return "no such file or directory: \(path)"
        case let .unreadableInput(path, reason): return "cannot read \(path): \(reason)"
        case let .parse(error): return error.errorDescription
        case let .extraction(error): return error.errorDescription
        case let .corruptCompression(reason): return "corrupt gzip data: \(reason)"
        case let .fetch(error): return error.description
        case let .unreadableRecord(reason): return "unreadable record: \(reason)"
        case let .output(reason): return "writing output failed: \(reason)"
        }
    }

    /// The sysexits code documented in README.
    var exitCode: Int32 {
        switch self {
        case .missingInput, .unreadableInput: return ExitStatus.noInput
        case .parse, .extraction, .corruptCompression, .unreadableRecord: return ExitStatus.dataError
        case .output: return ExitStatus.ioError
        case let .fetch(error):
            switch error {
            // The server answered, but not with a page we can read.
            case .notHTML, .tooLarge, .corruptCompression: return ExitStatus.dataError
            default: return ExitStatus.unavailable
            }
        }
    }

    /// A stable machine-readable name for the error lines of batch output.
    var kind: String {
        switch self {
        case .missingInput: return "missing_input"
        case .unreadableInput: return "unreadable_input"
        case .parse(.empty): return "empty_input"
        case .parse(.tooLarge): return "too_large"
        case .parse(.notHTML): return "not_html"
        case .parse(.unparsable): return "unparsable"
        case .parse(.tooManyAttributes), .parse(.tooManyElements): return "too_complex"
        case .extraction(.noArticle): return "no_article"
        case .extraction(.outOfTime): return "too_slow"
        case .corruptCompression: return "corrupt_compression"
        case .output: return "output"
        case .unreadableRecord: return "unreadable_record"
        case let .fetch(error):
            switch error {
            case .invalidURL: return "invalid_url"
            case .httpStatus: return "http_status"
            case .tooManyRedirects: return "too_many_redirects"
            case .redirectLoop: return "redirect_loop"
            case .notHTML: return "not_html"
            case .tooLarge: return "too_large"
            case .corruptCompression: return "corrupt_compression"
            case .unknownHost: return "unknown_host"
            case .connectionFailed: return "connection_failed"
            case .timedOut: return "timeout"
            case .transport: return "fetch_failed"
            }
        }
    }
}

/// The exit codes, after sysexits.h.
enum ExitStatus {
    static let success: Int32 = 0
    /// Several inputs were given and at least one of them failed.
    static let someInputsFailed: Int32 = 1
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    /// A page could not be fetched: an HTTP error status, an unknown host, a refused connection, a timeout.
    static let unavailable: Int32 = 69
    static let ioError: Int32 = 74
    /// Stopped by Ctrl-C (SIGINT) or SIGTERM, as shells report 128 + SIGINT.
    static let interrupted: Int32 = 130
}
