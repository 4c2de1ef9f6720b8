/// Working days: Monday to Friday, less England and Wales bank holidays.
///
/// Planning lead times and some response deadlines are counted in working days, and
/// a four-week consultation over Christmas has fewer of them than one in October.
public enum WorkingDays {
    public static func isWorkingDay(
        _ date: CalendarDate, oneOffs: [BankHolidayOneOff] = BankHolidays.oneOffChanges
    ) -> Bool {
        !date.isWeekend && !BankHolidays.isBankHoliday(date, oneOffs: oneOffs)
    }

    /// Working days from `start` through `end`, both counted; 0 when `end` is before `start`.
    /// Weekdays are counted by arithmetic (whole weeks have five), so long ranges are cheap.
    public static func count(
        from start: CalendarDate, through end: CalendarDate,
        oneOffs: [BankHolidayOneOff] = BankHolidays.oneOffChanges
    ) -> Int {
        guard let range = CalendarDateRange(start: start, end: end) else { return 0 }
        return count(in: range, bankHolidays: BankHolidays.englandAndWales(in: range, oneOffs: oneOffs))
    }

    /// As above, for a caller that already has the range's bank holidays
    /// (`BankHolidays.englandAndWales(in: range)`), so they are not worked out twice.
    public static func count(in range: CalendarDateRange, bankHolidays: [BankHoliday]) -> Int {
        let fullWeeks = range.days / 7
        var weekdays = fullWeeks * 5
        var day = range.start.adding(days: fullWeeks * 7)
        while day <= range.end {
            if !day.isWeekend { weekdays += 1 }
            day = day.adding(days: 1)
        }
        let holidaysOnWeekdays = Set(bankHolidays.map(\.date).filter { range.contains($0) && !$0.isWeekend })
        return weekdays - holidaysOnWeekdays.count
    }

    /// The date `workingDays` working days after `date` (before it when negative), not
    /// counting `date` itself: 1 working day after a Friday is the next working Monday.
    /// Zero returns `date` unchanged. Nil if the answer would fall outside years 1-9999.
    public static func date(
        adding workingDays: Int, to date: CalendarDate,
        oneOffs: [BankHolidayOneOff] = BankHolidays.oneOffChanges
    ) -> CalendarDate? {
        let step = workingDays >= 0 ? 1 : -1
        var remaining = abs(workingDays)
        var current = date
        var holidaysByYear: [Int: Set<CalendarDate>] = [:]
        while remaining > 0 {
            let nextNumber = current.dayNumber + step
            let next = CalendarDate(dayNumber: nextNumber)
            guard next.dayNumber == nextNumber else { return nil }  // ran off the supported years
            current = next
            if current.isWeekend { continue }
            let holidays = holidaysByYear[current.year] ?? Set(
                BankHolidays.englandAndWales(year: current.year, oneOffs: oneOffs).map(\.date))
            holidaysByYear[current.year] = holidays
            if !holidays.contains(current) { remaining -= 1 }
        }
        return current
    }
}
