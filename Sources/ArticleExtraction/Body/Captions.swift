// Pairs images with the caption lines next to them and reads the photographer's credit.
import Foundation


/// Caption detection for `figcaption` and for the caption lines news sites put under a photo,
/// such as `“小哥驛站”內,“小哥”們正在閱讀書籍 。 左雨晴 攝` or `Crowds gather (Photo: Jane Doe/Reuters)`.
enum Captions {
    /// Turns drafts into blocks, moving a caption line that follows an image into that image.
    ///
    ///     <p><img src="a.jpg"></p><p>小哥們正在閱讀 。 左雨晴 攝</p>
    ///     → image(a.jpg, caption: "小哥們正在閱讀 。 左雨晴 攝", credit: "左雨晴")
    static func attach(_ drafts: [DraftBlock]) -> [Block] {
        var blocks: [Block] = []
        var index = 0
        while index < drafts.count {
            guard case var .image(image) = drafts[index].block else {
                // A picture's credit line whose picture did not come along (a lazy-loaded or
                // scripted image) credits nothing the reader sees.
                if case let .paragraph(text, _) = drafts[index].block, isOrphanCredit(text) {
                    index += 1
                    continue
                }
                blocks.append(drafts[index].block)
                index += 1
                continue
            }
            if image.caption == nil, index + 1 < drafts.count, case let .paragraph(text, _) = drafts[index + 1].block,
               isCaption(text, of: image, marked: drafts[index + 1].isMarkedCaption) {
                image.caption = text
                index += 1
            }
            if let caption = image.caption, image.credit == nil { image.credit = credit(in: caption) }
            blocks.append(.image(image))
            index += 1
        }
        return blocks
    }

    /// Whether the line after a picture is its caption: a short line marked as one or reading as one,
    /// or a marked line of any length that repeats the picture's description. Unmarked, such a
    /// repeat may be the lead that a site also wrote into the lead picture's description.
    private static func isCaption(_ text: String, of image: ArticleImage, marked: Bool) -> Bool {
        // The description may lack the credit the caption ends with (`… entwickelte.\nFoto © Peter Steiger`).
        if marked, let alt = image.alt, text.hasPrefix(alt) { return true }
        return TextMeasure.holds(text, atMost: Thresholds.maximumCaptionCharacters) && (marked || looksLikeCaption(text))
    }

    /// Endings of Chinese captions: `攝`/`摄` (photographed by), `圖`/`图` (picture), `供圖` (picture supplied).
    private static let captionEndings = ["攝", "摄", "攝影", "摄影", "圖", "图", "供圖", "供图"]
    /// Openings of captions in several languages.
    private static let captionOpenings = ["圖為", "图为", "圖：", "图：", "圖/", "图/", "photo:", "photo by", "image:", "foto:", "credit:", "фото:",
                                          "(photo", "picture:", "pictured:", "above:", "abbildung:", "photograph by", "beitragsbild:", "titelbild:", "image illustrative"]
    /// Credit phrases anywhere in a caption.
    private static let creditWords: SignatureWords = ["photo:", "photograph:", "(photo by", "credit:", "getty images", "/afp", "ap photo", "/reuters",
                                        "foto:", "bild:", "image:", "©", "(reuters/", "(afp/", "(efe/", "(dpa/", "(epa/", "(ap/",
                                        "shutterstock", "istockphoto", "/ istock", "unsplash", "pixabay", "fotolia", "adobe stock", "picture alliance"]

    /// A short line that credits a picture: it opens as a caption does or names a photographer or
    /// an agency (`Photograph by …`, `Beitragsbild: …`, `… (REUTERS/Denis Balibouse)`, `© Noah Addis`).
    static func isOrphanCredit(_ text: String) -> Bool {
        TextMeasure.fits(text, within: Thresholds.maximumCreditLineCharacters) && readsAsCredit(text)
    }

    /// Whether a short line reads as a caption rather than a paragraph.
    static func looksLikeCaption(_ text: String) -> Bool {
        let core = trimmingClosers(text)
        if captionEndings.contains(where: { core.hasSuffix($0) }) { return true }
        return readsAsCredit(text)
    }

    /// Whether a line opens as a caption does or names a photographer or an agency.
    private static func readsAsCredit(_ text: String) -> Bool {
        opensAsCaption(text) || creditWords.occur(ignoringCaseIn: text)
    }

    /// Whether a line opens as a caption does: `Photo: …`, `Abbildung: …`, `圖為…`.
    static func opensAsCaption(_ text: String) -> Bool {
        // Long enough for the longest opening ("image illustrative").
        let lower = text.prefix(24).lowercasedQuickly()
        // Most lines open with a letter no opening or label does, and are passed over on it.
        guard let first = lower.unicodeScalars.first, openingScalars.contains(first) else { return false }
        if captionOpenings.contains(where: { lower.hasPrefix($0) }) { return true }
        // The zoom button's label printed before a caption (`Vergrößern Eine kleine runde Aussparung …`),
        // not an instruction (`Vergrößern Sie das Bild …`).
        return zoomLabels.contains { label in
            lower.hasPrefix(label + " ") && !["sie ", "du ", "ihr "].contains { lower.dropFirst(label.count + 1).hasPrefix($0) }
        }
    }

    /// Labels of the button that enlarges a picture, lowercased.
    private static let zoomLabels = ["vergrößern", "bild vergrößern", "enlarge", "agrandir", "ampliar"]

    /// The first scalars of the openings and the labels: none has another canonical form, so a
    /// line whose first scalar is not among them opens with none of them.
    private static let openingScalars = Set((captionOpenings + zoomLabels).compactMap(\.unicodeScalars.first))

    /// The photographer or owner named in a caption, or `nil`.
    ///
    ///     "… 正在閱讀書籍 。 左雨晴 攝"           → "左雨晴"
    ///     "Crowds gather. Photo: Jane Doe"      → "Jane Doe"
    ///     "Crowds gather (Photo by Jane Doe)"   → "Jane Doe"
    static func credit(in caption: String) -> String? {
        let core = trimmingClosers(caption)
        for ending in ["攝影", "摄影", "攝", "摄"] where core.hasSuffix(ending) {
            let before = core.dropLast(ending.count)
            let trimmed = before.reversed().drop { $0 == " " || $0 == "\u{3000}" }
            let name = trimmed.prefix { !" \u{3000}。，,.:：(（【".contains($0) }
            let credit = String(name.reversed())
            return credit.isEmpty || credit.count > 20 ? nil : credit
        }
        // `圖/中央社`, `图/记者 张三`: the picture's source follows the slash.
        for label in ["圖/", "图/", "圖／", "图／"] {
            guard let range = ByteSearch.range(of: label, in: caption) else { continue }
            var rest = caption[range.upperBound...].drop { $0 == " " }
            // `图/记者 张三`: the reporter's title is no part of the name.
            for title in ["記者", "记者"] where rest.hasPrefix(title) { rest = rest.dropFirst(title.count).drop { $0 == " " } }
            let credit = String(rest.prefix { !" \u{3000}。，,)）】]".contains($0) })
            return credit.isEmpty || credit.count > 20 ? nil : credit
        }
        let lower = caption.lowercasedQuickly()
        for label in ["(photo by ", "photo by ", "photograph: ", "photo: ", "credit: ", "(foto: ", "foto: ", "bild: ", "фото: ", "© ", "©"] {
            guard let range = ByteSearch.range(of: label, in: lower) else { continue }
            let offset = lower.distance(from: lower.startIndex, to: range.upperBound)
            let rest = caption.dropFirst(offset).prefix { $0 != ")" && $0 != "）" && $0 != "]" }
            let credit = rest.trimming(.whitespaces)
            return credit.isEmpty || credit.count > 80 ? nil : credit
        }
        return nil
    }

    private static func trimmingClosers(_ text: String) -> String {
        var core = Substring(text)
        while let last = core.last, " \u{3000}。.)）】]".contains(last) { core = core.dropLast() }
        return String(core)
    }
}
