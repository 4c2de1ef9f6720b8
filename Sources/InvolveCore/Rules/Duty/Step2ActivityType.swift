/// Step 2 of the three-step test (seed 001, Annex B1, lines 1056-1093).
extension Rule {
    static let dutyStep2 = Rule(
        id: "duty-step-2-activity",
        area: .duty,
        title: "Step 2: the type of activity",
        question: "What type of activity is it: planning, a proposal for change, or an operational decision?",
        explanation: """
            The duty applies to three types of activity. If the activity is planning, the duty applies \
            regardless of impact. Proposals for change (including their development) and operational decisions \
            go on to step 3. An activity can be more than one type; if any part is planning, the duty applies. \
            An activity of none of the three types is outside the duty: the statute names only these three \
            (this last point is inferred; the guidance does not say).
            """,
        citations: [
            .guidance("Annex B1, Step 2", lines: "1058", "What type of activity is it? The duty applies to three types of activity."),
            .guidance("Annex B1, Step 2, Planning", lines: "1064",
                      "If the activity relates to planning, then the legal duty applies regardless of the impact it may have at step 3."),
            .guidance("Annex B1, Step 2, Proposals for change", lines: "1068",
                      "not only the consideration of proposals to changes to how services are commissioned or delivered, but also the development of such proposals"),
            .guidance("Annex B1, Step 2, Operational decisions", lines: "1072",
                      "decisions made by the commissioner or trust that change or affect the way a service operates"),
            .guidance("Annex B1, Step 2", lines: "1089", "sometimes a plan, proposal or decision can fall into more than one category"),
            .statute("s14Z45(2)(a)-(c); s13Q(2)(a)-(c); s242(1B)(a)-(c)"),
        ])
}

enum Step2Outcome {
    /// Planning: the duty applies whatever step 3 would say.
    case planning
    /// Go to step 3.
    case impactTest
    case outsideTheDuty
    case unknown
}

enum Step2ActivityType {
    static func evaluate(_ project: Project, _ recorder: inout AssessmentRecorder) -> Step2Outcome {
        guard let activities = project.activities, !activities.isEmpty else {
            recorder.step(.dutyStep2, "Cannot tell: the file does not say what type of activity this is.",
                          facts: [Fact("$.activity", Fact.notStated)])
            recorder.ask("$.activity", "Is this planning, a proposal for change, an operational decision, or more than one of these?",
                         because: "Planning brings the duty in regardless of impact; proposals and operational decisions depend on step 3.",
                         decides: .verdict)
            return .unknown
        }
        let facts = activities.enumerated().map { Fact("$.activity[\($0.offset)]", $0.element.rawValue) }
        let named = activities.filter { $0 != .noneOfThese }
        if named.count < activities.count && !named.isEmpty {
            recorder.finding(.dutyStep2, .error,
                             "The activity is declared as \"none-of-these\" and also as \(named.map(\.displayName).joined(separator: " and ")). Remove one: the verdict uses the named types.",
                             facts: facts)
        }
        if named.contains(.planning) {
            recorder.step(.dutyStep2, "Planning. The legal duty applies regardless of the impact it may have at step 3.", facts: facts)
            return .planning
        }
        if named.isEmpty {
            recorder.step(.dutyStep2, "None of the three types. The statute's duty covers only planning, proposals for change and operational decisions, so it does not apply (inferred: the guidance does not say what happens to other activities).", facts: facts)
            return .outsideTheDuty
        }
        let types = named.map(\.displayName).joined(separator: " and ")
        recorder.step(.dutyStep2, "It is \(types). Go to step 3: the duty applies if there would be an impact on service delivery or the range of services.", facts: facts)
        return .impactTest
    }
}
