// Pages that run the next stories under the article, each in a wrapper like the article's own.
import HTMLParser

/// On a page that loads one story after another as the reader scrolls, the story the page is
/// named for, not the longest:
///
///     <section>
///       <div class="scrollblock"><article><h1>Darán bendición a vehículos</h1>…</article></div>  ← the page's title
///       <div class="scrollblock"><article><h1>Bebé muere electrocutado</h1>…</article></div>
///       <div class="scrollblock"><article><h1>“A los grupos políticos …”</h1> … longer …</article></div>
///     </section>
enum ScrolledArticles {
    /// The wrapper of the story whose headline the page's title repeats, when the chosen content
    /// sits in another of several wrappers of the same kind; else `nil`.
    ///
    /// - Parameters:
    ///   - content: the content chosen by score, one block or siblings merged.
    ///   - titleKeys: the page's headline as its title and sharing title state it (``TitleCleaner/key(_:)``).
    static func namedStory(instead content: [HTMLNode], titleKeys: [String]) -> [HTMLNode]? {
        let keys = titleKeys.filter { $0.count >= Thresholds.minimumTitleHeadlineCharacters }
        guard !keys.isEmpty, let chosen = content.first else { return nil }
        // The wrapper repeated beside its siblings, a few levels above the content at most.
        var wrapper: HTMLNode? = chosen
        for _ in 0..<Thresholds.scrolledStoryLevels {
            guard let node = wrapper, let parent = node.parent, parent.isElement else { return nil }
            let kind = node.attribute("class")
            let stories = parent.childElements.filter { $0.name == node.name && $0.attribute("class") == kind }
            // Stories, not the rows of a grid: each an `<article>` or holding one.
            if stories.count > 1, isStory(node), content.allSatisfy(node.contains) {
                // The first story the title names; the chosen one, if named, stays.
                guard let named = stories.first(where: { names($0, keys) }), named != node, !names(node, keys), isStory(named),
                      TextMeasure(named.textContent).characters >= Thresholds.satisfyingArticleCharacters else { return nil }
                return [named]
            }
            wrapper = parent
        }
        return nil
    }

    private static func isStory(_ node: HTMLNode) -> Bool {
        node.isElement(named: "article") || node.descendants.contains { $0.isElement(named: "article") }
    }

    /// Whether the story's headline is the page's title.
    private static func names(_ story: HTMLNode, _ keys: [String]) -> Bool {
        let headline = story.descendants.first { $0.isElement(named: "h1") } ?? story.descendants.first { $0.isElement(named: "h2") }
        guard let headline else { return false }
        return keys.contains(TitleCleaner.key(VisibleMetadata.headlineText(of: headline)))
    }
}
