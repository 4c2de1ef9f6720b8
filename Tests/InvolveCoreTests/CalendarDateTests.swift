import Testing
@testable import InvolveCore

@Suite struct CalendarDateTests {
    @Test func parsesAndPrintsISODates() throws {
        let date = try #require(CalendarDate(iso: "2024-02-29"))
        #expect(date.year == 2024 && date.month == 2 && date.day == 29)
        #expect(date.description == "2024-02-29")
    }

    @Test(arguments: ["2023-02-29", "2024-13-01", "2024-00-10", "2024-1-01", "24-01-01", "2024/01/01", "２024-01-01", ""])
    func rejectsImpossibleOrBadlyFormattedDates(_ text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func dayNumbersRoundTripAndKnowTheEpoch() throws {
        #expect(try #require(CalendarDate(iso: "1970-01-01")).dayNumber == 0)
        #expect(try #require(CalendarDate(iso: "2000-03-01")).dayNumber == 11017)
        for number in stride(from: -1000, through: 40000, by: 37) {
            #expect(CalendarDate(dayNumber: number).dayNumber == number)
        }
    }

    @Test func weekdaysAreISOWeekdays() throws {
        #expect(try #require(CalendarDate(iso: "2026-11-22")).isoWeekday == 7)  // a Sunday
        #expect(try #require(CalendarDate(iso: "2024-01-01")).isoWeekday == 1)  // a Monday
    }

    @Test func addsDaysAcrossMonthAndYearEnds() throws {
        let date = try #require(CalendarDate(iso: "2024-12-30"))
        #expect(date.adding(days: 3).description == "2025-01-02")
        #expect(date.days(until: date.adding(days: 84)) == 84)
    }
}
