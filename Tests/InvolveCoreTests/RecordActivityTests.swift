import Testing
@testable import InvolveCore

/// What was done (the plan's approach, the scrutiny committee, the Secretary of State) beside
/// the route assessed, and the figures of each reporting year.
@Suite struct RecordActivityTests {
    typealias R = InvolvementReportTests

    static func record(_ id: String, project: String? = nil, asOf: String = "2025-06-01", approach: String?, kinds: [RecordRouteKind]?,
                       scrutiny: String? = nil, notified: Bool? = nil, launch: String? = nil) -> DecisionRecord {
        var record = R.record(id, project: project, asOf: asOf, route: kinds.map { RecordRoute(kinds: $0, summary: "s") })
        record.plan = RecordPlan(approach: approach, scrutinyStatus: scrutiny, secretaryOfStateNotified: notified,
                                 launchDate: launch.map(R.day))
        return record
    }

    @Test func whatWasDoneIsThePlansApproachNotTheRoute() {
        let consulted = RecordActivity(Self.record("a", approach: "consult", kinds: [.engagement]))
        #expect(consulted.done == .publicConsultation)
        #expect(consulted.assessed == .engagement)
        #expect(consulted.differs == true)
        // A consultation route lists the engagement before it; the consultation is the route.
        let both = RecordActivity(Self.record("b", approach: "engage", kinds: [.engagement, .publicConsultation, .scrutinyConsultation]))
        #expect(both.assessed == .publicConsultation && both.differs == true && both.scrutinyAssessed)
        // Co-production answers an engagement route.
        #expect(RecordActivity(Self.record("c", approach: "co-produce", kinds: [.engagement])).differs == false)
        // Nothing stated is nothing assumed.
        let unknown = RecordActivity(Self.record("d", approach: nil, kinds: nil))
        #expect(unknown.done == nil && unknown.assessed == nil && unknown.differs == nil)
        #expect(unknown.scrutiny == nil && unknown.secretaryOfStateNotified == nil)
        // An approach the tool does not know (a newer record) is not recorded, not a guess.
        #expect(RecordActivity(Self.record("e", approach: "hold-a-referendum", kinds: [.engagement])).done == nil)
    }

    /// Chosen in the year but opening after it: not done in the year.
    @Test func anApproachOpeningAfterThePeriodIsNotDone() throws {
        let record = Self.record("f", asOf: "2026-02-24", approach: "engage", kinds: [.publicConsultation], launch: "2026-04-13")
        let inYear = RecordActivity(record, periodEnd: R.day("2026-03-31"))
        #expect(inYear.beginsAfterPeriod && inYear.done == nil && inYear.chosen == .engagement && inYear.differs == nil)
        let nextYear = RecordActivity(record, periodEnd: R.day("2027-03-31"))
        #expect(!nextYear.beginsAfterPeriod && nextYear.done == .engagement && nextYear.differs == true)
        // Opening on the last day of the period is in it.
        #expect(!RecordActivity(Self.record("g", approach: "consult", kinds: nil, launch: "2026-03-31"), periodEnd: R.day("2026-03-31")).beginsAfterPeriod)
        let period = try #require(R.year)
        let figures = InvolvementReport(organisation: "X", period: period, allRecords: [record]).activity
        #expect(figures.beginsAfterPeriod == 1 && figures.engagement.done == 0 && figures.notRecorded.done == 0)
    }

    @Test func figuresCountEachProjectOnceByItsLatestRecord() throws {
        let period = try #require(R.year)
        let records = [
            Self.record("s1", project: "stroke", asOf: "2025-05-01", approach: "consult", kinds: [.publicConsultation, .scrutinyConsultation],
                        scrutiny: "agreed-substantial", notified: false),
            Self.record("s2", project: "stroke", asOf: "2026-01-20", approach: "consult", kinds: [.publicConsultation, .scrutinyConsultation, .secretaryOfStateNotification],
                        scrutiny: "consulted", notified: true),
            Self.record("r", asOf: "2025-07-01", approach: "consult", kinds: [.engagement]),
            Self.record("w", asOf: "2025-08-01", approach: "inform", kinds: [.engagement]),
            Self.record("x", asOf: "2025-09-01", approach: nil, kinds: [.publicConsultation, .scrutinyConsultation]),
        ]
        let figures = InvolvementReport(organisation: "X", period: period, allRecords: records).activity
        #expect(figures.projects == 4)
        #expect(figures.publicConsultation == ActivityFigures.Pair(done: 2, assessed: 2))
        #expect(figures.engagement == ActivityFigures.Pair(done: 0, assessed: 2))
        #expect(figures.informationOnly == ActivityFigures.Pair(done: 1, assessed: 0))
        #expect(figures.notRecorded == ActivityFigures.Pair(done: 1, assessed: 0))
        #expect(figures.scrutinyConsultation == ActivityFigures.Pair(done: 1, assessed: 2))
        #expect(figures.scrutinyNotRecorded == 1)
        #expect(figures.secretaryOfStateNotification == ActivityFigures.Pair(done: 1, assessed: 1))
        #expect(figures.differing == 2)
    }

    @Test func reportingYearsRunFromAprilToMarch() throws {
        #expect(ReportingYearFigures.startYear(of: R.day("2025-03-31")) == 2024)
        #expect(ReportingYearFigures.startYear(of: R.day("2025-04-01")) == 2025)
        let period = try #require(CalendarDateRange(start: R.day("2024-04-01"), end: R.day("2026-03-31")))
        let records = [
            Self.record("a", asOf: "2024-06-01", approach: "engage", kinds: [.engagement]),
            Self.record("b", asOf: "2025-03-31", approach: "consult", kinds: [.publicConsultation]),
            Self.record("c", asOf: "2025-04-01", approach: "consult", kinds: [.publicConsultation]),
        ]
        let years = InvolvementReport(organisation: "X", period: period, allRecords: records).reportingYears
        #expect(years.map(\.name) == ["2024/25", "2025/26"])
        #expect(years.map(\.records) == [2, 1])
        #expect(years.map(\.activity.publicConsultation.done) == [1, 1])
        #expect(years.map(\.activity.engagement.done) == [1, 0])
        #expect(ReportingYearFigures(startYear: 1999, records: 0, projects: 0, dutyApplied: 0, decisionsRecorded: 0, activity: ActivityFigures([])).name == "1999/00")
    }

    @Test func theSectionKeepsWhatTheReportShows() {
        var record = Self.record("a", approach: "consult", kinds: [.engagement], scrutiny: "consulted", notified: true)
        record.trail = [RecordStep(step: 1, ruleID: "r", title: "t", question: "q", answer: "a", inferred: false, facts: [], citations: [])]
        record.findings = [RecordFinding(ruleID: "r", severity: .info, message: "m")]
        let brief = record.forReportSection
        #expect(brief.trail.isEmpty && brief.findings.isEmpty)
        #expect(RecordActivity(brief) == RecordActivity(record))
        #expect(brief.plan == record.plan && brief.decision == record.decision && brief.route == record.route)
    }
}
