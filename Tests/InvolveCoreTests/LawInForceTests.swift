import Testing
@testable import InvolveCore

/// Each exercise and decision is judged by the law in force on its own day.
@Suite struct LawInForceTests {
    static let asOf = CalendarDate(year: 2026, month: 12, day: 1) ?? CalendarDate(dayNumber: 0)

    static func project(launch: String, decision: String, audiences: [AudienceKind]) throws -> Project {
        try TestSupport.load(json: """
            { "formatVersion": 2, "id": "LAW", "title": "Dated law", "organisation": { "name": "An ICB", "kind": "icb" },
              "services": { "relationship": "commissions", "nature": "nhs-health-service" }, "activity": ["proposal-for-change"],
              "changes": [ { "kind": "closure", "peopleAffected": 100, "extraTravelMinutes": 10 } ],
              "exercises": [ { "approach": "consult", "launchDate": "\(launch)", "closeDate": "\(launch.prefix(4))-12-20", "decisionDate": "\(decision)",
                               "audiences": [\(audiences.map { "{ \"kind\": \"\($0.rawValue)\" }" }.joined(separator: ", "))],
                               "healthScrutiny": { "status": "agreed-substantial" } } ] }
            """)
    }

    @Test func theProvisionsAreDatedEntries() {
        #expect(LawInForce.carersAndRepresentatives.inForceFrom.description == "2022-07-01")
        #expect(LawInForce.secretaryOfStateNotice.inForceFrom.description == "2024-01-31")
        #expect(!LawInForce.carersAndRepresentatives.isInForce(on: CalendarDate(year: 2022, month: 6, day: 30) ?? Self.asOf))
        #expect(LawInForce.carersAndRepresentatives.isInForce(on: CalendarDate(year: 2022, month: 7, day: 1) ?? Self.asOf))
        let ended = DatedProvision(id: "x", summary: "", source: "", inForceFrom: LawInForce.carersAndRepresentatives.inForceFrom,
                                   inForceUntil: CalendarDate(year: 2027, month: 3, day: 31))
        #expect(ended.isInForce(on: CalendarDate(year: 2027, month: 3, day: 31) ?? Self.asOf))
        #expect(!ended.isInForce(on: CalendarDate(year: 2027, month: 4, day: 1) ?? Self.asOf))
        #expect(ended.versionText == "x (in force from 2022-07-01 until 2027-03-31)")
    }

    @Test func anExerciseBeforeJuly2022IsNotHeldToTheCarersRequirement() throws {
        let early = try Self.project(launch: "2022-03-01", decision: "2023-01-10", audiences: [.peopleUsingServices])
        let assessment = Assessor.assess(early, options: AssessmentOptions(asOf: Self.asOf))
        #expect(!assessment.findings.contains { $0.rule == .planCarersRepresentatives })
        #expect(assessment.audiences.first { $0.who == "Their carers and representatives (if any)" }?.required == false)
        #expect(assessment.trail.contains { $0.rule == .planCarersRepresentatives && $0.answer.hasPrefix("Not required at the time: the exercise launched on 2022-03-01, before carers-and-representatives-2022 (in force from 2022-07-01) came into force") })

        let later = try Self.project(launch: "2022-09-01", decision: "2023-01-10", audiences: [.peopleUsingServices])
        let judged = Assessor.assess(later, options: AssessmentOptions(asOf: Self.asOf))
        #expect(judged.findings.contains { $0.rule == .planCarersRepresentatives && $0.severity == .error })
        #expect(judged.audiences.first { $0.who == "Their carers and representatives (if any)" }?.required == true)
        #expect(judged.trail.contains { $0.rule == .planCarersRepresentatives && $0.answer.contains("Law applied: carers-and-representatives-2022 (in force from 2022-07-01), on 2022-09-01.") })
    }

    @Test func aDecisionBeforeTheNoticeProvisionIsNotNotifiable() throws {
        let before = try Self.project(launch: "2023-03-01", decision: "2024-01-15", audiences: [.generalPublic, .carers, .representatives])
        let assessment = Assessor.assess(before, options: AssessmentOptions(asOf: Self.asOf))
        #expect(assessment.route.notification.level == .notRequired)
        #expect(assessment.route.notification.reason.contains("commenced after the decision date 2024-01-15"))

        let after = try Self.project(launch: "2024-03-01", decision: "2024-10-15", audiences: [.generalPublic, .carers, .representatives])
        #expect(Assessor.assess(after, options: AssessmentOptions(asOf: Self.asOf)).route.notification.level == .required)
    }
}
