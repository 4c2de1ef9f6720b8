import Testing
@testable import InvolveCore

@Suite struct CalendarPreElectionTests {
    private func day(_ iso: String) throws -> CalendarDate { try #require(CalendarDate(iso: iso)) }

    @Test func localElectionsAreOnTheFirstThursdayInMay() throws {
        #expect(PreElectionPeriods.localElectionPollingDay(year: 2026)?.description == "2026-05-07")
        #expect(PreElectionPeriods.localElectionPollingDay(year: 2024)?.description == "2024-05-02")
        #expect(PreElectionPeriods.localElectionPollingDay(year: 2025)?.description == "2025-05-01")
        #expect(PreElectionPeriods.localElectionPollingDay(year: 2023)?.description == "2023-05-04")
    }

    @Test func may2026PeriodStartsSixWeeksBefore() throws {
        let periods = PreElectionPeriods.periods(overlapping: try day("2026-03-01"), end: try day("2026-03-31"))
        let period = try #require(periods.first)
        #expect(periods.count == 1)
        #expect(period.name == "Local elections")
        #expect(period.start.description == "2026-03-26")
        #expect(period.end.description == "2026-05-07")
        #expect(period.pollingDay == period.end)
        #expect(period.range.days == 43)  // 42 days before, plus polling day
    }

    @Test func periodBoundariesAreInclusive() throws {
        #expect(PreElectionPeriods.periods(overlapping: try day("2026-03-01"), end: try day("2026-03-25")).isEmpty)
        #expect(PreElectionPeriods.periods(overlapping: try day("2026-03-25"), end: try day("2026-03-26")).count == 1)
        #expect(PreElectionPeriods.periods(overlapping: try day("2026-05-07"), end: try day("2026-06-30")).count == 1)
        #expect(PreElectionPeriods.periods(overlapping: try day("2026-05-08"), end: try day("2026-06-30")).isEmpty)
    }

    @Test func weeksAreAParameter() throws {
        let rules = PreElectionRules(weeksBefore: 4)
        let periods = PreElectionPeriods.periods(overlapping: try day("2026-01-01"), end: try day("2026-12-31"), rules: rules)
        #expect(periods.map(\.start.description) == ["2026-04-09"])
        #expect(PreElectionPeriods.periods(overlapping: try day("2026-01-01"), end: try day("2026-12-31"),
                                           rules: PreElectionRules(weeksBefore: -1)).isEmpty)
    }

    @Test func extraPollingDaysAreData() throws {
        let general = PollingDay(name: "General election", date: try day("2024-07-04"))
        let rules = PreElectionRules(extraPollingDays: [general])
        let periods = PreElectionPeriods.periods(overlapping: try day("2024-05-01"), end: try day("2024-06-30"), rules: rules)
        #expect(periods.map(\.description) == [
            "Pre-election period (Local elections) 2024-03-21..2024-05-02",
            "Pre-election period (General election) 2024-05-23..2024-07-04",
        ])
        let onlyExtra = PreElectionRules(annualLocalElections: false, extraPollingDays: [general])
        #expect(PreElectionPeriods.periods(overlapping: try day("2024-01-01"), end: try day("2024-12-31"),
                                           rules: onlyExtra).map(\.name) == ["General election"])
    }

    @Test func pollsOnTheSameDayMakeOnePeriod() throws {
        let rules = PreElectionRules(extraPollingDays: [PollingDay(name: "General election", date: try day("2015-05-07"))])
        let periods = PreElectionPeriods.periods(overlapping: try day("2015-04-01"), end: try day("2015-04-30"), rules: rules)
        #expect(periods.map(\.description) == ["Pre-election period (Local elections and General election) 2015-03-26..2015-05-07"])
    }

    @Test func aLongPeriodStartingInTheRangeForAPollNextYearIsFound() throws {
        // 60 weeks = 420 days: the May 2027 poll's period starts 2026-03-12.
        let rules = PreElectionRules(weeksBefore: 60)
        let periods = PreElectionPeriods.periods(overlapping: try day("2026-01-01"), end: try day("2026-03-15"), rules: rules)
        #expect(periods.map(\.pollingDay.description) == ["2026-05-07", "2027-05-06"])
        #expect(periods.last?.start.description == "2026-03-12")
    }
}
