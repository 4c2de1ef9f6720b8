/// Small helpers on `CalendarDate` that the holiday and election rules are written in.
///
/// Kept in a separate extension so `CalendarDate`'s own API stays exactly as it is: these
/// are conveniences built only on `init?(year:month:day:)`, `adding(days:)` and `isoWeekday`.
extension CalendarDate {
    /// The `n`th (1-based) given ISO weekday (1 = Monday … 7 = Sunday) of a month, or nil
    /// when the month has no such day or the year is outside 1-9999.
    ///
    /// Statutory and customary dates are phrased this way ("first Monday in May",
    /// "first Thursday in May"), so the rules read like their sources.
    public static func nth(_ n: Int, isoWeekday weekday: Int, month: Int, year: Int) -> CalendarDate? {
        guard n >= 1, (1...7).contains(weekday), let first = CalendarDate(year: year, month: month, day: 1) else {
            return nil
        }
        let offset = (weekday - first.isoWeekday + 7) % 7
        let date = first.adding(days: offset + (n - 1) * 7)
        return date.month == month && date.year == year ? date : nil
    }

    /// The last given ISO weekday of a month ("last Monday in May", "last Monday in August").
    public static func last(isoWeekday weekday: Int, month: Int, year: Int) -> CalendarDate? {
        guard (1...7).contains(weekday),
              let last = CalendarDate(year: year, month: month, day: daysIn(month: month, year: year)) else {
            return nil
        }
        return last.adding(days: -((last.isoWeekday - weekday + 7) % 7))
    }

    /// Years `low` through `high` limited to the 1-9999 that `CalendarDate` supports;
    /// empty when nothing is left. Used when a rule is applied "for every year touched".
    static func supportedYears(_ low: Int, _ high: Int) -> StrideThrough<Int> {
        stride(from: max(low, 1), through: min(high, 9999), by: 1)
    }
}
