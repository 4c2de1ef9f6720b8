import Testing
@testable import InvolveCore

@Suite struct CalendarOverlapTests {
    private func day(_ iso: String) throws -> CalendarDate { try #require(CalendarDate(iso: iso)) }

    @Test func fourWeeksOverChristmas() throws {
        let overlaps = CalendarOverlaps.overlaps(consultationStart: try day("2025-12-01"), end: try day("2025-12-28"))
        #expect(overlaps.map(\.kind) == [.holidayWindow, .bankHolidays, .bankHolidays])
        let christmas = try #require(overlaps.first)
        #expect(christmas.name == "Christmas and New Year")
        #expect(christmas.windowStart.description == "2025-12-20")
        #expect(christmas.windowEnd.description == "2026-01-03")
        #expect(christmas.overlapDays == 9)  // 20-28 December
        #expect(christmas.consultationDays == 28)
        #expect(christmas.share == 9.0 / 28.0)
        #expect(abs(christmas.percentage - 32.142857) < 0.0001)
        #expect(overlaps.dropFirst().map(\.name) == ["Christmas Day", "Boxing Day"])
        #expect(overlaps.dropFirst().allSatisfy { $0.overlapDays == 1 && $0.windowStart == $0.windowEnd })
        #expect(CalendarOverlaps.bankHolidayCount(from: try day("2025-12-01"), through: try day("2025-12-28")) == 2)
    }

    @Test func springConsultationMeetsEasterAndPurdah() throws {
        // 1 March to 31 May 2026: 92 days.
        let overlaps = CalendarOverlaps.overlaps(consultationStart: try day("2026-03-01"), end: try day("2026-05-31"))
        let summary = overlaps.map { "\($0.kind.rawValue) \($0.name) \($0.overlapDays)/\($0.consultationDays)" }
        #expect(summary == [
            "holidayWindow Easter holidays 16/92",
            "preElectionPeriod Pre-election period (Local elections) 43/92",
            "bankHolidays Good Friday 1/92",
            "bankHolidays Easter Monday 1/92",
            "bankHolidays Early May bank holiday 1/92",
            "bankHolidays Spring bank holiday 1/92",
        ])
        let purdah = try #require(overlaps.first { $0.kind == .preElectionPeriod })
        #expect(purdah.share == 43.0 / 92.0)
        #expect(CalendarOverlaps.bankHolidayCount(from: try day("2026-03-01"), through: try day("2026-05-31")) == 4)
    }

    @Test func partialOverlapIsClippedToTheConsultation() throws {
        // Consultation 2026-08-17 to 2026-09-13 (28 days) meets the last 15 days of summer.
        let overlaps = CalendarOverlaps.overlaps(consultationStart: try day("2026-08-17"), end: try day("2026-09-13"))
        let summer = try #require(overlaps.first)
        #expect(summer.name == "Summer holidays")
        #expect(summer.overlapDays == 15)
        #expect(summer.windowStart.description == "2026-07-22")  // the window is reported whole
        #expect(summer.share == 15.0 / 28.0)
        #expect(overlaps.map(\.name) == ["Summer holidays", "Summer bank holiday"])
    }

    @Test func consultationInsideAWindowHasShareOne() throws {
        let overlaps = CalendarOverlaps.overlaps(consultationStart: try day("2026-08-03"), end: try day("2026-08-07"))
        #expect(overlaps.count == 1)
        #expect(overlaps.first?.share == 1.0)
        #expect(overlaps.first?.overlapDays == 5)
    }

    @Test func aRangeTouchingNothingGivesNothing() throws {
        let start = try day("2026-10-05")
        let end = try day("2026-11-27")
        #expect(CalendarOverlaps.overlaps(consultationStart: start, end: end).isEmpty)
        #expect(CalendarOverlaps.bankHolidayCount(from: start, through: end) == 0)
        #expect(CalendarOverlaps.consultationDays(start: start, end: end) == 54)
    }

    @Test func backwardsConsultationGivesNothing() throws {
        #expect(CalendarOverlaps.overlaps(consultationStart: try day("2025-12-28"), end: try day("2025-12-01")).isEmpty)
        #expect(CalendarOverlaps.consultationDays(start: try day("2025-12-28"), end: try day("2025-12-01")) == nil)
        #expect(CalendarOverlaps.bankHolidayCount(from: try day("2025-12-28"), through: try day("2025-12-01")) == 0)
    }

    @Test func customRulesFlowThrough() throws {
        let noWindows = HolidayWindowRules(annual: [], easter: [])
        let noElections = PreElectionRules(annualLocalElections: false)
        let overlaps = CalendarOverlaps.overlaps(consultationStart: try day("2026-03-01"), end: try day("2026-05-31"),
                                                 holidayRules: noWindows, electionRules: noElections)
        #expect(overlaps.allSatisfy { $0.kind == .bankHolidays })
        #expect(overlaps.count == 4)
    }

    @Test func rangeArithmetic() throws {
        let a = try #require(CalendarDateRange(start: try day("2026-01-01"), end: try day("2026-01-10")))
        let b = try #require(CalendarDateRange(start: try day("2026-01-10"), end: try day("2026-01-20")))
        let c = try #require(CalendarDateRange(start: try day("2026-01-11"), end: try day("2026-01-20")))
        #expect(a.days == 10)
        #expect(a.intersection(b)?.description == "2026-01-10..2026-01-10")
        #expect(a.intersection(c) == nil)
        #expect(!a.overlaps(c))
        #expect(CalendarDateRange(start: try day("2026-01-02"), end: try day("2026-01-01")) == nil)
    }
}
