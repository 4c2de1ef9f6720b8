import Testing
@testable import InvolveCore

/// The decision record's route, Gunning principles, plan reach and key dates, made from the
/// assessment by `RecordSections`.
@Suite struct RecordSectionsTests {
    static func record(_ project: Project) -> (Assessment, DecisionRecord) {
        let assessment = RouteFixtures.assess(project)
        let record = DecisionRecord.make(project: project, assessment: assessment, inputBytes: [], inputName: "p.json")
        return (assessment, record)
    }

    // MARK: Route

    @Test func aConsultationWithEverythingDoneListsEveryKind() throws {
        let (assessment, record) = Self.record(try RouteFixtures.wellRun())
        #expect(assessment.route.kind == .formalConsultation)
        let route = try #require(record.route)
        #expect(route.kinds == [.engagement, .publicConsultation, .scrutinyConsultation, .secretaryOfStateNotification, .serviceChangeAssurance])
        #expect(route.summary.hasPrefix("Formal public consultation, required"))
        #expect(route.summary.contains("consultation of the health scrutiny committee (required, done)"))
        #expect(route.summary.contains("notice to the Secretary of State (required, done)"))
        #expect(route.summary.contains("pre-consultation engagement (expected by guidance, done)"))
    }

    /// Indicators present but nothing agreed with the committee: likely, and the summary says so.
    @Test func likelyRequirementsAreListedAndSaidToBeLikely() throws {
        let project = try RouteFixtures.wellRun { plan in
            plan.healthScrutiny = HealthScrutiny(status: .informed)
            plan.secretaryOfStateNotified = nil
            plan.serviceChangeAssurance = nil
            plan.preConsultationEngagementDone = nil
        }
        let (assessment, record) = Self.record(project)
        #expect(assessment.route.scrutiny.level == .likely)
        let route = try #require(record.route)
        #expect(route.kinds == [.publicConsultation, .scrutinyConsultation, .secretaryOfStateNotification, .serviceChangeAssurance])
        #expect(route.summary.hasPrefix("Formal public consultation, likely"))
        #expect(route.summary.contains("consultation of the health scrutiny committee (likely)"))
        #expect(route.summary.contains("pre-consultation engagement (expected by guidance)"))
    }

    /// Not required and not indicated are never counted.
    @Test func requirementsNotRequiredAreNotCounted() throws {
        let project = try RouteFixtures.wellRun { plan in
            plan.healthScrutiny = HealthScrutiny(status: .agreedNotSubstantial)
            plan.serviceChangeAssurance = ServiceChangeAssurance(majorChange: false)
        }
        let (assessment, record) = Self.record(project)
        #expect(assessment.route.kind == .engagement)
        #expect(assessment.route.notification.level == .notRequired)
        let route = try #require(record.route)
        #expect(route.kinds == [.engagement])
        #expect(route.summary.hasPrefix("Engagement, required"))
        #expect(!route.summary.contains("Secretary of State"))
    }

    /// A consultation that only "may be required" at common law is not counted as one: the
    /// statutory route is, and the summary says to take legal advice.
    @Test func aCommonLawConsultationIsNotCountedAsOne() throws {
        var project = try RouteFixtures.wellRun { plan in
            plan.healthScrutiny = HealthScrutiny(status: .agreedNotSubstantial)
            plan.serviceChangeAssurance = ServiceChangeAssurance(majorChange: false)
        }
        project.commonLaw = CommonLawTriggers(promiseToConsult: true)
        let (assessment, record) = Self.record(project)
        #expect(assessment.route.kind == .formalConsultation)
        #expect(assessment.route.level == .mayBeRequired)
        let route = try #require(record.route)
        #expect(route.kinds == [.engagement])
        #expect(route.summary.hasPrefix("Engagement at least, because the duty to involve applies"))
        #expect(route.summary.contains("take legal advice"))
    }

    @Test func anUndeterminedRouteListsNoKind() throws {
        let project = try RouteFixtures.load("""
            { "formatVersion": 1, "id": "u", "title": "Unknown", "organisation": { "name": "Test ICB", "kind": "icb" } }
            """)
        let (assessment, record) = Self.record(project)
        #expect(assessment.route.kind == .undetermined)
        let route = try #require(record.route)
        #expect(route.kinds == [])
        #expect(route.summary.hasPrefix("Facts are missing"))
    }

    /// Under the urgency exemption the committee is notified, not consulted.
    @Test func theUrgencyExemptionIsNotAScrutinyConsultation() throws {
        var project = try RouteFixtures.wellRun { plan in
            plan.approach = .inform
            plan.healthScrutiny = nil
        }
        project.urgency = Urgency(isUrgent: true, cause: "Midwife shortage", riskToPatientsOrStaff: "Unsafe staffing on night shifts",
                                  involvementLeftLate: false, riskEvidence: "Rota fill below safe levels", riskAssessedBy: "Head of Midwifery",
                                  riskArose: CalendarDate(iso: "2026-01-12"))
        let (assessment, record) = Self.record(project)
        #expect(assessment.route.scrutiny.level == .urgencyExemption)
        let route = try #require(record.route)
        #expect(route.kinds.first == .engagement)
        #expect(!route.kinds.contains(.scrutinyConsultation))
        #expect(!route.kinds.contains(.publicConsultation))
        #expect(route.summary.contains("urgency exemption the local authority must be notified immediately"))
        #expect(route.summary.contains("does not record that it has been"))
    }

    // MARK: Gunning principles

    @Test func theFourPrinciplesWithTheirStatusAndApplication() throws {
        let (_, record) = Self.record(try RouteFixtures.wellRun())
        let fairness = try #require(record.fairness)
        #expect(fairness.principles.map(\.name) == ["G1: Consultation at a formative stage", "G2: Sufficient information and reasons",
                                                    "G3: Adequate time for consideration and response",
                                                    "G4: Conscientious consideration of the responses"])
        #expect(fairness.principles.allSatisfy { $0.status == .met })
        #expect(fairness.summary.hasPrefix("Formally:"))
        #expect(fairness.summary.hasSuffix("Of the four principles: 4 met."))
    }

    @Test func principlesOnAConsultationRouteSayWhatIsMissingWhateverThePlanIsCalled() throws {
        let project = try RouteFixtures.wellRun { plan in
            plan.approach = .engage
            plan.decisionInPublic = nil
        }
        let (_, record) = Self.record(project)
        let fairness = try #require(record.fairness)
        #expect(fairness.summary.hasPrefix("Formally:"))  // the route needs consultation, whatever the plan is called
        let g4 = try #require(fairness.principles.last)
        #expect(g4.status == .notAssessable)
        #expect(g4.explanation.hasPrefix("Not stated: "))
        #expect(fairness.summary.contains("1 not assessable"))
    }

    // MARK: Plan and dates

    @Test func reachNamesEachAudienceInThePlansOrder() throws {
        let project = try RouteFixtures.wellRun { plan in
            plan.audiences = [PlannedAudience(kind: .carers, details: "Carers' centre, young carers' service"),
                              PlannedAudience(kind: .healthwatch)]
        }
        let (_, record) = Self.record(project)
        let plan = try #require(record.plan)
        #expect(plan.approach == "consult")
        #expect(plan.reach == [RecordReach(audience: "carers", how: "Carers' centre, young carers' service"),
                               RecordReach(audience: "local Healthwatch", how: RecordSections.notDetailed)])
    }

    @Test func keyDatesComeFromThePlanAndTheDecisionInDateOrder() throws {
        var project = try RouteFixtures.wellRun()
        project.decision = Decision(decidedBy: "ICB Board", date: RouteFixtures.date("2026-03-04"), decision: "Consult for twelve weeks")
        let (_, record) = Self.record(project)
        #expect(record.keyDates == [
            RecordKeyDate(label: "Decision", date: RouteFixtures.date("2026-03-04")),
            RecordKeyDate(label: "Consultation opens", date: RouteFixtures.date("2026-09-14")),
            RecordKeyDate(label: "Consultation closes", date: RouteFixtures.date("2026-12-06")),
            RecordKeyDate(label: "Decision on the proposal due", date: RouteFixtures.date("2027-01-27")),
        ])
        // The day the proposal is decided is shown once.
        project.decision?.date = RouteFixtures.date("2027-01-27")
        #expect(Self.record(project).1.keyDates.map(\.label) == ["Consultation opens", "Consultation closes", "Decision"])
    }
}
