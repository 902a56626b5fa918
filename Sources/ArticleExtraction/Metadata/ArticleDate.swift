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

    /// Whether both name the same calendar day, whatever their times.
    func isSameDay(as other: ArticleDate) -> Bool {
        (year, month, day) == (other.year, other.month, other.day)
    }

    /// Whether the time is stated in UTC (`Z`, `+00:00`): the page's readers may live a day apart from it.
    var isUTC: Bool { offset == "Z" || offset == "+00:00" || offset == "-00:00" }

    /// Whether `local` can be this UTC time's day where readers live: the day after for a time
    /// late in the UTC day (from 14:00, for zones up to ten hours ahead), the day before for one
    /// early in it (before 10:00, for zones up to ten hours behind).
    func mayBeLocalDay(_ local: ArticleDate) -> Bool {
        guard isUTC, let hour else { return false }
        switch local.dayNumber - dayNumber {
        case 1: return hour >= 14
        case -1: return hour < 10
        default: return false
        }
    }

    /// Days since a fixed epoch, for comparing calendar days (the proleptic Gregorian day count).
    private var dayNumber: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = shiftedYear / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra
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
