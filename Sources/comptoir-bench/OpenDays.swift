import ComptoirCore

/// The days the generated shop opens in a year: Monday to Saturday, closed on 1 January,
/// 1 May, 25 December and 1–10 August; at most `count` of them.
enum OpenDays {
    static func of(year: Int, count: Int = 300) -> [CalendarDay] {
        var days: [CalendarDay] = []
        var day = CalendarDay(year: year, month: 1, day: 1)
        while day.year == year, days.count < count {
            let closed = day.monday.adding(days: 6) == day
                || (day.month == 1 && day.day == 1) || (day.month == 5 && day.day == 1) || (day.month == 12 && day.day == 25)
                || (day.month == 8 && day.day <= 10)
            if !closed { days.append(day) }
            day = day.adding(days: 1)
        }
        return days
    }
}
