import Testing
@testable import InvolveCore

/// Choosing the records of a period and the figures the annual report gives.
@Suite struct InvolvementReportTests {
    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text) ?? CalendarDate(dayNumber: 0) }

    static func record(_ id: String, project: String? = nil, asOf: String, decided: String? = nil, verdict: DutyVerdict = .applies,
                       groups: [AffectedGroup] = [], route: RecordRoute? = nil, evidence: [DecisionEvidence] = [],
                       organisation: String = "NHS Test ICB") -> DecisionRecord {
        DecisionRecord(
            recordID: id, asOf: day(asOf), toolVersion: "0.1.0", rulebookVersion: "test",
            input: RecordInput(file: "\(id).json", sha256: String(repeating: "0", count: 64), bytes: 1),
            project: RecordProject(id: project ?? id, title: "Project \(id)", organisation: Organisation(name: organisation, kind: .integratedCareBoard)),
            verdict: RecordVerdict(value: verdict, headline: verdict.headline, reason: "r"),
            route: route,
            decision: decided.map { Decision(decidedBy: "Board", date: day($0), decision: "d", evidence: evidence) },
            affectedGroups: groups)
    }

    static let year = CalendarDateRange(start: day("2025-04-01"), end: day("2026-03-31"))

    @Test func recordsArePlacedByDecisionDateOrElseAsOfDate() throws {
        let period = try #require(Self.year)
        let records = [
            Self.record("a", asOf: "2025-03-10", decided: "2025-04-01"),   // assessed before, decided on the first day: in
            Self.record("b", asOf: "2026-03-20", decided: "2026-04-02"),   // decided after the last day: out
            Self.record("c", asOf: "2026-03-31"),                          // no decision, assessed on the last day: in
            Self.record("d", asOf: "2025-03-31"),                          // no decision, assessed the day before: out
        ]
        let report = InvolvementReport(organisation: nil, period: period, allRecords: records)
        #expect(report.records.map(\.recordID) == ["a", "c"])
        #expect(report.excludedCount == 2)
        #expect(report.organisation == "NHS Test ICB")
    }

    @Test func recordsAreInDateOrderThenByID() throws {
        let period = try #require(Self.year)
        let records = [Self.record("z", asOf: "2025-05-01"), Self.record("b", asOf: "2025-06-01"), Self.record("a", asOf: "2025-05-01")]
        #expect(InvolvementReport(organisation: "X", period: period, allRecords: records).records.map(\.recordID) == ["a", "z", "b"])
    }

    @Test func figuresCountVerdictsDecisionsAndEvidence() throws {
        let period = try #require(Self.year)
        let eia = DecisionEvidence(kind: .equalityImpactAssessment, title: "EIA")
        let records = [
            Self.record("a", asOf: "2025-05-01", decided: "2025-05-02", verdict: .applies, evidence: [eia]),
            Self.record("b", asOf: "2025-05-03", verdict: .likelyApplies),
            Self.record("c", asOf: "2025-06-01", decided: "2025-06-02", verdict: .doesNotApply),
            Self.record("d", asOf: "2025-07-01", verdict: .undetermined),
        ]
        let report = InvolvementReport(organisation: "X", period: period, allRecords: records)
        #expect(report.dutyAppliedCount == 2)
        #expect(report.count(.doesNotApply) == 1)
        #expect(report.decisionsRecorded == 2)
        #expect(report.evidenceCount(.equalityImpactAssessment) == 1)
        #expect(report.routeCount(.publicConsultation) == nil, "no route recorded: not recorded, never zero")
    }

    @Test func routeCountsAppearOnceAnyRecordHasARoute() throws {
        let period = try #require(Self.year)
        let records = [
            Self.record("a", asOf: "2025-05-01", route: RecordRoute(kinds: [.publicConsultation, .scrutinyConsultation], summary: "s")),
            Self.record("b", asOf: "2025-05-03", route: RecordRoute(kinds: [.engagement], summary: "s")),
            Self.record("c", asOf: "2025-05-04"),
        ]
        let report = InvolvementReport(organisation: "X", period: period, allRecords: records)
        #expect(report.routeCount(.publicConsultation) == 1)
        #expect(report.routeCount(.scrutinyConsultation) == 1)
        #expect(report.routeCount(.engagement) == 1)
        #expect(report.routeCount(.secretaryOfStateNotification) == 0)
    }

    @Test func aProjectRecordedTwiceCountsOnceForReach() throws {
        let period = try #require(Self.year)
        let older = AffectedGroup(name: "Older people", protectedCharacteristics: [.age], facesHealthInequalities: true)
        let records = [
            Self.record("p-1", project: "P", asOf: "2025-05-01", groups: [older]),
            Self.record("p-2", project: "P", asOf: "2025-09-01", groups: [older]),
            Self.record("q", asOf: "2025-06-01", groups: [AffectedGroup(name: "Carers")]),
        ]
        let report = InvolvementReport(organisation: "X", period: period, allRecords: records)
        #expect(report.projectCount == 2)
        #expect(Array(report.latestRecordPerProject.map(\.recordID)) == ["q", "p-2"])
        #expect(report.projectsNamingInequalities == 1)
        #expect(report.protectedCharacteristicCoverage.first { $0.0 == .age }?.1 == 1)
    }

    @Test func monthsCoverThePeriodEvenWhenEmpty() throws {
        let period = try #require(Self.year)
        let records = [Self.record("a", asOf: "2025-04-30", verdict: .applies), Self.record("b", asOf: "2025-04-01", verdict: .undetermined),
                       Self.record("c", asOf: "2026-03-31", verdict: .doesNotApply)]
        let months = InvolvementReport(organisation: "X", period: period, allRecords: records).months
        #expect(months.count == 12)
        #expect(months.first?.name == "April 2025")
        #expect(months.first?.total == 2)
        #expect(months.first?.count(.undetermined) == 1)
        #expect(months.last?.name == "March 2026")
        #expect(months.last?.count(.doesNotApply) == 1)
        #expect(months[5].total == 0)
    }

    @Test func severalOrganisationsAreNamedTogether() throws {
        let period = try #require(Self.year)
        let records = [Self.record("a", asOf: "2025-05-01", organisation: "B Trust"), Self.record("b", asOf: "2025-05-01", organisation: "A ICB")]
        #expect(InvolvementReport(organisation: nil, period: period, allRecords: records).organisation == "A ICB; B Trust")
        #expect(InvolvementReport(organisation: nil, period: period, allRecords: []).organisation == "The organisation")
    }

    @Test func longDates() {
        #expect(Self.day("2025-04-01").longText == "1 April 2025")
        #expect(Self.day("2026-12-31").longText == "31 December 2026")
    }
}

/// The report orders a year of records by moving each once (`Array.rearrange(to:)`).
@Suite struct RearrangeTests {
    @Test func everyOrderOfFiveIsRearrangedAsSorting() {
        func permutations(_ items: [Int]) -> [[Int]] {
            items.count <= 1 ? [items] : items.indices.flatMap { index -> [[Int]] in
                var rest = items
                let first = rest.remove(at: index)
                return permutations(rest).map { [first] + $0 }
            }
        }
        for order in permutations(Array(0..<5)) {
            var letters = ["a", "b", "c", "d", "e"]
            let expected = order.map { letters[$0] }
            letters.rearrange(to: order)
            #expect(letters == expected, "\(order)")
        }
        var empty: [String] = []
        empty.rearrange(to: [])
        #expect(empty.isEmpty)
    }

    @Test func recordsThatTieKeepTheOrderTheyWereReadIn() throws {
        let period = try #require(InvolvementReportTests.year)
        // One record held by two files, the second with another title: same id, same date.
        let first = InvolvementReportTests.record("x", asOf: "2025-05-01")
        var second = first
        second.project.title = "Second copy"
        let report = InvolvementReport(organisation: "X", period: period,
                                       allRecords: [InvolvementReportTests.record("z", asOf: "2025-04-01"), first, second])
        #expect(report.records.map(\.slot.offset) == [0, 1, 2])
        let reversed = InvolvementReport(organisation: "X", period: period,
                                         allRecords: [second, first, InvolvementReportTests.record("z", asOf: "2025-04-01")])
        #expect(reversed.records.map(\.slot.offset) == [2, 0, 1])
    }
}
