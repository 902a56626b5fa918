// Which proxy a URL goes through, read from the environment the way curl and wget read it.
import Foundation

/// Proxies from `HTTP_PROXY`, `HTTPS_PROXY` and `NO_PROXY` (upper or lower case; lower wins, as in curl).
public struct ProxySettings: Sendable, Equatable {
    /// A proxy server.
    public struct Proxy: Sendable, Hashable {
        public enum Kind: Sendable, Hashable { case http, socks }
        public let kind: Kind
        public let host: String
        public let port: Int
        /// `user:password` from the proxy URL, for basic authorization.
        public let credentials: String?
    }

    /// The proxy for `http://` addresses.
    public var http: Proxy?
    /// The proxy for `https://` addresses.
    public var https: Proxy?
    /// Host patterns that bypass the proxy: `*`, `example.com` (and its subdomains), `.example.com`, exact IPs.
    public var bypass: [String]

    /// Reads the settings from an environment (the process's by default).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        func value(_ name: String) -> String? {
            let raw = environment[name.lowercased()] ?? environment[name.uppercased()]
            return raw.flatMap { $0.isEmpty ? nil : $0 }
        }
        http = value("http_proxy").flatMap(Self.proxy(from:))
        https = value("https_proxy").flatMap(Self.proxy(from:))
        bypass = (value("no_proxy") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty }
    }

    /// The proxy to use for a URL, or `nil` to connect directly.
    public func proxy(for url: URL) -> Proxy? {
        guard let host = url.host?.lowercased() else { return nil }
        let chosen = url.scheme?.lowercased() == "https" ? https : http
        guard let chosen else { return nil }
        return bypasses(host) ? nil : chosen
    }

    private func bypasses(_ host: String) -> Bool {
        for pattern in bypass {
            if pattern == "*" { return true }
            // A port in the pattern narrows nothing here: hosts are matched by name.
            let name = pattern.split(separator: ":").first.map(String.init) ?? pattern
            let domain = name.hasPrefix(".") ? String(name.dropFirst()) : name
            if host == domain || host.hasSuffix("." + domain) { return true }
        }
        return false
    }

    /// Parses `http://user:pass@host:port`, `socks5://host:port` or a bare `host:port`.
    static func proxy(from value: String) -> Proxy? {
        let text = value.contains("://") ? value : "http://" + value
        guard let url = URL(string: text), let host = url.host, !host.isEmpty else { return nil }
        let scheme = url.scheme?.lowercased() ?? "http"
        let kind: Proxy.Kind = scheme.hasPrefix("socks") ? .socks : .http
        let port = url.port ?? (kind == .socks ? 1080 : 80)
        let credentials = url.user.map { user in user + ":" + (url.password ?? "") }
        return Proxy(kind: kind, host: host, port: port, credentials: credentials)
    }
}
