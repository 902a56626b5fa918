// Limits and manners for fetching one page.

/// How ``PageFetcher`` fetches: timeouts, caps, redirects, retries and how it names itself.
public struct FetchOptions: Sendable, Equatable {
    /// The version in the default User-Agent; the CLI's `--version` prints the same.
    public static let scrapeVersion = "0.2.0"

    /// The default User-Agent: names the tool and its version so that site owners can tell who calls.
    public static let defaultUserAgent = "scrape/\(scrapeVersion) (+https://github.com/scrape/scrape)"

    /// The whole fetch, redirects and retries included, in seconds.
    public var timeout: Double
    /// The most bytes accepted for one response, after decompression as well as before.
    public var maxBytes: Int
    /// The User-Agent header.
    public var userAgent: String
    /// How many redirects are followed before giving up.
    public var maxRedirects: Int
    /// How many times a 429 or 503 answer is retried.
    public var maxRetries: Int
    /// The longest wait between retries; a `Retry-After` longer than this ends the fetch.
    public var maxRetryDelay: Double
    /// Proxies, by default from the environment.
    public var proxies: ProxySettings

    /// Creates fetch options.
    public init(timeout: Double = 30, maxBytes: Int = 32 * 1024 * 1024, userAgent: String = FetchOptions.defaultUserAgent,
                maxRedirects: Int = 10, maxRetries: Int = 2, maxRetryDelay: Double = 10,
                proxies: ProxySettings = ProxySettings()) {
        self.timeout = timeout
        self.maxBytes = maxBytes
        self.userAgent = userAgent
        self.maxRedirects = maxRedirects
        self.maxRetries = maxRetries
        self.maxRetryDelay = maxRetryDelay
        self.proxies = proxies
    }

    /// The connect timeout: a server that does not accept within this is down, whatever the total budget.
    var connectTimeout: Double { min(timeout, 10) }
}
