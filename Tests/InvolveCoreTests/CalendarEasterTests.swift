import Testing
@testable import InvolveCore

@Suite struct CalendarEasterTests {
    /// Known Easter Sundays, including both extremes of the range (22 March, 25 April)
    /// and years that exercise the algorithm's special cases.
    @Test(arguments: [
        (2000, "2000-04-23"), (2008, "2008-03-23"), (2011, "2011-04-24"), (2016, "2016-03-27"),
        (2019, "2019-04-21"), (2022, "2022-04-17"), (2024, "2024-03-31"), (2025, "2025-04-20"),
        (2026, "2026-04-05"), (2027, "2027-03-28"), (2038, "2038-04-25"), (1943, "1943-04-25"),
        (1818, "1818-03-22"), (2285, "2285-03-22"), (1954, "1954-04-18"), (1981, "1981-04-19"),
    ])
    func knownEasterSundays(year: Int, expected: String) throws {
        let easter = try #require(EasterDate.sunday(year: year))
        #expect(easter.description == expected)
    }

    @Test func easterIsAlwaysASundayBetween22MarchAnd25April() throws {
        for year in stride(from: 1, through: 9999, by: 7) {
            let easter = try #require(EasterDate.sunday(year: year))
            #expect(easter.isoWeekday == 7, "Easter \(year) is not a Sunday: \(easter)")
            let monthDay = easter.month * 100 + easter.day
            #expect((322...425).contains(monthDay), "Easter \(year) out of range: \(easter)")
        }
    }

    @Test func yearsOutsideTheCalendarHaveNoEaster() {
        #expect(EasterDate.sunday(year: 0) == nil)
        #expect(EasterDate.sunday(year: 10000) == nil)
        #expect(EasterDate.sunday(year: 1) != nil)
        #expect(EasterDate.sunday(year: 9999) != nil)
    }
}
