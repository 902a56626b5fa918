// Chooses the element that holds the article by scoring text and link density.
import HTMLParser

/// Scores containers by the prose under them and picks the article's container and the siblings
/// that continue it (idea from Readability.js `_grabArticle`; the code and CJK handling are ours).
struct CandidateScorer {
    let statistics: TextStatistics
    let excluded: Set<HTMLNode>
    /// Whether class and id words move scores (one of the rules the fallback cascade relaxes).
    let weighsClasses: Bool

    /// Elements whose whole text is one paragraph's worth of prose.
    private static let paragraphTags: TagSet = ["p", "pre", "td", "blockquote"]
    /// Containers whose direct text (outside child blocks) counts as a paragraph of their own.
    private static let textContainerTags: TagSet = ["div", "section", "article", "main", "font", "center", "span", "li", "dd", "body", "form"]

    /// The article's content: the best container and the siblings that belong with it, in order.
    func content(under body: HTMLNode) -> [HTMLNode] {
        let (scores, order) = score(under: body)
        // The first of equal scores in document order wins, so output never depends on hashing.
        var best: (node: HTMLNode, score: Double)?
        for node in order {
            let value = final(node, scores)
            if best == nil || value > best!.score { best = (node, value) }
        }
        guard var top = best?.node, var topScore = best?.score else { return [body] }
        top = sharedAncestor(of: top, topScore: &topScore, order: order, scores: scores, body: body)
        top = climb(from: top, topScore: &topScore, scores: scores, body: body)
        return withSiblings(of: top, topScore: topScore, scores: scores, body: body)
    }

    private func final(_ node: HTMLNode, _ scores: NodeTable<Double>) -> Double {
        (scores[node] ?? 0) * (1 - statistics[node].linkDensity)
    }

    // MARK: - Scoring

    /// Every paragraph of prose gives its container points for length and commas, its
    /// grandparent half, and farther ancestors less.
    ///
    /// - Returns: the scores, and the scored containers in the order they were first scored.
    func score(under body: HTMLNode) -> (scores: NodeTable<Double>, order: [HTMLNode]) {
        var scores = NodeTable<Double>(minimumCapacity: 256)
        var order: [HTMLNode] = []
        body.walk { node in
            if !node.isElement || excluded.contains(node) { return .skipChildren }
            let measure: TextMeasure
            var startsAtSelf = false
            let isParagraph = node.isElement(in: CandidateScorer.paragraphTags)
            if isParagraph {
                measure = statistics[node].text
            } else if node.isElement(in: CandidateScorer.textContainerTags) {
                measure = directInlineText(of: node)
                startsAtSelf = true
            } else {
                measure = TextMeasure()
            }
            if measure.characters >= Thresholds.minimumParagraphCharacters {
                let points = 1.0 + Double(measure.commas)
                    + Double(min(measure.characters / Thresholds.charactersPerPoint, Thresholds.maximumLengthPoints))
                var level = 0
                var ancestor: HTMLNode? = startsAtSelf ? node : node.parent
                while let target = ancestor, level < Thresholds.scoredAncestorLevels {
                    let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                    if let score = scores[target] {
                        scores.updateValue(score + points / divider, for: target)
                    } else {
                        scores.updateValue(initialScore(of: target) + points / divider, for: target)
                        order.append(target)
                    }
                    if target == body { break }
                    ancestor = target.parent
                    level += 1
                }
            }
            // Text inside a paragraph was counted with it.
            return isParagraph ? .skipChildren : .descend
        }
        return (scores, order)
    }

    /// The text directly in an element: its own text nodes and inline children, not child blocks.
    private func directInlineText(of node: HTMLNode) -> TextMeasure {
        var measure = TextMeasure()
        var child = node.firstChild
        while let current = child {
            if current.isText {
                measure += current.withTextBytes { TextMeasure(bytes: $0) } ?? TextMeasure()
            } else if current.isElement, !excluded.contains(current), HTMLVocabulary.isInline(current) {
                measure += statistics[current].text
            }
            child = current.nextSibling
        }
        return measure
    }

    /// A container's starting score from its tag and class (Readability `_initializeNode`).
    private func initialScore(of node: HTMLNode) -> Double {
        var score = 0.0
        switch node.name {
        case "div", "article", "section", "main": score += 5
        case "pre", "td", "blockquote": score += 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score -= 3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score -= 5
        default: break
        }
        if weighsClasses { score += Double(BoilerplatePatterns.classWeight(of: node)) }
        return score
    }

    // MARK: - Choosing

    /// The nearest ancestor of the top candidate that also holds several candidates scoring close to
    /// it: an article whose paragraphs each sit in their own wrapper (`<div class="paragraph-text">`
    /// per paragraph) gives every wrapper a score and their common container almost none
    /// (idea from Readability.js's alternative candidate ancestors).
    private func sharedAncestor(of top: HTMLNode, topScore: inout Double, order: [HTMLNode], scores: NodeTable<Double>,
                                body: HTMLNode) -> HTMLNode {
        // Wrappers of the top one's kind (tag and class), each a paragraph's worth of prose: teasers,
        // reviews, an author's box or an app's promotion score close to a short article too, but
        // sit in wrappers of their own, and teasers are mostly links.
        let kind = (name: top.name, classes: top.attribute("class"))
        let ranked = order.filter {
            $0 != top && $0.name == kind.name && $0.attribute("class") == kind.classes
                && final($0, scores) >= topScore * Thresholds.nearTopScoreShare
                && statistics[$0].linkDensity < Thresholds.maximumSiblingLinkDensity
                && statistics[$0].text.characters >= Thresholds.proseParagraphCharacters
        }.sorted { final($0, scores) > final($1, scores) }
        // Each paragraph once: of a wrapper and the block inside it, the better scored.
        var nearTop: [HTMLNode] = []
        for candidate in ranked {
            if ([top] + nearTop).contains(where: { $0.contains(candidate) || candidate.contains($0) }) { continue }
            nearTop.append(candidate)
        }
        guard nearTop.count >= Thresholds.nearTopCandidatesSharing else { return top }
        var ancestor = top.parent
        while let current = ancestor, current != body {
            let held = nearTop.filter { current.contains($0) }
            if held.count >= Thresholds.nearTopCandidatesSharing {
                // The ancestor is those candidates and little else: not a page wrapper that also holds
                // the menus, the teasers and the footer, nor a list of items (a feed's summaries).
                let candidates = held.reduce(statistics[top].text.characters) { $0 + statistics[$1].text.characters }
                guard !current.isElement(named: "ul"), !current.isElement(named: "ol"),
                      statistics[current].linkDensity < Thresholds.maximumSiblingLinkDensity,
                      Double(candidates) >= Double(statistics[current].text.characters) * Thresholds.nearTopContainerShare else { return top }
                topScore = max(topScore, final(current, scores))
                return current
            }
            ancestor = current.parent
        }
        return top
    }

    /// Moves up from the top candidate while the parent holds more of the article: when the
    /// candidate is an only child, or when the parent scores higher than the path below it.
    private func climb(from top: HTMLNode, topScore: inout Double, scores: NodeTable<Double>, body: HTMLNode) -> HTMLNode {
        var candidate = top
        // Several paragraphs' containers sharing an ancestor mean the article spans them.
        let threshold = topScore / 3
        var lastScore = topScore
        var parent = candidate.parent
        while let current = parent, current != body {
            guard let parentScore = scores[current].map({ $0 * (1 - statistics[current].linkDensity) }) else {
                parent = current.parent
                continue
            }
            if parentScore < threshold { break }
            if parentScore > lastScore {
                candidate = current
                topScore = parentScore
                break
            }
            lastScore = parentScore
            parent = current.parent
        }
        while let parent = candidate.parent, parent != body, parent.childElements.filter({ !excluded.contains($0) }).count == 1 {
            candidate = parent
        }
        return candidate
    }

    /// The candidate and those siblings that score close to it or read as prose paragraphs.
    private func withSiblings(of top: HTMLNode, topScore: Double, scores: NodeTable<Double>, body: HTMLNode) -> [HTMLNode] {
        guard let parent = top.parent, top != body else { return [top] }
        let threshold = max(Thresholds.minimumSiblingScore, topScore * Thresholds.siblingScoreShare)
        let topClass = top.attribute("class") ?? ""
        var result: [HTMLNode] = []
        for sibling in parent.childElements where !excluded.contains(sibling) {
            if sibling == top { result.append(sibling); continue }
            // An author box or share bar beside the article scores like prose, but names itself.
            if weighsClasses, BoilerplatePatterns.namesInArticleBoilerplate(sibling) { continue }
            var bonus = 0.0
            if !topClass.isEmpty, sibling.attribute("class") == topClass { bonus += topScore * 0.2 }
            if let score = scores[sibling], final(sibling, scores) + bonus >= threshold, score > 0,
               statistics[sibling].linkDensity < Thresholds.maximumSiblingLinkDensity {
                result.append(sibling)
                continue
            }
            // A part of the article set in the same wrapper, its paragraphs nested too deep to score
            // it: `<div class="acf-content">` twice, a video between them.
            if bonus > 0, scores[sibling] == nil, statistics[sibling].isProse {
                result.append(sibling)
                continue
            }
            guard sibling.isElement(named: "p") else { continue }
            let stats = statistics[sibling]
            let length = stats.text.characters
            if length > 80 && stats.linkDensity < 0.25 {
                result.append(sibling)
            } else if length > 0, length <= 80, stats.linkDensity == 0, endsSentence(sibling.textContent) {
                result.append(sibling)
            }
        }
        return result
    }

    private func endsSentence(_ text: String) -> Bool {
        let trimmed = TextNormalizer.collapse(text)
        guard let last = trimmed.unicodeScalars.last else { return false }
        return ".!?。！？\"”」".unicodeScalars.contains(last)
    }
}
