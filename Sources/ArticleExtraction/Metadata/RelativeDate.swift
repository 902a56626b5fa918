// Dates stated relative to the reader's time: "3 hours ago", "vor 2 Tagen", "昨天", "5분 전".
import Foundation

/// Reads a relative date against a known reference time.
///
/// Without a reference time a relative date says nothing: a saved page read a year later is not
/// "3 hours" old. Hours and minutes give a time in UTC (`Z`), which is exact; days give a date only.
enum RelativeDate {
    private enum Unit { case minute, hour, day, week }

    /// Unit words, by their lowercased beginnings, in the languages pages come in.
    private static let units: [(String, Unit)] = [
        ("minute", .minute), ("min", .minute), ("minuto", .minute), ("минут", .minute), ("分钟", .minute), ("分鐘", .minute), ("분", .minute), ("分", .minute),
        ("hour", .hour), ("hr", .hour), ("stunde", .hour), ("heure", .hour), ("hora", .hour), ("ora", .hour), ("ore", .hour), ("час", .hour),
        ("小时", .hour), ("小時", .hour), ("時間", .hour), ("시간", .hour),
        ("day", .day), ("tag", .day), ("jour", .day), ("día", .day), ("dia", .day), ("giorn", .day), ("дн", .day), ("день", .day),
        ("天", .day), ("日", .day), ("일", .day),
        ("week", .week), ("woche", .week), ("semaine", .week), ("semana", .week), ("недел", .week), ("周", .week), ("週", .week), ("주", .week),
    ]
    /// Words after the unit that make it past: "ago", "назад", `前`, `전`.
    private static let afterMarkers = ["ago", "назад", "前", "전", "fa"]
    /// Words before the number that make it past: "vor", "il y a", "hace", "há".
    private static let beforeMarkers = ["vor", "il y a", "hace", "há"]
    /// Words for the day before and the day itself.
    private static let yesterday = ["yesterday", "gestern", "hier", "ayer", "ontem", "ieri", "вчера", "昨天", "昨日", "어제"]
    private static let today = ["today", "heute", "aujourd'hui", "hoy", "hoje", "oggi", "сегодня", "今天", "今日", "오늘"]

    /// The date a short line states relative to `now`, or `nil`.
    ///
    ///     ("3 hours ago", 2023-04-21T18:00Z)  → 2023-04-21T15:00Z
    ///     ("vor 2 Tagen", 2023-04-21T18:00Z)  → 2023-04-19
    ///     ("昨天 17:14", 2023-04-21T18:00Z)    → 2023-04-20
    static func date(in line: String, now: Date) -> ArticleDate? {
        // A date line is short; prose ("The mayor announced today that…", `市政府今天宣布`) is not one.
        let text = TextNormalizer.collapse(line.lowercasedQuickly())
        guard text.count <= 40 else { return nil }
        if startsWithWord(yesterday, in: text) { return day(of: now.addingTimeInterval(-86_400)) }
        if let amount = amount(in: text), let unit = unit(after: amount.end, in: text),
           beforeMarkers.contains(where: { text[..<amount.start].hasSuffix($0 + " ") }) || afterMarkers.contains(where: { text[unit.end...].trimming(.whitespaces).hasPrefix($0) }) {
            switch unit.unit {
            case .minute: return instant(now.addingTimeInterval(-60 * Double(amount.value)))
            case .hour: return instant(now.addingTimeInterval(-3600 * Double(amount.value)))
            case .day: return day(of: now.addingTimeInterval(-86_400 * Double(amount.value)))
            case .week: return day(of: now.addingTimeInterval(-7 * 86_400 * Double(amount.value)))
            }
        }
        if startsWithWord(today, in: text) { return day(of: now) }
        return nil
    }

    /// Whether the line opens with one of the words, after a label such as "Published:" at most.
    private static func startsWithWord(_ words: [String], in text: String) -> Bool {
        let opening = text.firstIndex(of: ":").map { text[text.index(after: $0)...].drop { $0 == " " } } ?? Substring(text)
        return [Substring(text), opening].contains { start in
            words.contains { word in
                guard start.hasPrefix(word) else { return false }
                // A Latin word must stand alone: "hier" does not open "hierarchy".
                guard word.unicodeScalars.first.map({ $0.value < 0x2E80 }) == true else { return true }
                let after = start.dropFirst(word.count).first
                return !(after?.isLetter ?? false)
            }
        }
    }

    private static func amount(in text: String) -> (value: Int, start: String.Index, end: String.Index)? {
        guard let start = text.firstIndex(where: { $0.isASCII && $0.isNumber }) else { return nil }
        let end = text[start...].firstIndex(where: { !($0.isASCII && $0.isNumber) }) ?? text.endIndex
        guard let value = Int(text[start..<end]), value < 10_000 else { return nil }
        return (value, start, end)
    }

    private static func unit(after index: String.Index, in text: String) -> (unit: Unit, end: String.Index)? {
        let rest = text[index...].drop(while: { $0 == " " })
        for (word, unit) in units where rest.hasPrefix(word) {
            let end = rest[rest.index(rest.startIndex, offsetBy: word.count)...].firstIndex(where: { !$0.isLetter || $0.unicodeScalars.first!.value >= 0x2E80 }) ?? text.endIndex
            return (unit, end)
        }
        return nil
    }

    private static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    private static func day(of date: Date) -> ArticleDate {
        let parts = utc.dateComponents([.year, .month, .day], from: date)
        return ArticleDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    private static func instant(_ date: Date) -> ArticleDate {
        let parts = utc.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return ArticleDate(year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour, minute: parts.minute, offset: "Z")
    }

    /// Whether a date lies more than a day after `now`: no page reports from the future, and a
    /// day allows for time zones.
    static func isFuture(_ date: ArticleDate, now: Date) -> Bool {
        let limit = day(of: now.addingTimeInterval(86_400))
        return (date.year, date.month, date.day) > (limit.year, limit.month, limit.day)
    }
}
