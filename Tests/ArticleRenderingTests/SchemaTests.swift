// The shipped JSON Schema and the renderer say the same thing.
import ArticleExtraction
import ArticleRendering
import Foundation
import Testing

@Suite struct SchemaTests {
    static let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Schema/article.schema.json")

    private func schema() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: SchemaTests.schemaURL)) as? [String: Any])
    }

    @Test func requiresExactlyTheKeysTheRendererWrites() throws {
        let required = try #require(try schema()["required"] as? [String])
        let output = JSONRenderer(compact: true).render(Article(), input: "x")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(Set(required) == Set(object.keys))
    }

    @Test func describesEveryBlockKindTheRendererWrites() throws {
        let definitions = try #require(try schema()["$defs"] as? [String: Any])
        let block = try #require(definitions["block"] as? [String: Any])
        let variants = try #require(block["oneOf"] as? [[String: Any]])
        let described = Set(variants.compactMap { variant -> String? in
            let properties = (variant["properties"] as? [String: Any]) ?? ((variant["allOf"] as? [[String: Any]])?.first?["properties"] as? [String: Any])
            return (properties?["type"] as? [String: Any])?["const"] as? String
        })
        let blocks: [Block] = [.paragraph("p"), .heading(level: 1, text: "h"), .list(ordered: true, items: []), .quote("q"),
                               .table(rows: [], hasHeader: false), .code("c"), .image(ArticleImage(src: "s"))]
        let output = JSONRenderer(compact: true).render(Article(body: blocks), input: "x")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let written = Set(try #require(object["body"] as? [[String: Any]]).compactMap { $0["type"] as? String })
        #expect(written == described)
    }

    @Test func namesEveryRemovalRule() throws {
        let definitions = try #require(try schema()["$defs"] as? [String: Any])
        let removal = try #require(definitions["removal"] as? [String: Any])
        let properties = try #require(removal["properties"] as? [String: Any])
        let rules = try #require((properties["rule"] as? [String: Any])?["enum"] as? [String])
        #expect(Set(rules) == Set(RemovalRule.allCases.map(\.rawValue)))
    }
}
