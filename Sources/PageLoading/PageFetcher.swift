// Fetching one page over HTTP: redirects, retries, time and size limits, decompression.
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// Fetches pages with AsyncHTTPClient.
///
/// Redirects are followed here rather than by the client, so that a loop is named as a loop, each
/// hop may take a different proxy, and the final address is known. Call ``shutdown()`` when done.
public actor PageFetcher {
    private let options: FetchOptions
    /// One client per proxy in use (a client's proxy is fixed when it is made).
    private var clients: [ProxySettings.Proxy?: HTTPClient] = [:]

    /// Redirect statuses that carry a `Location` to follow.
    static let redirectStatuses: Set<Int> = [301, 302, 303, 307, 308]
    /// Statuses that mean "later, please": retried a bounded number of times.
    static let retryStatuses: Set<Int> = [429, 503]

    public init(options: FetchOptions = FetchOptions()) {
        self.options = options
    }

    /// Closes every connection; the fetcher must not be used afterwards.
    public func shutdown() async {
        for client in clients.values { try? await client.shutdown() }
        clients = [:]
    }

    /// Fetches a page.
    ///
    /// - Parameter address: an absolute `http` or `https` URL.
    /// - Returns: the final address, headers and decompressed body.
    /// - Throws: ``FetchError``.
    public func fetch(_ address: String) async throws(FetchError) -> FetchedPage {
        guard let url = Self.webURL(address) else { throw .invalidURL(address) }
        let timeout = options.timeout
        let deadline = NIODeadline.now() + .milliseconds(Int64(timeout * 1000))
        // The client's deadline covers waiting for a response, not reading its body; a server that
        // trickles a byte a second is stopped by the time limit around the whole fetch.
        do {
            return try await withTimeLimit(seconds: timeout, timeoutError: FetchError.timedOut(.total)) {
                try await self.follow(url, deadline: deadline)
            }
        } catch {
            throw Self.fetchError(from: error, host: url.host ?? address)
        }
    }

    /// Fetches `url`, following redirects and retrying as allowed.
    private func follow(_ start: URL, deadline: NIODeadline) async throws(FetchError) -> FetchedPage {
        var url = start
        let address = start.absoluteString
        var visited: Set<String> = [url.absoluteString]
        var redirects = 0
        var retries = 0
        while true {
            let response: HTTPClientResponse
            do {
                response = try await client(for: url).execute(request(for: url), deadline: deadline)
            } catch {
                throw Self.fetchError(from: error, host: url.host ?? address)
            }
            let status = Int(response.status.code)
            if Self.redirectStatuses.contains(status), let location = response.headers.first(name: "location") {
                await Self.discard(response)
                guard let next = URL(string: location, relativeTo: url).flatMap({ Self.webURL($0.absoluteString) }) else {
                    throw .invalidURL(location)
                }
                redirects += 1
                if redirects > options.maxRedirects { throw .tooManyRedirects(limit: options.maxRedirects, url: next.absoluteString) }
                guard visited.insert(next.absoluteString).inserted else { throw .redirectLoop(url: next.absoluteString) }
                url = next
                continue
            }
            if Self.retryStatuses.contains(status), retries < options.maxRetries,
               let delay = retryDelay(after: response.headers, retry: retries, deadline: deadline) {
                await Self.discard(response)
                retries += 1
                try? await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000))
                continue
            }
            guard (200..<300).contains(status) else {
                await Self.discard(response)
                throw .httpStatus(status, url: url.absoluteString)
            }
            let contentType = response.headers.first(name: "content-type").flatMap(ContentType.init)
            if let contentType, !contentType.mayBePage {
                await Self.discard(response)
                throw .notHTML(contentType: contentType.mediaType)
            }
            let bytes = try await body(of: response, host: url.host ?? address)
            return FetchedPage(url: url.absoluteString, status: status, contentType: contentType, bytes: bytes, fetchedAt: Date())
        }
    }

    // MARK: - Requests

    private func request(for url: URL) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.headers.add(name: "User-Agent", value: options.userAgent)
        request.headers.add(name: "Accept", value: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
        request.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        return request
    }

    private func client(for url: URL) -> HTTPClient {
        let proxy = options.proxies.proxy(for: url)
        if let existing = clients[proxy] { return existing }
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .milliseconds(Int64(options.connectTimeout * 1000)),
                           read: .milliseconds(Int64(options.timeout * 1000))),
            proxy: proxy.map(Self.clientProxy),
            decompression: .disabled
        )
        // Fail a refused connection at once instead of retrying it until the deadline.
        configuration.connectionPool.retryConnectionEstablishment = false
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        clients[proxy] = client
        return client
    }

    private static func clientProxy(_ proxy: ProxySettings.Proxy) -> HTTPClient.Configuration.Proxy {
        switch proxy.kind {
        case .socks:
            return .socksServer(host: proxy.host, port: proxy.port)
        case .http:
            let authorization = proxy.credentials.map { HTTPClient.Authorization.basic(credentials: Data($0.utf8).base64EncodedString()) }
            return .server(host: proxy.host, port: proxy.port, authorization: authorization)
        }
    }

    // MARK: - Responses

    /// The body, read within the cap and decompressed per `Content-Encoding`.
    private func body(of response: HTTPClientResponse, host: String) async throws(FetchError) -> [UInt8] {
        if let length = response.headers.first(name: "content-length").flatMap(Int.init), length > options.maxBytes {
            await Self.discard(response)
            throw .tooLarge(limit: options.maxBytes)
        }
        var bytes: [UInt8] = []
        do {
            for try await chunk in response.body {
                if bytes.count + chunk.readableBytes > options.maxBytes { throw FetchError.tooLarge(limit: options.maxBytes) }
                bytes.append(contentsOf: chunk.readableBytesView)
            }
        } catch {
            throw Self.fetchError(from: error, host: host)
        }
        let coding = response.headers.first(name: "content-encoding")?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        do throws(DecompressionError) {
            switch coding {
            case "", "identity", "none":
                return bytes
            case "gzip", "x-gzip":
                return try Decompression.gunzip(bytes, limit: options.maxBytes)
            case "deflate":
                return try Decompression.inflateDeflate(bytes, limit: options.maxBytes)
            default:
                // Asked only for gzip and deflate; a page in any other coding cannot be read.
                throw DecompressionError.corrupt("unsupported content encoding \(coding)")
            }
        } catch {
            throw FetchError(error)
        }
    }

    /// Reads and drops a body nobody needs, so that the connection can be reused; gives up on big ones.
    private static func discard(_ response: HTTPClientResponse) async {
        _ = try? await response.body.collect(upTo: 256 * 1024)
    }

    /// How long to wait before retrying: `Retry-After` (seconds or a date) or a doubling backoff;
    /// `nil` when the wait is longer than allowed or runs past the deadline.
    private func retryDelay(after headers: HTTPHeaders, retry: Int, deadline: NIODeadline) -> Double? {
        let delay = headers.first(name: "retry-after").flatMap(Self.retryAfterSeconds) ?? Double(1 << retry)
        guard delay <= options.maxRetryDelay else { return nil }
        let remaining = Double((deadline - .now()).nanoseconds) / 1_000_000_000
        return delay < remaining ? max(0, delay) : nil
    }

    /// Parses `Retry-After`: delta seconds or an HTTP date.
    static func retryAfterSeconds(_ value: String) -> Double? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(text) { return max(0, seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text).map { max(0, $0.timeIntervalSinceNow) }
    }

    // MARK: - Errors

    /// An absolute http(s) URL with a host, or `nil`.
    public static func webURL(_ text: String) -> URL? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host, !host.isEmpty else { return nil }
        return url
    }

    /// The system's words for a socket error ("Connection refused"), not NIO's debugging form.
    private static func reasonText(_ error: any Error) -> String {
        guard let error = error as? IOError else { return String(describing: error) }
        return String(cString: strerror(error.errnoCode)).lowercased()
    }

    /// Names a client or network error in ``FetchError`` terms.
    static func fetchError(from error: any Error, host: String) -> FetchError {
        if let error = error as? FetchError { return error }
        if let error = error as? HTTPClientError {
            switch error {
            case .connectTimeout, .tlsHandshakeTimeout, .httpProxyHandshakeTimeout, .socksHandshakeTimeout: return .timedOut(.connect)
            case .readTimeout: return .timedOut(.read)
            case .deadlineExceeded, .getConnectionFromPoolTimeout: return .timedOut(.total)
            case .remoteConnectionClosed: return .connectionFailed(host: host, reason: "the server closed the connection")
            default: return .transport(String(describing: error))
            }
        }
        if let error = error as? NIOConnectionError {
            if error.connectionErrors.isEmpty, error.dnsAError != nil || error.dnsAAAAError != nil { return .unknownHost(host) }
            let reason = error.connectionErrors.first.map { reasonText($0.error) } ?? "no address to connect to"
            return .connectionFailed(host: host, reason: reason)
        }
        if error is SocketAddressError { return .unknownHost(host) }
        if let error = error as? IOError { return .connectionFailed(host: host, reason: reasonText(error)) }
        if error is ChannelError { return .connectionFailed(host: host, reason: String(describing: error)) }
        return .transport(String(describing: error))
    }
}
