// The page's JSON-LD: every block read, the article object chosen among them, references followed.
import Foundation

/// What a page's `<script type="application/ld+json">` blocks state about the article.
///
/// Pages split their JSON-LD across several blocks and point from one object to another by `@id`
/// (`"author": {"@id": "#/schema/person/1"}`, the Yoast and `@graph` style), so every block is
/// read before the article object is chosen, and values that are references are looked up.
struct LinkedData {
    /// The most article-like object of all blocks: an article type beats a `WebPage`.
    private(set) var article: [String: Any]?
    /// Every object that has an `@id`, for following references.
    private var objectsByID: [String: [String: Any]] = [:]
    private var fallback: [String: Any]?
    private var fallbackIsWork = false

    /// Objects read per page at most: real pages have tens.
    private static let maximumObjects = 2000

    /// The schema.org types that describe an article.
    private static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "scholarlyarticle", "techarticle", "report", "liveblogposting",
        "posting", "socialmediaposting", "medicalwebpage", "discussionforumposting", "pressrelease",
    ]
    /// Works that are a page's main text without being articles (a how-to, a recipe): they carry
    /// the same fields and come before the page itself when no article type is found.
    private static let workTypes: Set<String> = ["howto", "recipe"]
    /// Types that describe the page rather than the article: used only when no article type is found.
    private static let pageTypes: Set<String> = ["webpage", "creativework", "itempage", "collectionpage"]

    init() {}

    /// Reads one JSON-LD block; blocks that are not valid JSON are skipped.
    mutating func read(_ text: String) {
        guard let data = text.data(using: .utf8),
              let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return }
        var pending: [Any] = [json]
        var visited = objectsByID.count
        while let next = pending.popLast(), visited < LinkedData.maximumObjects {
            if let array = next as? [Any] {
                pending.append(contentsOf: array.reversed())
                continue
            }
            guard let object = next as? [String: Any] else { continue }
            visited += 1
            if let graph = object["@graph"] { pending.append(graph) }
            // Authors and publishers nested inside the article carry their own ids too.
            for key in ["author", "creator", "publisher", "editor", "mainEntity"] where object[key] != nil { pending.append(object[key]!) }
            if let id = object["@id"] as? String, object.count > 1, objectsByID[id] == nil { objectsByID[id] = object }
            let types = LinkedData.typeNames(of: object)
            if article == nil, types.contains(where: LinkedData.articleTypes.contains) {
                article = object
            } else if !fallbackIsWork, types.contains(where: LinkedData.workTypes.contains) {
                fallback = object
                fallbackIsWork = true
            } else if fallback == nil, types.contains(where: LinkedData.pageTypes.contains) {
                fallback = object
            }
        }
    }

    /// The article object, or else a how-to or recipe, or else the page object.
    var subject: [String: Any]? { article ?? fallback }

    /// A field of the article as text: a string, the `name` of an object, or names of a list joined by commas.
    func text(_ key: String) -> String? {
        let names = self.names(subject?[key])
        return names.isEmpty ? nil : names.joined(separator: ", ")
    }

    /// The names a field lists, references followed: `"author": [{"@id": "#p1"}, "Jane Doe"]`.
    func names(_ key: String) -> [String] {
        names(subject?[key])
    }

    /// The publisher's name, the publisher itself a reference or an object.
    var publisherName: String? {
        names(subject?["publisher"]).first
    }

    /// The full name of a person the JSON-LD names by first name only, from the opening of their
    /// description: `"name": "Nils", "description": "Nils Pickert ist freier Autor …"` → `Nils Pickert`.
    func fullName(of firstName: String) -> String? {
        guard !firstName.contains(" ") else { return nil }
        for object in objectsByID.values + [subject?["author"] as? [String: Any]].compactMap({ $0 }) {
            guard object["name"] as? String == firstName, let description = object["description"] as? String,
                  description.hasPrefix(firstName + " ") else { continue }
            let words = description.split(separator: " ").prefix(3)
            let name = words.prefix { $0.first?.isUppercase == true && $0.dropFirst().allSatisfy(\.isLetter) }
            if name.count >= 2 { return name.joined(separator: " ") }
        }
        return nil
    }

    /// The publisher's name when the publisher is a person, as on a personal site (Yoast marks the
    /// owner `"@type": ["Person", "Organization"]`): that person writes the site.
    var personPublisherName: String? {
        var publisher = subject?["publisher"]
        if let list = publisher as? [Any] { publisher = list.first }
        guard var object = publisher as? [String: Any] else { return nil }
        if let id = object["@id"] as? String, let target = objectsByID[id] { object = target }
        guard LinkedData.typeNames(of: object).contains("person") else { return nil }
        return names(object).first
    }

    private func names(_ value: Any?) -> [String] {
        var result: [String] = []
        var pending: [Any] = value.map { [$0] } ?? []
        var steps = 0
        while !pending.isEmpty, steps < 100 {
            steps += 1
            switch pending.removeFirst() {
            case let text as String:
                let collapsed = TextNormalizer.collapse(DoubleEscapedEntities.decode(text))
                if !collapsed.isEmpty, !result.contains(collapsed) { result.append(collapsed) }
            case let list as [Any]:
                pending.insert(contentsOf: list, at: 0)
            case let object as [String: Any]:
                if let name = object["name"] {
                    pending.insert(name, at: 0)
                } else if let id = object["@id"] as? String, let target = objectsByID[id], target["name"] != nil {
                    pending.insert(target["name"]!, at: 0)
                }
            default:
                break
            }
        }
        return result
    }

    private static func typeNames(of object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type.lowercasedQuickly()] }
        if let types = object["@type"] as? [String] { return types.map { $0.lowercasedQuickly() } }
        return []
    }
}
