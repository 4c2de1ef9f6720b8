import Testing
@testable import InvolveCore

@Suite struct GunningTests {
    typealias F = RouteFixtures

    private func statuses(_ assessment: Assessment) -> [PrincipleStatus] {
        assessment.fairness.principles.map(\.status)
    }

    @Test func aWellRunTwelveWeekConsultationMeetsAllFour() throws {
        let assessment = F.assess(try F.wellRun())
        #expect(assessment.fairness.application == .formal)
        #expect(assessment.fairness.principles.map(\.principle) == [.formativeStage, .sufficientInformation, .adequateTime, .conscientiousConsideration])
        #expect(statuses(assessment) == [.met, .met, .met, .met])
        #expect(assessment.fairness.principles.map(\.ruleID) == ["gunning-1-formative", "gunning-2-information", "gunning-3-time", "gunning-4-conscientious"])
        for id in ["gunning-scope", "gunning-1-formative", "gunning-2-information", "gunning-3-time", "gunning-4-conscientious"] {
            #expect(assessment.steps(id).count == 1, "one trail step for \(id)")
        }
        #expect(assessment.findings.allSatisfy { !$0.rule.id.hasPrefix("gunning") })
        #expect(assessment.fact("gunning-3-time", "assessment.consultationDays") == "84")
        #expect(assessment.fact("gunning-3-time", "policy.consultationNormWeeks") == "12 (policy involve-default 2026.1)")
        #expect(assessment.fact("gunning-4-conscientious", "assessment.analysisDays") == "52")
        #expect(Rule.gunning1Formative.citations.contains { $0.lines == "1135" })
        #expect(Rule.gunning2Information.citations.contains { $0.lines == "1141" })
        #expect(Rule.gunning3Time.citations.contains { $0.lines == "1145" })
        #expect(Rule.gunning4Conscientious.citations.contains { $0.lines == "1149" })
        #expect(Rule.gunningScope.citations.contains { $0.lines == "699" })
    }

    // MARK: G3 adequate time

    @Test func fourWeeksOverChristmasIsNotMet() throws {
        let project = try F.wellRun { plan in
            plan.launchDate = F.date("2026-12-07")
            plan.closeDate = F.date("2027-01-03")
            plan.decisionDate = F.date("2027-03-24")
            plan.accessibleFormats = [AccessibleFormatPlan(format: .easyRead, readyDate: F.date("2026-12-07"))]
        }
        let assessment = F.assess(project)
        #expect(assessment.principle(.adequateTime)?.status == .notMet)
        let holidays = try #require(assessment.findings("gunning-3-holidays").first)
        #expect(holidays.severity == .error)
        #expect(holidays.message.contains("15 of its 28 days (53%)"))
        #expect(holidays.message.contains("Christmas and New Year 2026-12-20 to 2027-01-03"))
        #expect(holidays.message.contains("policy involve-default (version 2026.1): holidayShareAtRiskPercent = 25"))
        #expect(holidays.message.contains("not a rule of law"))
        #expect(holidays.facts.contains(Fact("assessment.holidayDays", "15")))
        let length = try #require(assessment.findings("gunning-3-length").first)
        #expect(length.severity == .warning)
        #expect(length.message.contains("consultationMinimumWeeks = 6"))
        #expect(assessment.fact("gunning-3-time", "assessment.bankHolidays") == "Christmas Day 2026-12-25, Boxing Day (substitute day) 2026-12-28, New Year's Day 2027-01-01")  // 26 December 2026 is a Saturday
        #expect(assessment.step("gunning-3-time")?.answer.hasPrefix("G3 not met.") == true)
        #expect(assessment.nextSteps.contains { $0.contains("Gunning G3") })
    }

    @Test func theSameFourWeeksInOctoberIsOnlyAtRisk() throws {
        let project = try F.wellRun { plan in
            plan.launchDate = F.date("2026-10-05")
            plan.closeDate = F.date("2026-11-01")
        }
        let assessment = F.assess(project)
        #expect(assessment.principle(.adequateTime)?.status == .atRisk)
        #expect(assessment.findings("gunning-3-holidays").isEmpty)
        #expect(assessment.findings("gunning-3-length").map(\.severity) == [.warning])
    }

    @Test func twelveWeeksOverChristmasIsMetWithAdvice() throws {
        // 2026-10-26 to 2027-01-17: 84 days, 15 in the Christmas window (17%, under 25%).
        let project = try F.wellRun { plan in
            plan.launchDate = F.date("2026-10-26")
            plan.closeDate = F.date("2027-01-17")
            plan.decisionDate = F.date("2027-03-24")
            plan.accessibleFormats = [AccessibleFormatPlan(format: .easyRead, readyDate: F.date("2026-10-26"))]
        }
        let assessment = F.assess(project)
        #expect(assessment.principle(.adequateTime)?.status == .met)
        #expect(assessment.findings("gunning-3-holidays").map(\.severity) == [.info])
    }

    @Test func aShorterConsultationNeedsPreConsultationEngagement() throws {
        // Ten weeks: 2026-09-14 to 2026-11-22.
        let backed = try F.wellRun { $0.closeDate = F.date("2026-11-22") }
        let backedAssessment = F.assess(backed)
        #expect(backedAssessment.principle(.adequateTime)?.status == .met)
        let advice = try #require(backedAssessment.findings("gunning-3-length").first)
        #expect(advice.severity == .info)
        #expect(advice.message.contains("statutory guidance, Annex B3, Applying the principles to major service change"))

        let unbacked = try F.wellRun { $0.closeDate = F.date("2026-11-22"); $0.preConsultationEngagementDone = false }
        let unbackedAssessment = F.assess(unbacked)
        #expect(unbackedAssessment.principle(.adequateTime)?.status == .atRisk)
        let warning = try #require(unbackedAssessment.findings("gunning-3-length").first)
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("consultationNormWeeks = 12"))
        #expect(warning.facts.contains(Fact("$.plan.preConsultationEngagementDone", "false")))
    }

    @Test func aConsultationUnderTheFloorIsNotMetAndNeverCalledUnlawful() throws {
        let assessment = F.assess(try F.wellRun { $0.closeDate = F.date("2026-09-20") })  // seven days
        #expect(assessment.principle(.adequateTime)?.status == .notMet)
        let finding = try #require(assessment.findings("gunning-3-length").first)
        #expect(finding.severity == .error)
        #expect(finding.message.contains("consultationFloorWeeks = 2"))
        #expect(finding.message.contains("no statutory minimum"))
        #expect(!assessment.findings.contains { $0.message.lowercased().contains("unlawful") })
    }

    @Test func launchingInsideAPreElectionPeriodIsAtRisk() throws {
        // Local elections 2026-05-07; the period starts six weeks before, on 2026-03-26.
        let project = try F.wellRun { plan in
            plan.planningStartDate = F.date("2025-11-03")
            plan.launchDate = F.date("2026-04-13")
            plan.closeDate = F.date("2026-07-05")
            plan.decisionDate = F.date("2026-09-16")
            plan.accessibleFormats = [AccessibleFormatPlan(format: .easyRead, readyDate: F.date("2026-04-13"))]
        }
        let assessment = F.assess(project)
        #expect(assessment.principle(.adequateTime)?.status == .atRisk)
        let finding = try #require(assessment.findings("gunning-3-pre-election").first)
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("2026-03-26 to polling day 2026-05-07"))
        #expect(finding.message.contains("should generally not be launched"))
        #expect(finding.facts.contains { $0.path == "policy.preElection" })
        #expect(finding.rule.citations.contains { $0.lines == "1208" })

        // Launching the day after polling day removes the risk.
        let moved = try F.wellRun { plan in
            plan.planningStartDate = F.date("2025-11-03")
            plan.launchDate = F.date("2026-05-08")
            plan.closeDate = F.date("2026-07-19")
            plan.decisionDate = F.date("2026-09-16")
            plan.accessibleFormats = [AccessibleFormatPlan(format: .easyRead, readyDate: F.date("2026-05-08"))]
        }
        let movedAssessment = F.assess(moved)
        #expect(movedAssessment.findings("gunning-3-pre-election").isEmpty)
        #expect(movedAssessment.principle(.adequateTime)?.status == .met)
    }

    @Test func engagementHasNoLengthThresholdAndAdvisoryFindings() throws {
        var project = try F.wellRun { plan in
            plan.approach = .engage
            plan.launchDate = F.date("2026-12-07")
            plan.closeDate = F.date("2027-01-03")
            plan.decisionDate = F.date("2027-03-24")
            plan.healthScrutiny = nil
            plan.serviceChangeAssurance = nil
            plan.accessibleFormats = [AccessibleFormatPlan(format: .easyRead, readyDate: F.date("2026-12-07"))]
        }
        project.activities = [.planning]
        project.changes = []
        let assessment = F.assess(project)
        #expect(assessment.fairness.application == .advisory)
        #expect(assessment.fairness.applicationReason.contains("statutory guidance, Annex A2, Fair and proportionate approaches"))
        // The same figures apply as advice: four weeks is under the six-week minimum, and most of it
        // is over Christmas, so the principle is not met; as advice the findings are one step lighter.
        #expect(assessment.findings("gunning-3-length").map(\.severity) == [.info])
        #expect(assessment.principle(.adequateTime)?.status == .notMet)
        #expect(assessment.findings("gunning-3-holidays").map(\.severity) == [.warning])
    }

    // MARK: G1 formative stage

    @Test func aConsultationOnADecisionAlreadyTakenIsNotMet() throws {
        let assessment = F.assess(try F.wellRun { $0.decisionAlreadyTaken = true })
        #expect(statuses(assessment) == [.notMet, .met, .met, .met])
        let finding = try #require(assessment.findings("gunning-1-formative").first)
        #expect(finding.severity == .error)
        #expect(finding.message.contains("Meaningful consultation cannot take place about a decision that has already been made"))
        #expect(finding.facts.contains(Fact("$.plan.decisionAlreadyTaken", "true")))
    }

    @Test func aDecisionAlreadyTakenIsAnErrorEvenForEngagementWhereTheDutyApplies() throws {
        var project = try F.wellRun { $0.approach = .engage; $0.decisionAlreadyTaken = true; $0.healthScrutiny = nil; $0.serviceChangeAssurance = nil }
        project.activities = [.planning]
        project.changes = []
        let assessment = F.assess(project)
        #expect(assessment.fairness.application == .advisory)
        #expect(assessment.findings("gunning-1-formative").map(\.severity) == [.error])
        #expect(assessment.findings("gunning-1-formative").first?.message.contains("development and consideration of proposals") == true)
    }

    @Test func optionsNotOpenOrUndeliverableAreNotMet() throws {
        #expect(F.assess(try F.wellRun { $0.optionsGenuinelyOpen = false }).principle(.formativeStage)?.status == .notMet)
        let undeliverable = F.assess(try F.wellRun { $0.optionsDeliverable = false })
        #expect(undeliverable.principle(.formativeStage)?.status == .notMet)
        #expect(undeliverable.findings("gunning-1-formative").first?.message.contains("would be misleading") == true)
    }

    @Test func aLaunchAfterTheDecisionDateIsNotMet() throws {
        let assessment = F.assess(try F.wellRun { $0.decisionDate = F.date("2026-09-01") })
        #expect(assessment.principle(.formativeStage)?.status == .notMet)
        #expect(assessment.findings("gunning-1-formative").first?.message.contains("the decision date 2026-09-01 is on or before the launch on 2026-09-14") == true)
        #expect(assessment.principle(.conscientiousConsideration)?.status == .notMet)
    }

    @Test func anUnstatedDecisionIsNotAssessableWithAQuestion() throws {
        let assessment = F.assess(try F.wellRun { $0.decisionAlreadyTaken = nil })
        #expect(assessment.principle(.formativeStage)?.status == .notAssessable)
        #expect(assessment.openQuestions.contains { $0.path == "$.plan.decisionAlreadyTaken" })
        #expect(assessment.findings("gunning-1-formative").isEmpty)
    }

    // MARK: G2 information

    @Test func anUnpublishedProposalOrReasonsIsNotMet() throws {
        let assessment = F.assess(try F.wellRun { $0.publishedDocuments?.reasons = false })
        #expect(assessment.principle(.sufficientInformation)?.status == .notMet)
        #expect(assessment.findings("gunning-2-information").map(\.severity) == [.error])
    }

    @Test func missingCriteriaOrAlternativesPutG2AtRisk() throws {
        let assessment = F.assess(try F.wellRun { $0.publishedDocuments?.alternativesRejected = false })
        #expect(assessment.principle(.sufficientInformation)?.status == .atRisk)
        let finding = try #require(assessment.findings("gunning-2-information").first)
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("Moseley"))
        #expect(finding.facts.contains(Fact("$.plan.publishedDocuments.alternativesRejected", "false")))
    }

    @Test func formatsReadyAfterLaunchPutG2AtRisk() throws {
        let late = F.assess(try F.wellRun { $0.accessibleFormats = [AccessibleFormatPlan(format: .bsl, readyDate: F.date("2026-10-01"))] })
        #expect(late.principle(.sufficientInformation)?.status == .atRisk)
        #expect(late.findings("gunning-2-information").first?.message.contains("British Sign Language (ready 2026-10-01)") == true)
        let none = F.assess(try F.wellRun { $0.accessibleFormats = [] })
        #expect(none.principle(.sufficientInformation)?.status == .atRisk)
        let unstated = F.assess(try F.wellRun { $0.accessibleFormats = nil })
        #expect(unstated.principle(.sufficientInformation)?.status == .notAssessable)
        #expect(unstated.openQuestions.contains { $0.path == "$.plan.accessibleFormats" })
    }

    @Test func majorChangeNeedsThePublishedBusinessCase() throws {
        let assessment = F.assess(try F.wellRun { $0.publishedDocuments?.preConsultationBusinessCase = false })
        #expect(assessment.principle(.sufficientInformation)?.status == .atRisk)
        #expect(assessment.findings("gunning-2-information").first?.message.contains("Annex B3, Applying the principles to major service change") == true)
    }

    // MARK: G4 conscientious consideration

    @Test func aDecisionBeforeTheCloseIsNotMet() throws {
        let assessment = F.assess(try F.wellRun { $0.decisionDate = F.date("2026-12-06") })
        #expect(assessment.principle(.conscientiousConsideration)?.status == .notMet)
        #expect(assessment.findings("gunning-4-conscientious").map(\.severity) == [.error])
    }

    @Test func tooLittleTimeToAnalyseIsAtRiskAndNamesThePolicy() throws {
        let assessment = F.assess(try F.wellRun { $0.decisionDate = F.date("2026-12-20") })
        #expect(assessment.principle(.conscientiousConsideration)?.status == .atRisk)
        let finding = try #require(assessment.findings("gunning-4-conscientious").first)
        #expect(finding.message.contains("only 2 weeks between the close (2026-12-06) and the decision (2026-12-20)"))
        #expect(finding.message.contains("policy involve-default (version 2026.1): analysisMinimumWeeks = 4"))
        #expect(finding.facts.contains(Fact("assessment.analysisDays", "14")))
    }

    @Test func analysisNotIndependentOrNoFeedbackPutG4AtRisk() throws {
        #expect(F.assess(try F.wellRun { $0.responseAnalysis = ResponseAnalysis(by: "Project team", independent: false) })
            .principle(.conscientiousConsideration)?.status == .atRisk)
        #expect(F.assess(try F.wellRun { $0.feedback = FeedbackPlan(planned: false) })
            .principle(.conscientiousConsideration)?.status == .atRisk)
        #expect(F.assess(try F.wellRun { $0.decisionInPublic = false })
            .principle(.conscientiousConsideration)?.status == .atRisk)
        let unstated = F.assess(try F.wellRun { $0.decisionInPublic = nil })
        #expect(unstated.principle(.conscientiousConsideration)?.status == .notAssessable)
        #expect(unstated.openQuestions.contains { $0.path == "$.plan.decisionInPublic" })
    }

    @Test func withoutAPlanNothingIsAssessable() throws {
        var project = try F.wellRun()
        project.plan = nil
        let assessment = F.assess(project)
        #expect(statuses(assessment) == [.notAssessable, .notAssessable, .notAssessable, .notAssessable])
        #expect(assessment.fairness.application == .formal)  // the route is formal consultation
        #expect(assessment.openQuestions.contains { $0.path == "$.plan" })
    }
}
