// Reads the date, source and author out of the short lines printed near a headline.
import Foundation


/// What a visible info line such as `2023-04-21 17:14:36 來源:中國新聞網` or
/// `By Jane Doe | April 21, 2023` states.
struct InfoLine: Equatable {
    var date: ArticleDate?
    var source: String?
    var author: String?
    var editor: String?

    var isEmpty: Bool { date == nil && source == nil && author == nil && editor == nil }

    /// Labels that introduce the publisher or wire service.
    static let sourceLabels = ["消息來源", "來源", "来源", "稿源", "出處", "出处", "Source", "SOURCE", "Quelle", "Fuente", "Fonte", "Источник"]
    /// Labels that introduce the author.
    static let authorLabels = ["作者", "記者", "记者", "撰文", "撰稿", "文／", "文/", "Posted by", "Written by", "Geschrieben von",
                                "By", "BY", "by", "Von", "von", "Por", "Par", "Autoren", "Autorin", "Autor", "Redaktion:", "Автор", "بقلم"]

    /// Labels that introduce the editor, who is not the writer.
    static let editorLabels = ["責任編輯", "责任编辑", "責編", "责编", "編輯", "编辑", "Edited by", "edited by", "Editor:", "編集"]

    /// Reads one line of text; relative dates ("3 hours ago") only when the reference time `now` is known.
    init(_ text: String, now: Date? = nil) {
        date = DateParser.firstDate(in: text) ?? now.flatMap { RelativeDate.date(in: text, now: $0) }
        source = InfoLine.value(after: InfoLine.sourceLabels, in: text)
        editor = InfoLine.value(after: InfoLine.editorLabels, in: text)
        // "编辑" ends "责任编辑", and an editor's line names no writer.
        author = editor == nil ? InfoLine.value(after: InfoLine.authorLabels, in: text) ?? InfoLine.koreanReporter(in: text) : nil
        if author == nil, editor == nil, date != nil { author = InfoLine.nameBesideDate(in: text) }
    }

    /// The name of a line made of a date and a name alone, without a label: `11.12.2019 - Amelie Loevenich`.
    static func nameBesideDate(in text: String) -> String? {
        guard text.utf8.count <= 160 else { return nil }
        for separator in [" - ", " – ", " — ", " | ", " · "] {
            let parts = ByteSearch.pieces(of: text, separatedBy: separator).map { $0.trimming(.whitespaces) }
            guard parts.count == 2 else { continue }
            for (index, name) in parts.enumerated() {
                let other = parts[1 - index]
                guard other.count <= 30, DateParser.firstDate(in: other) != nil else { continue }
                let words = name.split(separator: " ")
                if (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
                   !name.contains(where: \.isNumber), AuthorNames.isName(name) { return name }
            }
        }
        return nil
    }

    /// The reporter of a Korean byline, where the title follows the name: `홍길동 기자` → `홍길동`.
    static func koreanReporter(in text: String) -> String? {
        guard ByteSearch.contains(text, "기자") else { return nil }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
        guard let index = words.firstIndex(where: { $0 == "기자" || $0.hasPrefix("기자") && $0.count <= 3 }), index > 0 else { return nil }
        let name = words[index - 1]
        guard (2...4).contains(name.count), name.unicodeScalars.allSatisfy({ (0xAC00...0xD7AF).contains($0.value) }) else { return nil }
        return String(name)
    }

    init(date: ArticleDate? = nil, source: String? = nil, author: String? = nil) {
        self.date = date
        self.source = source
        self.author = author
    }

    /// The value after the first label found: `來源:中國新聞網` → `中國新聞網`, `By Jane Doe | …` → `Jane Doe`.
    ///
    /// A Latin label needs a word boundary before it and a space or colon after it; a Han value
    /// ends at whitespace, a Latin one at a separator, a number after a space (a date) or the end
    /// of the line.
    static func value(after labels: [String], in text: String) -> String? {
        // Most lines carry no label at all: a byte search rules them out before any scalar is read.
        let present = labels.filter { ByteSearch.contains(text, $0) }
        guard !present.isEmpty else { return nil }
        let scalars = Array(text.unicodeScalars)
        for label in present {
            let labelScalars = Array(label.unicodeScalars)
            var index = 0
            while index + labelScalars.count <= scalars.count {
                defer { index += 1 }
                guard scalars[index..<index + labelScalars.count].elementsEqual(labelScalars) else { continue }
                let isLatin = labelScalars[0].isASCII || labelScalars[0].properties.isAlphabetic && labelScalars[0].value < 0x2E80
                // A Latin label starts the line or a segment of it, so "killed by police" is no byline.
                if isLatin {
                    var before = index - 1
                    while before >= 0, scalars[before] == " " || scalars[before] == "\u{A0}" { before -= 1 }
                    if before >= 0, !"|｜·•—–-/,(\n".unicodeScalars.contains(scalars[before]) { continue }
                }
                var cursor = index + labelScalars.count
                var sawColon = false
                while cursor < scalars.count, " \u{3000}\u{A0}:：".unicodeScalars.contains(scalars[cursor]) {
                    if scalars[cursor] == ":" || scalars[cursor] == "：" { sawColon = true }
                    cursor += 1
                }
                if isLatin && !sawColon && cursor == index + labelScalars.count { continue }
                if !isLatin && !sawColon && !label.hasSuffix("/") && !label.hasSuffix("／") && cursor == index + labelScalars.count
                    && label != "記者" && label != "记者" { continue }
                guard cursor < scalars.count else { continue }
                let startsHan = scalars[cursor].value >= 0x2E80
                var end = cursor
                while end < scalars.count {
                    let scalar = scalars[end]
                    if startsHan {
                        if " \u{3000}\u{A0}|｜/／,，、()（）[]【】<>".unicodeScalars.contains(scalar) { break }
                    } else if "|｜·•\n,;()（）".unicodeScalars.contains(scalar) {
                        break
                    } else if scalar.value >= 0x30 && scalar.value <= 0x39, end == cursor || scalars[end - 1] == " " {
                        // A number after a space starts a date; inside a word it is a user name's (`Marianne1`).
                        break
                    }
                    end += 1
                }
                var value = TextNormalizer.collapse(String(String.UnicodeScalarView(scalars[cursor..<end])))
                for trailing in [" and", " on", " am", " le", " el", " em", " updated", " published", " -", " –"]
                    where value.lowercasedQuickly().hasSuffix(trailing) {
                    value = String(value.dropLast(trailing.count)).trimming(.whitespaces)
                }
                if !value.isEmpty, value.count <= 60, value.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
                    return value
                }
            }
        }
        return nil
    }

    /// The wire service in an English-style dateline that opens the first paragraph:
    /// `LONDON (Reuters) - …` → `Reuters`, `BERLIN, 21. April (dpa) – …` → `dpa`.
    static func datelineSource(in paragraph: String) -> String? {
        let opening = paragraph.prefix(80)
        guard let open = opening.firstIndex(of: "("), let close = opening[open...].firstIndex(of: ")") else { return nil }
        let place = opening[..<open]
        // The place is written in capitals ("LONDON", "NEW YORK"), or the agency follows a date.
        guard let firstLetter = place.first(where: \.isLetter), firstLetter.isUppercase,
              place.filter(\.isLetter).allSatisfy({ $0.isUppercase }) || place.contains(where: \.isNumber) else { return nil }
        let after = opening[opening.index(after: close)...].drop { $0 == " " }
        guard let dash = after.first, "-–—:".contains(dash) else { return nil }
        let agency = TextNormalizer.collapse(String(opening[opening.index(after: open)..<close]))
        let words = agency.split(separator: " ")
        guard !words.isEmpty, words.count <= 3, agency.count <= 30, agency.first?.isLetter == true else { return nil }
        return agency
    }

    /// The date that opens a press release's first paragraph before a dash: `29.11.2022 – Mehrfach …`,
    /// `BERLIN, 21. April 2023 – …`.
    static func datelineDate(in paragraph: String) -> ArticleDate? {
        // Or a numeric date alone before the first word: `01.02.2022 „Der Arbeitsmarkt ist …`.
        if let firstWord = paragraph.prefix(12).split(separator: " ", maxSplits: 1).first, firstWord.count >= 8,
           firstWord.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "/" }),
           let date = DateParser.firstDate(in: String(firstWord)), date.isValid {
            return date
        }
        let opening = paragraph.prefix(60)
        guard let dash = [" – ", " - ", " — "].lazy.compactMap({ opening.range(of: $0) }).first else { return nil }
        let head = String(opening[..<dash.lowerBound])
        guard TextMeasure.holds(head, atMost: 40), let date = DateParser.firstDate(in: head), date.isValid else { return nil }
        return date
    }

    /// The reporter named in a Chinese wire dateline at the start of the first paragraph:
    /// `中新網重慶4月21日電(左雨晴)` → `左雨晴`, `新华社北京4月21日电（记者 张三 李四）` → `张三、李四`.
    static func datelineAuthor(in paragraph: String) -> String? {
        let scalars = Array(paragraph.unicodeScalars.prefix(80))
        var index = 0
        while index + 1 < scalars.count {
            if scalars[index] == "電" || scalars[index] == "电", scalars[index + 1] == "(" || scalars[index + 1] == "（" {
                var end = index + 2
                while end < scalars.count, scalars[end] != ")", scalars[end] != "）" { end += 1 }
                guard end < scalars.count else { return nil }
                var inside = String(String.UnicodeScalarView(scalars[(index + 2)..<end]))
                for prefix in ["記者", "记者", "通訊員", "通讯员"] where inside.hasPrefix(prefix) { inside.removeFirst(prefix.count) }
                let names = inside.split(whereSeparator: { " \u{3000}、,，".contains($0) }).map(String.init)
                guard !names.isEmpty, names.allSatisfy({ name in
                    (2...4).contains(name.count) && name.unicodeScalars.allSatisfy { $0.value >= 0x3400 && $0.value <= 0x9FFF }
                }) else { return nil }
                return names.joined(separator: "、")
            }
            index += 1
        }
        return nil
    }

    /// Whether a line is short and does not end as a sentence does: the shape of a dateline or a byline.
    private static func isShortUnfinished(_ text: String) -> Bool {
        guard TextMeasure.holds(text, atMost: Thresholds.maximumDateLineCharacters), let last = text.last else { return false }
        return !".!?。！？\"”".contains(last)
    }

    /// A short line that only names the writer under a label, not a sentence: a byline the
    /// metadata did not need, since the page declared its author.
    ///
    ///     "By Sarah Yang"                         → byline
    ///     "By the end of the year, prices rose."  → a sentence, kept
    static func isByline(_ text: String) -> Bool {
        guard isShortUnfinished(text),
              let label = authorLabels.first(where: { text.hasPrefix($0 + " ") || text.hasPrefix($0 + ":") }) else { return false }
        // The rest names people: capitalised words, joined by "and" at most ("Von der Planung bis hin …" is a phrase).
        let words = text.dropFirst(label.count).split(separator: " ").filter { $0 != ":" }
        let joiners: Set<Substring> = ["and", "und", "y", "et", "e", "&"]
        guard !words.isEmpty, words.count <= 6,
              words.allSatisfy({ joiners.contains($0) || $0.first?.isUppercase == true || $0.first == "@" }) else { return false }
        return InfoLine(text).author != nil
    }

    /// Labels of an event's date and time.
    private static let eventLabels = ["termin", "wann:", "when:", "cuándo", "quand :", "quand:"]

    /// A short line that states a date and is not a sentence: a dateline, not article text.
    ///
    ///     "Updated: Sat 8:31 PM, Feb 17, 2018"       → date line
    ///     "On April 21, 2023, the council met."      → a sentence, kept
    static func isDateLine(_ text: String) -> Bool {
        guard isShortUnfinished(text) else { return false }
        // An event's time is the article's news, not its dateline: `Termin: 29.02.2020, 19 Uhr`.
        let opening = text.prefix(8).lowercasedQuickly()
        if eventLabels.contains(where: { opening.hasPrefix($0) }) { return false }
        return DateParser.firstDate(in: text) != nil
    }
}
