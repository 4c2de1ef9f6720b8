import InvolveCore
import Testing

/// Waivers: how they are read from a project file, and how they apply to an assessment as of
/// a date (docs/pipelines.md, "Waivers").
@Suite struct WaiverTests {
    static func date(_ text: String) -> CalendarDate {
        CalendarDate(iso: text) ?? CalendarDate(dayNumber: 0)
    }

    /// A trust relocating a clinic while declaring no impact: an error (contradiction), a
    /// warning (no reasons) and a warning (no affected groups), plus info findings.
    static func project(waivers: String) -> String {
        """
        {
          "formatVersion": 1, "id": "W-1", "title": "Clinic move",
          "organisation": { "name": "Eastfield NHS Trust", "kind": "nhs-trust" },
          "services": { "relationship": "provides" },
          "activity": ["proposal-for-change"],
          "changes": [ { "kind": "relocation", "extraTravelMinutes": 20 } ],
          "impact": { "mannerOfDelivery": { "answer": "no" } },
          "staffAffected": false,
          "commonLaw": { "promiseToConsult": false, "establishedPracticeOfConsulting": false },
          "waivers": \(waivers)
        }
        """
    }

    static func load(_ text: String) -> Result<Project, InputErrors> {
        ProjectLoader.load(Array(text.utf8), file: "w.json")
    }

    static func report(_ waivers: String, asOf: String) throws -> ProjectReport {
        let project = try load(project(waivers: waivers)).get()
        return ProjectReport.assess(project, file: "w.json", options: AssessmentOptions(asOf: date(asOf)))
    }

    static func waiver(_ rule: String, expires: String, approvedOn: String? = nil, by: String = "Director") -> String {
        let approved = approvedOn.map { ", \"approvedOn\": \"\($0)\"" } ?? ""
        return "{ \"rule\": \"\(rule)\", \"justification\": \"Accepted by the board.\", \"approvedBy\": \"\(by)\"\(approved), \"expires\": \"\(expires)\" }"
    }

    // MARK: Reading

    @Test func readsEveryField() throws {
        let project = try Self.load(Self.project(waivers: "[" + Self.waiver("people-equality-groups", expires: "2026-06-30", approvedOn: "2026-01-02") + "]")).get()
        #expect(project.waivers == [Waiver(rule: "people-equality-groups", justification: "Accepted by the board.", approvedBy: "Director",
                                           approvedOn: Self.date("2026-01-02"), expires: Self.date("2026-06-30"))])
    }

    @Test func justificationApproverAndExpiryAreRequired() {
        let result = Self.load(Self.project(waivers: "[ { \"rule\": \"people-equality-groups\", \"justification\": \"  \" } ]"))
        guard case .failure(let errors) = result else { Issue.record("a waiver without approver or expiry was accepted"); return }
        let paths = errors.diagnostics.map(\.path.description)
        #expect(paths.contains("$.waivers[0].justification"))
        #expect(paths.contains("$.waivers[0].approvedBy"))
        #expect(paths.contains("$.waivers[0].expires"))
    }

    @Test func unknownRuleIsAnInputErrorWithASuggestion() {
        let result = Self.load(Self.project(waivers: "[" + Self.waiver("people-equalty-groups", expires: "2026-06-30") + "]"))
        guard case .failure(let errors) = result else { Issue.record("an unknown rule id was accepted"); return }
        let diagnostic = errors.diagnostics.first { $0.path.description == "$.waivers[0].rule" }
        #expect(diagnostic?.suggestion == "\"people-equality-groups\"")
        #expect(diagnostic?.location?.line == 10)
    }

    @Test func shortenedRuleIdIsSuggestedByPrefix() {
        let result = Self.load(Self.project(waivers: "[" + Self.waiver("people-equality", expires: "2026-06-30") + "]"))
        guard case .failure(let errors) = result else { Issue.record("an unknown rule id was accepted"); return }
        #expect(errors.diagnostics.first?.suggestion == "\"people-equality-groups\"")
    }

    @Test func expiryBeforeApprovalIsAnInputError() {
        let result = Self.load(Self.project(waivers: "[" + Self.waiver("people-equality-groups", expires: "2025-12-31", approvedOn: "2026-01-02") + "]"))
        guard case .failure(let errors) = result else { Issue.record("a waiver expiring before approval was accepted"); return }
        #expect(errors.diagnostics.map(\.path.description) == ["$.waivers[0].expires"])
    }

    @Test func unknownKeyInAWaiverIsReported() {
        let result = Self.load(Self.project(waivers: "[ { \"rule\": \"people-equality-groups\", \"justification\": \"x\", \"approvedBy\": \"y\", \"expiry\": \"2026-06-30\" } ]"))
        guard case .failure(let errors) = result else { Issue.record("a misspelt key was accepted"); return }
        #expect(errors.diagnostics.contains { $0.path.description == "$.waivers[0].expiry" && $0.suggestion == "\"expires\"" })
    }

    // MARK: Applying

    @Test func aWaiverInForceCoversEveryFindingOfItsRule() throws {
        let report = try Self.report("[" + Self.waiver("duty-impact-contradiction", expires: "2026-06-30") + "]", asOf: "2026-01-15")
        let contradiction = report.review.findings.filter { $0.finding.rule.id == "duty-impact-contradiction" }
        #expect(!contradiction.isEmpty)
        #expect(contradiction.allSatisfy { $0.isWaived })
        #expect(report.review.findings.filter(\.isWaived).count == contradiction.count)
        #expect(report.review.waivers.map(\.status) == [.applied])
        #expect(report.review.count(.error) == 0)
        #expect(!FailurePolicy.standard.fails(report))
    }

    @Test func aWaiverStillAppliesOnItsExpiryDay() throws {
        let report = try Self.report("[" + Self.waiver("duty-impact-contradiction", expires: "2026-01-15") + "]", asOf: "2026-01-15")
        #expect(report.review.waivers.map(\.status) == [.applied])
    }

    @Test func anExpiredWaiverStopsApplyingAndIsNamed() throws {
        let report = try Self.report("[" + Self.waiver("duty-impact-contradiction", expires: "2026-01-14", by: "Board secretary") + "]", asOf: "2026-01-15")
        let contradiction = try #require(report.review.findings.first { $0.finding.rule.id == "duty-impact-contradiction" })
        #expect(!contradiction.isWaived)
        #expect(contradiction.expiredWaiver?.approvedBy == "Board secretary")
        #expect(report.review.waivers.map(\.status) == [.expired])
        #expect(report.review.waivers[0].notice.contains("expired on 2026-01-14"))
        #expect(FailurePolicy.standard.fails(report))
    }

    @Test func aWaiverApprovedAfterTheAssessmentDateDoesNotApplyYet() throws {
        let report = try Self.report("[" + Self.waiver("duty-impact-contradiction", expires: "2026-06-30", approvedOn: "2026-02-01") + "]", asOf: "2026-01-15")
        #expect(report.review.waivedCount == 0)
        #expect(report.review.waivers.map(\.status) == [.notYetApproved])
    }

    @Test func aWaiverWithNothingToWaiveIsUnused() throws {
        let report = try Self.report("[" + Self.waiver("urgency-justification", expires: "2026-06-30") + "]", asOf: "2026-01-15")
        #expect(report.review.waivers.map(\.status) == [.unused])
        #expect(report.review.waivers[0].findings == 0)
    }

    @Test func theWaiverThatLastsLongestIsNamed() throws {
        let waivers = "[" + [Self.waiver("duty-impact-contradiction", expires: "2026-03-31", by: "A"),
                             Self.waiver("duty-impact-contradiction", expires: "2026-09-30", by: "B"),
                             Self.waiver("duty-impact-contradiction", expires: "2025-12-31", by: "C")].joined(separator: ",") + "]"
        let report = try Self.report(waivers, asOf: "2026-01-15")
        let contradiction = try #require(report.review.findings.first { $0.finding.rule.id == "duty-impact-contradiction" })
        #expect(contradiction.waiver?.approvedBy == "B")
        #expect(contradiction.expiredWaiver == nil)
        #expect(report.review.waivers.map(\.status) == [.applied, .applied, .expired])
        #expect(report.review.waivers.map(\.path) == ["$.waivers[0]", "$.waivers[1]", "$.waivers[2]"])
    }

    @Test func waiversNeverChangeTheVerdictOrTheOrderOfFindings() throws {
        let without = try Self.report("[]", asOf: "2026-01-15")
        let with = try Self.report("[" + Self.waiver("duty-impact-contradiction", expires: "2026-06-30") + "]", asOf: "2026-01-15")
        #expect(with.assessment.verdict == without.assessment.verdict)
        #expect(with.review.findings.map(\.finding) == without.review.findings.map(\.finding))
    }

    // MARK: Thresholds and the run's result

    @Test func thresholds() throws {
        let report = try Self.report("[]", asOf: "2026-01-15")
        #expect(FailurePolicy(failOn: .error).blockingFindings(report) == report.review.count(.error))
        #expect(FailurePolicy(failOn: .warning).blockingFindings(report) == report.review.count(.error) + report.review.count(.warning))
        #expect(FailurePolicy(failOn: nil).blockingFindings(report) == 0)
        #expect(!FailurePolicy(failOn: nil).fails(report))
    }

    @Test func inputErrorsWinOverFailures() throws {
        let failing = try Self.report("[]", asOf: "2026-01-15")
        var summary = RunSummary(policy: .standard)
        summary.add(.assessed(failing))
        #expect(summary.result == .failed)
        #expect(summary.result.exitCode == 1)
        summary.add(.invalid(file: "bad.json", errors: InputErrors(diagnostics: [])))
        #expect(summary.result == .inputErrors)
        #expect(summary.result.exitCode == 2)
        #expect(summary.files == 2 && summary.assessed == 1 && summary.invalid == 1)
    }

    @Test func anUndeterminedVerdictFailsOnlyWhenAskedTo() throws {
        let text = """
            { "formatVersion": 1, "id": "U", "title": "Unknown activity",
              "organisation": { "name": "Trust", "kind": "nhs-trust" }, "services": { "relationship": "provides" },
              "affectedGroups": [], "staffAffected": false }
            """
        let project = try Self.load(text).get()
        let report = ProjectReport.assess(project, file: "u.json", options: AssessmentOptions(asOf: Self.date("2026-01-15")))
        #expect(report.assessment.verdict == .undetermined)
        #expect(!FailurePolicy(failOn: nil).fails(report))
        #expect(FailurePolicy(failOn: nil, failOnUndetermined: true).fails(report))
    }
}
