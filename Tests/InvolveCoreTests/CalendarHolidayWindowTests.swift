import Testing
@testable import InvolveCore

@Suite struct CalendarHolidayWindowTests {
    private func day(_ iso: String) throws -> CalendarDate { try #require(CalendarDate(iso: iso)) }

    private func listed(_ start: String, _ end: String, rules: HolidayWindowRules = .standard) throws -> [String] {
        HolidayWindows.windows(overlapping: try day(start), end: try day(end), rules: rules).map(\.description)
    }

    @Test func christmasWindowCrossesTheYearBoundary() throws {
        // Early January belongs to the window that began the previous December.
        #expect(try listed("2026-01-01", "2026-01-02") == ["Christmas and New Year 2025-12-20..2026-01-03"])
        #expect(try listed("2026-01-03", "2026-01-03") == ["Christmas and New Year 2025-12-20..2026-01-03"])
        #expect(try listed("2026-01-04", "2026-01-31") == [])
        #expect(try listed("2025-12-01", "2025-12-28") == ["Christmas and New Year 2025-12-20..2026-01-03"])
        #expect(try listed("2025-12-01", "2025-12-19") == [])
    }

    @Test func easterWindowIsSaturdayBeforeToSundayAfterTheTwoWeeks() throws {
        // Easter 2026 is 5 April: window Saturday 28 March to Sunday 12 April.
        let windows = HolidayWindows.windows(overlapping: try day("2026-04-01"), end: try day("2026-04-01"))
        let easter = try #require(windows.first)
        #expect(windows.count == 1)
        #expect(easter.name == "Easter holidays")
        #expect(easter.start.description == "2026-03-28" && easter.start.isoWeekday == 6)
        #expect(easter.end.description == "2026-04-12" && easter.end.isoWeekday == 7)
        #expect(easter.range.days == 16)
    }

    @Test func everyWindowInstanceForEachYearTouched() throws {
        #expect(try listed("2025-01-01", "2026-12-31") == [
            "Christmas and New Year 2024-12-20..2025-01-03",
            "Easter holidays 2025-04-12..2025-04-27",
            "Summer holidays 2025-07-22..2025-08-31",
            "Christmas and New Year 2025-12-20..2026-01-03",
            "Easter holidays 2026-03-28..2026-04-12",
            "Summer holidays 2026-07-22..2026-08-31",
            "Christmas and New Year 2026-12-20..2027-01-03",
        ])
    }

    @Test func windowsAreFoundByAnyOverlapAtEitherEdge() throws {
        #expect(try listed("2026-07-01", "2026-07-22") == ["Summer holidays 2026-07-22..2026-08-31"])
        #expect(try listed("2026-08-31", "2026-09-30") == ["Summer holidays 2026-07-22..2026-08-31"])
        #expect(try listed("2026-07-01", "2026-07-21") == [])
        #expect(try listed("2026-09-01", "2026-12-19") == [])
    }

    @Test func rulesAreParameters() throws {
        let rules = HolidayWindowRules(
            annual: [HolidayWindowRules.AnnualRule(
                name: "Half term",
                start: try #require(.init(month: 2, day: 16)),
                end: try #require(.init(month: 2, day: 29)))],
            easter: [HolidayWindowRules.EasterRule(name: "Easter weekend", daysBefore: 2, daysAfter: 1)])
        #expect(try listed("2026-01-01", "2026-12-31", rules: rules) == [
            "Half term 2026-02-16..2026-02-28",  // 29 February becomes the 28th in a common year
            "Easter weekend 2026-04-03..2026-04-06",
        ])
        #expect(try listed("2028-02-29", "2028-02-29", rules: rules) == ["Half term 2028-02-16..2028-02-29"])
        #expect(HolidayWindowRules.MonthDay(month: 2, day: 30) == nil)
        #expect(HolidayWindowRules.MonthDay(month: 13, day: 1) == nil)
    }

    @Test func backwardsRangeOrBackwardsRuleGivesNothing() throws {
        #expect(try listed("2025-12-28", "2025-12-01") == [])
        let backwards = HolidayWindowRules(
            annual: [], easter: [HolidayWindowRules.EasterRule(name: "Odd", daysBefore: -3, daysAfter: -1)])
        // Easter -(-3) = +3 .. Easter - 1: end before start, so no window.
        #expect(try listed("2026-01-01", "2026-12-31", rules: backwards) == [])
    }

    @Test func theDefaultsAreTheDocumentedOnes() throws {
        let rules = HolidayWindowRules.standard
        #expect(rules.annual.map(\.name) == ["Christmas and New Year", "Summer holidays"])
        #expect(rules.annual[0].start == HolidayWindowRules.MonthDay(month: 12, day: 20))
        #expect(rules.annual[0].end == HolidayWindowRules.MonthDay(month: 1, day: 3))
        #expect(rules.annual[0].crossesYearEnd && !rules.annual[1].crossesYearEnd)
        #expect(rules.annual[1].start == HolidayWindowRules.MonthDay(month: 7, day: 22))
        #expect(rules.annual[1].end == HolidayWindowRules.MonthDay(month: 8, day: 31))
        #expect(rules.easter == [HolidayWindowRules.EasterRule(name: "Easter holidays", daysBefore: 8, daysAfter: 7)])
    }

    @Test func windowsAtTheEdgesOfTheCalendar() throws {
        // The window starting 9999-12-20 would end in year 10000, which does not exist.
        #expect(try listed("9999-12-01", "9999-12-31").isEmpty)
        #expect(try listed("0001-01-01", "0001-01-05").isEmpty)
        #expect(try listed("0001-12-25", "0001-12-25") == ["Christmas and New Year 0001-12-20..0002-01-03"])
    }
}
