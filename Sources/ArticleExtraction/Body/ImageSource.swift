// Finding the real address of an image, including lazily loaded ones.
import Foundation
import HTMLParser

enum ImageSource {
    /// Attributes that carry the real address of lazily loaded images, read before the placeholder `src`.
    static let lazyAddressAttributes = ["data-src", "data-original", "data-lazy-src", "data-url"]
    private static let addressAttributes = lazyAddressAttributes + ["src"]

    /// The image of an `<img>` element, or `nil` for tracking pixels, inline data and empty sources.
    static func image(from node: HTMLNode, baseURL: URL?) -> ArticleImage? {
        if node.attribute("width") == "1" || node.attribute("height") == "1" { return nil }
        var address: String?
        for attribute in addressAttributes {
            if let value = node.attribute(attribute)?.trimming(.whitespacesAndNewlines),
               !value.isEmpty, !value.hasPrefix("data:") {
                address = value
                break
            }
        }
        guard let address else { return nil }
        let alt = node.attribute("alt").map(TextNormalizer.collapse).flatMap { $0.isEmpty ? nil : $0 }
        return ArticleImage(src: resolve(address, against: baseURL), alt: alt)
    }

    /// An address made absolute against the page's address, when there is one.
    static func resolve(_ address: String, against baseURL: URL?) -> String {
        guard let baseURL, let url = URL(string: address, relativeTo: baseURL) else { return address }
        return url.absoluteString
    }
}
