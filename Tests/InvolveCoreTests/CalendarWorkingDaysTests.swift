import Testing
@testable import InvolveCore

@Suite struct CalendarWorkingDaysTests {
    private func day(_ iso: String) throws -> CalendarDate { try #require(CalendarDate(iso: iso)) }

    @Test func weekdaysLessBankHolidays() throws {
        // December 2025 to the 28th: 20 weekdays, less Christmas Day and Boxing Day.
        #expect(WorkingDays.count(from: try day("2025-12-01"), through: try day("2025-12-28")) == 18)
        // 24 Dec 2022 to 3 Jan 2023: 7 weekdays, less 26 Dec, 27 Dec and 2 Jan.
        #expect(WorkingDays.count(from: try day("2022-12-24"), through: try day("2023-01-03")) == 4)
        // A single weekend day and a single bank holiday have none; a plain Monday has one.
        #expect(WorkingDays.count(from: try day("2026-01-03"), through: try day("2026-01-03")) == 0)
        #expect(WorkingDays.count(from: try day("2026-12-25"), through: try day("2026-12-25")) == 0)
        #expect(WorkingDays.count(from: try day("2026-01-05"), through: try day("2026-01-05")) == 1)
        #expect(WorkingDays.count(from: try day("2026-01-06"), through: try day("2026-01-05")) == 0)
    }

    @Test func countMatchesDayByDayCheck() throws {
        let start = try day("2019-11-13")
        let end = try day("2023-02-17")
        var expected = 0
        var current = start
        while current <= end {
            if WorkingDays.isWorkingDay(current) { expected += 1 }
            current = current.adding(days: 1)
        }
        #expect(WorkingDays.count(from: start, through: end) == expected)
        // A common year has 260 or 261 weekdays; 2025 had 261, less 8 bank holidays.
        #expect(WorkingDays.count(from: try day("2025-01-01"), through: try day("2025-12-31")) == 253)
    }

    @Test func addingWorkingDaysSkipsWeekendsAndHolidays() throws {
        #expect(WorkingDays.date(adding: 1, to: try day("2025-12-19"))?.description == "2025-12-22")
        #expect(WorkingDays.date(adding: 5, to: try day("2025-12-24"))?.description == "2026-01-05")
        #expect(WorkingDays.date(adding: -1, to: try day("2026-01-02"))?.description == "2025-12-31")
        #expect(WorkingDays.date(adding: -2, to: try day("2026-04-07"))?.description == "2026-04-01")
        #expect(WorkingDays.date(adding: 0, to: try day("2026-01-03"))?.description == "2026-01-03")
        #expect(WorkingDays.date(adding: 10, to: try day("9999-12-28")) == nil)
    }

    /// The count from holidays already in hand (as Gunning 3 passes them) is the count itself,
    /// for ranges of every length from one day to two years starting on every day of a week.
    @Test func countFromTheRangesHolidaysIsTheSame() throws {
        let first = try day("2025-12-22")
        for offset in 0..<7 {
            let start = first.adding(days: offset)
            for length in [0, 1, 6, 13, 27, 83, 366, 730] {
                let end = start.adding(days: length)
                let range = try #require(CalendarDateRange(start: start, end: end))
                #expect(WorkingDays.count(in: range, bankHolidays: BankHolidays.englandAndWales(in: range))
                        == WorkingDays.count(from: start, through: end), "\(start) to \(end)")
            }
        }
        // Holidays outside the range are not counted: 1 to 20 December 2026 has 14 weekdays, none a holiday.
        let december = try #require(CalendarDateRange(start: try day("2026-12-01"), end: try day("2026-12-20")))
        #expect(WorkingDays.count(in: december, bankHolidays: BankHolidays.englandAndWales(year: 2026)) == 14)
    }
}
