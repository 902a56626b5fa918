// Drops keyword stuffing from the body, with the label that introduced it.

/// The last cleaning stage: runs over the finished blocks, where the whole article's vocabulary
/// is known, and removes keyword lines that do not belong to it.
enum SpamFilter {
    /// The blocks without keyword stuffing, and what was removed.
    ///
    ///     <p><strong>Trending</strong></p><p>cheap replica watches - payday loans - …</p>   → both removed
    static func filter(_ blocks: [Block], vocabulary: ArticleVocabulary) -> (blocks: [Block], removals: [Removal]) {
        var kept: [Block] = []
        var removals: [Removal] = []
        for block in blocks {
            // Only single lines are judged: lists and line-broken paragraphs (addresses, specifications,
            // ingredient lists) are short phrases by nature, and keyword lines are one line.
            let line: String?
            switch block {
            case let .paragraph(text, _) where !ByteSearch.contains(0x0A, in: text): line = text
            default: line = nil
            }
            guard let line, KeywordStuffing.isStuffing(line, in: vocabulary) else {
                kept.append(block)
                continue
            }
            removals.append(Removal(rule: .keywordStuffing, text: line))
            // The heading or label right above the line goes with it when it is foreign too.
            if let label = kept.last.flatMap(labelText), KeywordStuffing.isForeignLabel(label, in: vocabulary) {
                kept.removeLast()
                removals.append(Removal(rule: .keywordStuffing, text: label))
            }
        }
        // A heading with nothing under it closes no section of the article.
        while case let .heading(_, text)? = kept.last {
            kept.removeLast()
            removals.append(Removal(rule: .orphanHeading, text: text))
        }
        return (kept, removals)
    }

    private static func labelText(_ block: Block) -> String? {
        switch block {
        case let .heading(_, text), let .paragraph(text, _): return text
        default: return nil
        }
    }
}
