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
            of patients or staff (for example from staff shortages or estate issues). Urgency must be evidenced: \
            what the risk is, the evidence for it, who assessed it, when it arose, and when the proposal was first \
            identified (or that involvement was not left late). A label with none of these is "not evidenced" \
            and earns no exemption. Urgency from the organisation's own delay (stated, or shown by a proposal \
            identified at least planningLeadWeeks before the risk arose, inferred) or from financial pressure \
            (inferred) is excluded; so is a decision to make a temporary change permanent. It does not permit \
            leaving involvement until the last moment. Urgency does not change whether the duty applies; it changes how \
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

    static func evaluate(_ project: Project, verdict: DutyVerdict, options: AssessmentOptions, _ recorder: inout AssessmentRecorder) {
        let urgency = UrgencyEvidence.of(project, policy: options.policy)
        let urgencyFacts = urgency.facts
        let inferredNote = urgency.inferred ? " (Inferred: the project's reading of statutory guidance, Annex A2, Decisions in urgent situations.)" : ""
        switch urgency.standing {
        case .notDeclared:
            break
        case .excluded:
            let why = urgency.exclusions.joined(separator: "; ")
            recorder.step(.urgencyJustification, "No. " + why.capitalisedFirst + "." + inferredNote + " The duty is unchanged, and the urgency exemption from consulting the scrutiny committee is not available.", facts: urgencyFacts)
            // Deciding on permanence is not a late start to be explained but a decision of its own,
            // which takes the full route; the other exclusions are time lost, to be made up.
            let permanence = project.temporaryChange?.isTemporary == true && project.temporaryChange?.permanenceUnderConsideration == true
            let advice = permanence && urgency.exclusions.count == 1
                ? " Involve people on whether to make the change permanent before that decision is taken, as the route says."
                : " Involve people as fully as the remaining time allows and record why it was not done earlier."
            recorder.finding(.urgencyJustification, .error,
                             "Urgency cannot justify limited involvement here: " + why + "." + inferredNote + advice,
                             facts: urgencyFacts)
        case .notEvidenced:
            let missing = urgency.missing.map(\.what).joined(separator: "; ")
            recorder.step(.urgencyJustification, "Not evidenced. The change is declared urgent, but the file does not state " + missing + ". A label is not evidence (Morris v Trafford Healthcare [2006] EWHC 2334 (Admin)): the exemption is not accepted, and the duty is unchanged.", facts: urgencyFacts)
            recorder.finding(.urgencyJustification, .warning,
                             "The change is declared urgent, but the urgency is not evidenced: the file does not state " + missing + ". Only a genuine urgent situation or risk to the health, safety or welfare of patients or staff justifies limited involvement (statutory guidance, Annex A2, Decisions in urgent situations); until it is evidenced, plan the involvement the change needs.",
                             facts: urgencyFacts)
            for item in urgency.missing {
                recorder.ask(item.path, item.question, because: "Urgency justifies limited involvement only when it is genuine and evidenced (statutory guidance, Annex A2, Decisions in urgent situations); a declared urgency without it earns no exemption.")
            }
        case .evidenced:
            let possible = project.urgency?.involvementStillPossible.stated.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
            recorder.step(.urgencyJustification, "Yes, for now. An evidenced urgent risk to patients or staff can justify limited involvement; " + dutyUnchanged(verdict) + ". Even so, some short involvement is still possible" + (possible.map { " (the file plans: \($0))" } ?? "") + ", the scrutiny committee and ICP members are kept informed, and the full duties return when the urgency passes (statutory guidance, Annex A2, Decisions in urgent situations).", facts: urgencyFacts)
            recorder.finding(.urgencyJustification, .info,
                             "Urgency may justify limited involvement now, but not leaving involvement until the last moment. Engage rapidly as an interim measure" + (possible == nil ? " (say what involvement is still possible in the time: urgency.involvementStillPossible)" : "") + ", keep the health scrutiny committee informed, and involve people fully in any decision once the urgency passes.",
                             facts: urgencyFacts)
            if possible == nil {
                recorder.ask("$.urgency.involvementStillPossible", "What involvement is still possible in the time (for example a short period of rapid engagement with the people affected)?",
                             because: "Even a genuine emergency leaves room for some short involvement (statutory guidance, Annex A2, Decisions in urgent situations: \"rapid engagement as an interim measure\").")
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
