// Proxies from the environment, as curl reads them.
import Foundation
import PageLoading
import Testing

@Suite struct ProxySettingsTests {
    @Test func readsProxiesAndExceptions() throws {
        let settings = ProxySettings(environment: [
            "HTTP_PROXY": "http://user:secret@proxy.local:3128", "https_proxy": "proxy.local:8443", "NO_PROXY": "localhost, .internal.example,10.0.0.1",
        ])
        let plain = try #require(settings.proxy(for: URL(string: "http://news.example.com/a")!))
        #expect(plain.host == "proxy.local")
        #expect(plain.port == 3128)
        #expect(plain.credentials == "user:secret")
        #expect(settings.proxy(for: URL(string: "https://news.example.com/a")!)?.port == 8443)
        #expect(settings.proxy(for: URL(string: "http://localhost:8080/a")!) == nil)
        #expect(settings.proxy(for: URL(string: "http://wiki.internal.example/a")!) == nil)
        #expect(settings.proxy(for: URL(string: "http://10.0.0.1/a")!) == nil)
    }

    @Test func noProxyStarBypassesEverything() {
        let settings = ProxySettings(environment: ["http_proxy": "http://proxy.local:3128", "no_proxy": "*"])
        #expect(settings.proxy(for: URL(string: "http://example.com/")!) == nil)
    }

    @Test func noSettingsMeansDirect() {
        #expect(ProxySettings(environment: [:]).proxy(for: URL(string: "https://example.com/")!) == nil)
    }
}
