// Reads dates out of attribute values and visible text, without regular expressions.

/// Parses the date forms news pages use.
///
/// Two entry points: ``parse(_:)`` for a value that is a date (a meta tag, JSON-LD, `datetime`),
/// and ``firstDate(in:)`` for a line of visible text that contains one somewhere.
enum DateParser {
    /// Parses a value that should be nothing but a date: ISO 8601, `2023-04-21 17:14:36`,
    /// `2023/4/21`, `2023年4月21日 17:14`, `2023년 4월 21일`, `民國112年4月21日`, `21.04.2023`, RFC 2822
    /// (`Fri, 21 Apr 2023 17:14:36 +0800`) or a month-name form in English, German, French, Spanish,
    /// Portuguese, Italian, Dutch, Russian, Polish or Arabic.
    static func parse(_ value: String) -> ArticleDate? {
        firstDate(in: value)
    }

    /// The first well-formed date in a line of text, or `nil`.
    ///
    /// - Parameter allowingShortYears: read `23.09.22` as 23 September 2022, and `02/10/2020` as
    ///   2 October 2020. Only for text that a page marks as a date: elsewhere two-digit groups and
    ///   slashes are scores, versions, fractions and prices.
    static func firstDate(in text: String, allowingShortYears: Bool = false) -> ArticleDate? {
        let scalars = normalizedScalars(text)
        var index = 0
        while index < scalars.count {
            if isDigit(scalars[index]), index == 0 || !isDigit(scalars[index - 1]) {
                if index >= 2, (scalars[index - 2] == "民" && (scalars[index - 1] == "國" || scalars[index - 1] == "国")),
                   let date = republicOfChinaDate(scalars, at: index), date.isValid { return date }
                if let date = numericDate(scalars, at: index), date.isValid { return date }
                if let date = dayMonthNameDate(scalars, at: index), date.isValid { return date }
                if let date = dottedDate(scalars, at: index, allowingShortYear: allowingShortYears), date.isValid { return date }
                if allowingShortYears, let date = slashedDate(scalars, at: index), date.isValid { return date }
            } else if isLetter(scalars[index]), index == 0 || !isLetter(scalars[index - 1]) {
                if let date = monthNameFirstDate(scalars, at: index), date.isValid { return date }
            }
            index += 1
        }
        return nil
    }

    // MARK: - Numeric forms

    /// `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY.MM.DD`, `YYYY年MM月DD日`, `YYYYMMDDTHHMM`, each
    /// optionally followed by a time and a UTC offset.
    private static func numericDate(_ s: [Unicode.Scalar], at start: Int) -> ArticleDate? {
        var cursor = start
        var compact = start
        if let digits = number(s, &compact, digits: 8...8), compact < s.count, s[compact] == "T" {
            // ISO 8601 basic form, accepted only with its time so that plain numbers are not dates.
            var date = ArticleDate(year: digits / 10000, month: (digits / 100) % 100, day: digits % 100)
            compact += 1
            readTime(s, &compact, into: &date, compact: true)
            return date
        }
        guard let year = number(s, &cursor, digits: 4...4) else { return nil }
        guard cursor < s.count else { return nil }
        let separator = s[cursor]
        let month: Int, day: Int
        if separator == "-" || separator == "/" || separator == "." || separator == "年" || separator == "년" {
            cursor += 1
            skipSpaces(s, &cursor)
            guard let parsedMonth = number(s, &cursor, digits: 1...2), cursor < s.count else { return nil }
            let expected: Unicode.Scalar = separator == "年" ? "月" : separator == "년" ? "월" : separator
            guard s[cursor] == expected else { return nil }
            cursor += 1
            skipSpaces(s, &cursor)
            guard let parsedDay = number(s, &cursor, digits: 1...2) else { return nil }
            if separator == "年", cursor < s.count, s[cursor] == "日" || s[cursor] == "号" { cursor += 1 }
            if separator == "년", cursor < s.count, s[cursor] == "일" { cursor += 1 }
            // Korean pages write `2023. 4. 21. 오후 5:14`.
            if separator == ".", cursor < s.count, s[cursor] == "." { cursor += 1 }
            month = parsedMonth
            day = parsedDay
        } else {
            return nil
        }
        var date = ArticleDate(year: year, month: month, day: day)
        readTime(s, &cursor, into: &date, compact: false)
        return date
    }

    /// An optional time after a date: `T17:14:36.123+08:00`, ` 17:14`, `17时14分`, with `Z`, `±HH:MM`, `±HHMM` or `GMT`.
    private static func readTime(_ s: [Unicode.Scalar], _ cursor: inout Int, into date: inout ArticleDate, compact: Bool) {
        var probe = cursor
        if compact {
            // `HHMM` or `HHMMSS` right after the `T`.
            var digits: [Int] = []
            while probe < s.count, isDigit(s[probe]), digits.count < 6 { digits.append(Int(s[probe].value - 0x30)); probe += 1 }
            guard digits.count == 4 || digits.count == 6 else { return }
            date.hour = digits[0] * 10 + digits[1]
            date.minute = digits[2] * 10 + digits[3]
            if digits.count == 6 { date.second = digits[4] * 10 + digits[5] }
            date.offset = offset(s, &probe)
            cursor = probe
            return
        }
        if probe < s.count, s[probe] == "T" { probe += 1 } else if probe > 0, probe < s.count, isDigit(s[probe]),
                                                                        s[probe - 1] == "日" || s[probe - 1] == "号" {
            // `2023年4月21日17时14分`: Chinese sets the time right after the day.
        } else {
            let before = probe
            skipSpaces(s, &probe)
            if probe < s.count, s[probe] == "," { probe += 1; skipSpaces(s, &probe) }
            // "April 21, 2023 at 5:14 pm", "21. April 2023 um 17:14", "1 février 2022 à 10:30".
            for word in ["at", "um", "à", "a las", "às", "alle", "в"] { skipWord(word, s, &probe) }
            if probe == before { return }
        }
        guard let hour = number(s, &probe, digits: 1...2), probe < s.count else { return }
        let colon = s[probe] == ":"
        guard colon || s[probe] == "时" || s[probe] == "時" || s[probe] == "点" || s[probe] == "點" else { return }
        probe += 1
        guard let minute = number(s, &probe, digits: 2...2) else { return }
        var second: Int?
        if probe < s.count, s[probe] == "分" { probe += 1 }
        if colon, probe < s.count, s[probe] == ":" {
            probe += 1
            second = number(s, &probe, digits: 2...2)
            // Fractions of a second say nothing a reader needs.
            if second != nil, probe < s.count, s[probe] == "." || s[probe] == "," {
                probe += 1
                while probe < s.count, isDigit(s[probe]) { probe += 1 }
            }
        }
        var hourOfDay = hour
        var afterTime = probe
        skipSpaces(s, &afterTime)
        if let meridiem = meridiem(s, at: afterTime) {
            if hour == 12 { hourOfDay = meridiem.isAfternoon ? 12 : 0 } else if meridiem.isAfternoon { hourOfDay = hour + 12 }
            probe = meridiem.end
        }
        date.hour = hourOfDay
        date.minute = minute
        date.second = second
        date.offset = offset(s, &probe)
        cursor = probe
    }

    private static func meridiem(_ s: [Unicode.Scalar], at index: Int) -> (isAfternoon: Bool, end: Int)? {
        guard index + 1 < s.count else { return nil }
        let first = lower(s[index]), second = lower(s[index + 1])
        guard first == "a" || first == "p" else { return nil }
        if second == "m" { return (first == "p", index + 2) }
        if second == ".", index + 3 < s.count, lower(s[index + 2]) == "m" {
            return (first == "p", index + (s[index + 3] == "." ? 4 : 3))
        }
        return nil
    }

    /// A UTC offset right after a time, normalised to `Z` or `±HH:MM`.
    private static func offset(_ s: [Unicode.Scalar], _ cursor: inout Int) -> String? {
        var probe = cursor
        skipSpaces(s, &probe)
        guard probe < s.count else { return nil }
        if s[probe] == "Z" { cursor = probe + 1; return "Z" }
        if probe + 2 < s.count {
            let isGMT = s[probe] == "G" && s[probe + 1] == "M" && s[probe + 2] == "T"
            let isUTC = s[probe] == "U" && s[probe + 1] == "T" && s[probe + 2] == "C"
            if isGMT || isUTC {
                probe += 3
                // `GMT+8` goes on to the signed form; a bare `GMT` is UTC.
                guard probe < s.count, s[probe] == "+" || s[probe] == "-" else {
                    cursor = probe
                    return "Z"
                }
            }
        }
        guard s[probe] == "+" || s[probe] == "-" || s[probe] == "−" else { return nil }
        let sign = s[probe] == "+" ? "+" : "-"
        probe += 1
        let digitsStart = probe
        guard let hours = number(s, &probe, digits: 1...4) else { return nil }
        var hh = hours, mm = 0
        if probe - digitsStart == 4 { hh = hours / 100; mm = hours % 100 } else if probe < s.count, s[probe] == ":" {
            probe += 1
            guard let minutes = number(s, &probe, digits: 2...2) else { return nil }
            mm = minutes
        } else if probe - digitsStart == 3 { return nil }
        guard hh <= 14, mm < 60 else { return nil }
        cursor = probe
        return "\(sign)\(hh < 10 ? "0" : "")\(hh):\(mm < 10 ? "0" : "")\(mm)"
    }

    /// `20.01.2022` and `4.11.2021, 15:47`: day first, as German, Russian and much of Europe
    /// write it. Dots never separate a month-first date, so the order is certain.
    private static func dottedDate(_ s: [Unicode.Scalar], at start: Int, allowingShortYear: Bool) -> ArticleDate? {
        var cursor = start
        guard let (day, month) = dayAndMonth(s, &cursor, separator: ".") else { return nil }
        var year: Int
        if let full = number(s, &cursor, digits: 4...4) {
            year = full
        } else if allowingShortYear, let short = number(s, &cursor, digits: 2...2) {
            // News is recent: `22` is 2022, `95` is 1995.
            year = short + (short <= 69 ? 2000 : 1900)
        } else {
            return nil
        }
        var date = ArticleDate(year: year, month: month, day: day)
        readTime(s, &cursor, into: &date, compact: false)
        return date
    }

    /// `02/10/2020`, read day first as most of the world writes it; month first only when the second
    /// number cannot be a month (`10/28/2020`, the American order). Only for text marked as a date:
    /// elsewhere slashes are fractions, scores and versions.
    private static func slashedDate(_ s: [Unicode.Scalar], at start: Int) -> ArticleDate? {
        var cursor = start
        guard let (first, second) = dayAndMonth(s, &cursor, separator: "/") else { return nil }
        guard let year = number(s, &cursor, digits: 4...4), cursor == s.count || !isDigit(s[cursor]) else { return nil }
        var date = dayFirst(first, second, year: year)
        readTime(s, &cursor, into: &date, compact: false)
        return date
    }

    /// Two numbers before a year read day first, or month first when the second cannot be a month.
    static func dayFirst(_ first: Int, _ second: Int, year: Int) -> ArticleDate {
        let monthFirst = second > 12 && first <= 12
        return ArticleDate(year: year, month: monthFirst ? first : second, day: monthFirst ? second : first)
    }

    /// The two numbers of one or two digits before a year, each followed by the separator: `20.01.`
    /// of `20.01.2022`.
    private static func dayAndMonth(_ s: [Unicode.Scalar], _ cursor: inout Int, separator: Unicode.Scalar) -> (Int, Int)? {
        guard let first = number(s, &cursor, digits: 1...2), cursor < s.count, s[cursor] == separator else { return nil }
        cursor += 1
        guard let second = number(s, &cursor, digits: 1...2), cursor < s.count, s[cursor] == separator else { return nil }
        cursor += 1
        return (first, second)
    }

    /// `民國112年4月21日`: Taiwan counts years from 1912, so year 112 is 2023.
    private static func republicOfChinaDate(_ s: [Unicode.Scalar], at start: Int) -> ArticleDate? {
        var cursor = start
        guard let year = number(s, &cursor, digits: 1...3), cursor < s.count, s[cursor] == "年" else { return nil }
        cursor += 1
        guard let month = number(s, &cursor, digits: 1...2), cursor < s.count, s[cursor] == "月" else { return nil }
        cursor += 1
        guard let day = number(s, &cursor, digits: 1...2) else { return nil }
        if cursor < s.count, s[cursor] == "日" { cursor += 1 }
        var date = ArticleDate(year: year + 1911, month: month, day: day)
        readTime(s, &cursor, into: &date, compact: false)
        return date
    }

    // MARK: - Month-name forms

    /// `21 April 2023`, `21. April 2023`, `21 avril 2023`, `21 de abril de 2023`.
    private static func dayMonthNameDate(_ s: [Unicode.Scalar], at start: Int) -> ArticleDate? {
        var cursor = start
        guard let day = number(s, &cursor, digits: 1...2) else { return nil }
        if cursor < s.count, s[cursor] == "." { cursor += 1 }
        skipSpaces(s, &cursor)
        skipWord("de", s, &cursor)
        guard let month = monthName(s, &cursor) else { return nil }
        skipSpaces(s, &cursor)
        skipWord("de", s, &cursor)
        if cursor < s.count, s[cursor] == "," { cursor += 1; skipSpaces(s, &cursor) }
        guard let year = number(s, &cursor, digits: 4...4) else { return nil }
        var date = ArticleDate(year: year, month: month, day: day)
        readTime(s, &cursor, into: &date, compact: false)
        return date
    }

    /// `April 21, 2023`, `Apr. 21 2023`, RFC 2822 `Fri, 21 Apr 2023 17:14:36 GMT` is handled by
    /// ``dayMonthNameDate(_:at:)`` once the weekday is passed.
    private static func monthNameFirstDate(_ s: [Unicode.Scalar], at start: Int) -> ArticleDate? {
        // Most words of a line are followed by no number: look ahead before spelling the word out.
        var lookahead = start
        while lookahead < s.count, isLetter(s[lookahead]) { lookahead += 1 }
        if lookahead < s.count, s[lookahead] == "." { lookahead += 1 }
        skipSpaces(s, &lookahead)
        guard lookahead < s.count, isDigit(s[lookahead]) else { return nil }
        var cursor = start
        guard let month = monthName(s, &cursor) else { return nil }
        skipSpaces(s, &cursor)
        guard let day = number(s, &cursor, digits: 1...2) else { return nil }
        if cursor + 1 < s.count, ["st", "nd", "rd", "th"].contains(String(String.UnicodeScalarView(s[cursor...cursor + 1]))) {
            cursor += 2
        }
        if cursor < s.count, s[cursor] == "," { cursor += 1 }
        skipSpaces(s, &cursor)
        guard let year = number(s, &cursor, digits: 4...4) else { return nil }
        var date = ArticleDate(year: year, month: month, day: day)
        readTime(s, &cursor, into: &date, compact: false)
        return date
    }

    /// Month names and their abbreviations in the languages the benchmark pages use most.
    private static let monthNames: [String: Int] = {
        var table: [String: Int] = [:]
        let lists: [[String]] = [
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
            ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
            ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
            // Russian dates put the month in the genitive: 21 апреля 2023.
            ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
            ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
            ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
            ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
        ]
        for list in lists {
            for (index, name) in list.enumerated() {
                table[name] = index + 1
            }
        }
        for (index, name) in lists[0].enumerated() where name.count > 3 {
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        table["jän"] = 1
        table["mär"] = 3
        table["okt"] = 10
        table["dez"] = 12
        return table
    }()

    /// Whether a lowercased word is a month name or abbreviation.
    static func isMonthName(_ word: String) -> Bool { monthNames[word] != nil }

    private static func monthName(_ s: [Unicode.Scalar], _ cursor: inout Int) -> Int? {
        var end = cursor
        while end < s.count, isLetter(s[end]) { end += 1 }
        guard end > cursor else { return nil }
        let word = String(String.UnicodeScalarView(s[cursor..<end])).lowercasedQuickly()
        guard let month = monthNames[word] else { return nil }
        cursor = end
        if cursor < s.count, s[cursor] == "." { cursor += 1 }
        return month
    }

    // MARK: - Scanning helpers

    /// The text's scalars with full-width digits and separators folded to ASCII.
    private static func normalizedScalars(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0xFF10...0xFF19: return Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!
            case 0x0660...0x0669: return Unicode.Scalar(scalar.value - 0x0660 + 0x30)!
            case 0x06F0...0x06F9: return Unicode.Scalar(scalar.value - 0x06F0 + 0x30)!
            case 0xFF1A: return ":"
            case 0xFF0D: return "-"
            case 0xFF0F: return "/"
            case 0xFF0E: return "."
            case 0xA0, 0x3000: return " "
            default: return scalar
            }
        }
    }

    private static func number(_ s: [Unicode.Scalar], _ cursor: inout Int, digits: ClosedRange<Int>) -> Int? {
        var end = cursor
        var value = 0
        while end < s.count, isDigit(s[end]), end - cursor < digits.upperBound {
            value = value * 10 + Int(s[end].value - 0x30)
            end += 1
        }
        let count = end - cursor
        guard digits.contains(count), end == s.count || !isDigit(s[end]) else { return nil }
        cursor = end
        return value
    }

    private static func skipSpaces(_ s: [Unicode.Scalar], _ cursor: inout Int) {
        while cursor < s.count, s[cursor] == " " || s[cursor] == "\t" || s[cursor] == "\n" { cursor += 1 }
    }

    private static func skipWord(_ word: String, _ s: [Unicode.Scalar], _ cursor: inout Int) {
        let letters = Array(word.unicodeScalars)
        guard cursor + letters.count < s.count else { return }
        for (offset, letter) in letters.enumerated() where lower(s[cursor + offset]) != letter { return }
        guard s[cursor + letters.count] == " " else { return }
        cursor += letters.count
        skipSpaces(s, &cursor)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII first: the Unicode property lookup costs a table search per scalar.
        if scalar.value < 0x80 { return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A }
        return scalar.properties.isAlphabetic && scalar.value < 0x2E80
    }

    private static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        (scalar.value >= 0x41 && scalar.value <= 0x5A) ? Unicode.Scalar(scalar.value + 0x20)! : scalar
    }
}
