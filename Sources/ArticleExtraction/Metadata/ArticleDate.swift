// A calendar date with as much time as the page stated, written as ISO 8601.

/// A publication or modification date.
///
/// Only what the page states is kept: a date without a time stays date-only, and a time without
/// a UTC offset gets none invented.
struct ArticleDate: Equatable, Sendable {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int?
    var minute: Int?
    var second: Int?
    /// `Z` or `±HH:MM`.
    var offset: String?

    /// Whether the components make a real date and time.
    var isValid: Bool {
        guard (1990...2100).contains(year), (1...12).contains(month), day >= 1,
              day <= ArticleDate.daysIn(month: month, year: year) else { return false }
        if let hour, !(0...23).contains(hour) { return false }
        if let minute, !(0...59).contains(minute) { return false }
        if let second, !(0...60).contains(second) { return false }
        return true
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `2023-04-21`, `2023-04-21T17:14`, `2023-04-21T17:14:36` or `2023-04-21T17:14:36+08:00`.
    var iso: String {
        var text = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        guard let hour else { return text }
        text += "T\(pad(hour, 2)):\(pad(minute ?? 0, 2))"
        if let second { text += ":\(pad(second, 2))" }
        if let offset { text += offset }
        return text
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
