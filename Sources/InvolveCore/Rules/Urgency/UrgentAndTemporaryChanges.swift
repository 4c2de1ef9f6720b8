/// Decisions in urgent situations and temporary changes (seed 001 lines 705-713). Urgency can
/// justify less involvement; it does not switch the duty off, and it does not carry over to a
/// decision to make a temporary change permanent.
extension Rule {
    static let urgencyJustification = Rule(
        id: "urgency-justification",
        area: .urgency,
        title: "Urgency: what it justifies and what it does not",
        question: "Is limited or no involvement justified on grounds of urgency?",
        explanation: """
            Limited (or no) involvement can be justified on grounds of urgency only when the lack of time was \
            genuinely caused by an urgent situation, or there is a genuine risk to the health, safety or welfare \
            of patients or staff (for example from staff shortages or estate issues). It does not permit leaving \
            involvement until the last moment. Urgency does not change whether the duty applies; it changes how \
            much involvement is reasonable now. Keep an open dialogue with ICP members and the health scrutiny \
            committee, and use rapid engagement as an interim measure.
            """,
        citations: [
            .guidance("Annex A2, Decisions in urgent situations", lines: "709",
                      "when the lack of time was genuinely caused by an urgent situation or where there is a genuine risk to the health, safety or welfare of patients or staff"),
            .guidance("Annex A2, Decisions in urgent situations", lines: "709",
                      "It does not permit commissioners or providers to leave public involvement until the last moment"),
            .guidance("Annex A2, Decisions in urgent situations", lines: "713", "undertake rapid engagement as an interim measure"),
        ])

    static let temporaryPermanence = Rule(
        id: "temporary-permanence",
        area: .urgency,
        title: "Temporary changes considered for permanence",
        question: "Is the organisation considering whether to make a temporary change permanent?",
        explanation: """
            Where urgent changes are made on a temporary basis, the legal duties still apply if the organisation \
            later considers whether to make them permanent, including changes made because of COVID-19. The \
            decision on permanence is assessed as a proposal for change in its own right.
            """,
        citations: [
            .guidance("Annex A2, Decisions in urgent situations", lines: "711",
                      "the legal duties still apply if organisations subsequently consider whether to make them permanent"),
        ])
}

enum UrgentAndTemporaryChanges {
    /// Urgency changes how much involvement is possible, not whether the duty applies: said in
    /// words that agree with the verdict beside it.
    static func dutyUnchanged(_ verdict: DutyVerdict) -> String {
        switch verdict {
        case .applies, .likelyApplies: return "urgency does not lift the duty, which the three-step test says applies"
        case .unlikelyToApply: return "urgency does not change the three-step test, which says the duty is unlikely to apply"
        case .doesNotApply: return "urgency does not change the three-step test, which says the duty does not apply"
        case .undetermined: return "urgency does not change the three-step test, whose answer waits on the open questions"
        }
    }

    static func evaluate(_ project: Project, verdict: DutyVerdict, _ recorder: inout AssessmentRecorder) {
        if let urgency = project.urgency, urgency.isUrgent {
            var facts = [Fact("$.urgency.isUrgent", "true")]
            if let cause = urgency.cause { facts.append(Fact("$.urgency.cause", cause)) }
            if let risk = urgency.riskToPatientsOrStaff { facts.append(Fact("$.urgency.riskToPatientsOrStaff", risk)) }
            if let late = urgency.involvementLeftLate { facts.append(Fact("$.urgency.involvementLeftLate", String(late))) }

            if urgency.involvementLeftLate == true {
                recorder.step(.urgencyJustification, "No. The file says the lack of time came from leaving involvement late; urgency does not justify limited involvement in that case. The duty is unchanged.", facts: facts)
                recorder.finding(.urgencyJustification, .error,
                                 "Urgency cannot justify limited involvement here: the file says involvement was left late. Involve people as fully as the remaining time allows and record why it was not done earlier.",
                                 facts: facts)
            } else if urgency.riskToPatientsOrStaff == nil && urgency.cause == nil {
                recorder.step(.urgencyJustification, "Not shown. The change is declared urgent, but no cause or risk to patients or staff is recorded. The duty is unchanged.", facts: facts)
                recorder.finding(.urgencyJustification, .warning,
                                 "The change is declared urgent without a recorded cause or risk to the health, safety or welfare of patients or staff. Record them: only genuine urgency justifies limited involvement.",
                                 facts: facts)
            } else {
                recorder.step(.urgencyJustification, "Possibly, for now. A genuine urgent situation or risk to patients or staff can justify limited involvement; " + dutyUnchanged(verdict) + ". Engage rapidly as an interim measure and keep the scrutiny committee and ICP members informed.", facts: facts)
                recorder.finding(.urgencyJustification, .info,
                                 "Urgency may justify limited involvement now, but not leaving involvement until the last moment. Record the urgency and the risk, engage rapidly as an interim measure, and keep the health scrutiny committee informed.",
                                 facts: facts)
            }
        }

        guard let temporary = project.temporaryChange, temporary.isTemporary else { return }
        var facts = [Fact("$.temporaryChange.isTemporary", "true"),
                     Fact("$.temporaryChange.permanenceUnderConsideration", temporary.permanenceUnderConsideration.map { String($0) } ?? Fact.notStated)]
        if let end = temporary.expectedEnd { facts.append(Fact("$.temporaryChange.expectedEnd", end.description)) }
        switch temporary.permanenceUnderConsideration {
        case true?:
            recorder.step(.temporaryPermanence, "Yes. The legal duties apply to the decision whether to make the change permanent, whatever urgency justified the temporary change.", facts: facts)
            if verdict == .doesNotApply || verdict == .unlikelyToApply || verdict == .undetermined {
                recorder.finding(.temporaryPermanence, .warning,
                                 "Making the temporary change permanent is under consideration: assess the permanent change itself (activity: proposal-for-change, with its impact): whether the duty applies is judged on that decision, not on the temporary change.",
                                 facts: facts)
            }
        case false?:
            recorder.step(.temporaryPermanence, "No. If making it permanent comes under consideration later, the duties apply to that decision.", facts: facts)
        case nil:
            recorder.step(.temporaryPermanence, "Not stated. If making the change permanent is or comes under consideration, the duties apply to that decision.", facts: facts)
            recorder.finding(.temporaryPermanence, .info,
                             "The change is temporary, but the file does not say whether making it permanent is under consideration (temporaryChange.permanenceUnderConsideration). If it is, the duties apply to that decision.",
                             facts: facts)
        }
    }
}
