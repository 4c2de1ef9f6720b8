/// Records of decisions (seed 001 lines 234, 287, 1036): public bodies show they acted
/// rationally by keeping records of when and how they decided to involve people, and must be
/// able to explain any substantial departure from the guidance.
extension Rule {
    static let recordDecision = Rule(
        id: "record-decision",
        area: .otherDuties,
        title: "A record of the decision about involvement, with reasons",
        question: "Is the decision about whether and how to involve people recorded: who decided, when, what, and why?",
        explanation: """
            Public bodies must act rationally, and can show that they did by keeping good records of decisions \
            about when and how to involve the public; the guidance asks them to document at all stages how \
            involvement informed decision-making and the rationale for decisions. With no decision section the \
            finding is advice (a project is often assessed before anyone decides); a decision without reasons is \
            a warning. Departures from the guidance are listed with their explanations, because a body must be \
            able to explain any substantial departure from it.
            """,
        citations: [
            .guidance("Annex B1", lines: "1036",
                      "Public bodies can demonstrate that they are acting rationally by keeping good records of decisions taken about when and how to involve the public."),
            .guidance("2. Legal duties and responsibilities, Public involvement legal duties", lines: "287",
                      "clearly document at all stages how involvement activity has informed decisionmaking and the rationale for decisions"),
            .guidance("Who is this guidance for?", lines: "234",
                      "They must consciously consider the guidance and, where appropriate, be able to explain any substantial departure from it."),
        ])
}

enum DecisionRecorded {
    static func evaluate(_ project: Project, verdict: DutyVerdict, _ recorder: inout AssessmentRecorder) {
        guard let decision = project.decision else {
            let facts = [Fact("$.decision", Fact.notStated)]
            recorder.step(.recordDecision, "No decision about involvement is recorded yet.", facts: facts)
            let what: String
            switch verdict {
            case .applies, .likelyApplies, .undetermined:
                what = "When the decision about how to involve people is taken, record who decided, when, what was decided and why"
            case .unlikelyToApply, .doesNotApply:
                what = "Record the decision not to involve people formally (or to involve them as good practice): who decided, when, and why"
            }
            recorder.finding(.recordDecision, .info,
                             what + " in the decision section, so that the organisation can show it acted rationally and report it in the annual report.",
                             facts: facts)
            return
        }

        var facts = [
            Fact("$.decision.decidedBy", decision.decidedBy),
            Fact("$.decision.date", decision.date.description),
            Fact("$.decision.decision", decision.decision),
            Fact("$.decision.reasons", decision.reasons ?? Fact.notStated),
        ]
        for (index, departure) in decision.departuresFromGuidance.enumerated() {
            facts.append(Fact("$.decision.departuresFromGuidance[\(index)].guidance", departure.guidance))
        }
        for (index, evidence) in decision.evidence.enumerated() {
            facts.append(Fact("$.decision.evidence[\(index)].kind", evidence.kind.rawValue))
        }

        var answer = "Yes: \(decision.decidedBy) decided on \(decision.date)."
        let hasReasons = decision.reasons.map { !$0.allSatisfy(\.isWhitespace) } ?? false
        answer += hasReasons ? " Reasons are recorded." : " No reasons are recorded."
        let departures = decision.departuresFromGuidance.count
        if departures > 0 {
            answer += " \(departures) departure\(departures == 1 ? "" : "s") from the guidance, each with an explanation."
        }
        let documents = decision.evidence.count
        answer += documents == 0 ? " No supporting documents are listed." : " \(documents) supporting document\(documents == 1 ? "" : "s") listed."
        recorder.step(.recordDecision, answer, facts: facts)

        if !hasReasons {
            recorder.finding(.recordDecision, .warning,
                             "The decision has no reasons. Record the rationale, including how involvement informed it: a decision without reasons is hard to show to be rational.",
                             facts: [Fact("$.decision.reasons", decision.reasons ?? Fact.notStated)])
        }
    }
}
