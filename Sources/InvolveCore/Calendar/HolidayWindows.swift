/// Turns `HolidayWindowRules` into the concrete windows that touch a date range.
public enum HolidayWindows {
    /// Every window instance intersecting `start`...`end` (inclusive), for every year
    /// the range touches, sorted by start date then name. Windows are returned whole
    /// (not clipped to the range), so a report can say "Christmas and New Year,
    /// 2025-12-20 to 2026-01-03". Empty when `end` is before `start`.
    public static func windows(
        overlapping start: CalendarDate, end: CalendarDate, rules: HolidayWindowRules = .standard
    ) -> [HolidayWindow] {
        guard let range = CalendarDateRange(start: start, end: end) else { return [] }
        return windows(overlapping: range, rules: rules)
    }

    public static func windows(
        overlapping range: CalendarDateRange, rules: HolidayWindowRules = .standard
    ) -> [HolidayWindow] {
        var found: [HolidayWindow] = []
        // A year-end window that starts the year before can still reach into the range.
        for year in CalendarDate.supportedYears(range.start.year - 1, range.end.year) {
            for rule in rules.annual {
                if let window = instance(of: rule, year: year), window.range.overlaps(range) {
                    found.append(window)
                }
            }
        }
        for rule in rules.easter {
            // Easter falls 22 March to 25 April; a rule reaching more than a year either
            // side needs more years looked at, so widen the search by the reach.
            let reach = max(abs(rule.daysBefore), abs(rule.daysAfter)) / 365 + 1
            for year in CalendarDate.supportedYears(range.start.year - reach, range.end.year + reach) {
                if let window = instance(of: rule, year: year), window.range.overlaps(range) {
                    found.append(window)
                }
            }
        }
        return found.sorted { ($0.start, $0.end, $0.name) < ($1.start, $1.end, $1.name) }
    }

    /// The instance of an annual rule starting in `year`; nil if its end would fall after 9999.
    public static func instance(of rule: HolidayWindowRules.AnnualRule, year: Int) -> HolidayWindow? {
        guard let start = rule.start.date(in: year),
              let end = rule.end.date(in: rule.crossesYearEnd ? year + 1 : year),
              let range = CalendarDateRange(start: start, end: end) else { return nil }
        return HolidayWindow(name: rule.name, range: range)
    }

    /// The instance of an Easter rule around Easter `year`; nil if the rule is backwards
    /// (its end before its start) or leaves years 1-9999.
    public static func instance(of rule: HolidayWindowRules.EasterRule, year: Int) -> HolidayWindow? {
        guard let easter = EasterDate.sunday(year: year) else { return nil }
        let startNumber = easter.dayNumber - rule.daysBefore
        let endNumber = easter.dayNumber + rule.daysAfter
        // `CalendarDate(dayNumber:)` clamps the year, so check the day numbers round-trip.
        let start = CalendarDate(dayNumber: startNumber)
        let end = CalendarDate(dayNumber: endNumber)
        guard start.dayNumber == startNumber, end.dayNumber == endNumber,
              let range = CalendarDateRange(start: start, end: end) else { return nil }
        return HolidayWindow(name: rule.name, range: range)
    }
}
