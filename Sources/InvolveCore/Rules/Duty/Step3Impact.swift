/// Step 3 of the three-step test (seed 001, Annex B1, lines 1095-1129), and the checks that
/// compare the organisation's declared answer with the facts of the change.
extension Rule {
    static let dutyStep3 = Rule(
        id: "duty-step-3-impact",
        area: .duty,
        title: "Step 3: an impact on service delivery or the range of services",
        question: "Would there be an impact on the way services are delivered to individuals, or on the range of services available to them, seen from the patient's perspective?",
        explanation: """
            If yes, the duty applies; if no, it does not. The organisation's declared answers are compared \
            with what the changes are, and the guidance's own examples set the grades. Its two examples of what \
            an impact is (moving a service to another location; closing a service to fund others) mean the duty \
            applies. A GP practice closure makes the duty likely to apply. A GP retiring, or a contract re-awarded \
            with the same specification, make it unlikely. Each change is graded by its effect on patients, never \
            by the word used for it: a service no longer available to the people who use it (however it is \
            called: withdrawal, or closure with no alternative provision) is the guidance's range example and the \
            duty applies; a service moved is its delivery example and the duty applies; a service reduced or \
            provided in fewer places (including a closure with alternative provision) takes the GP closure grade, \
            likely; other effects (new hours or access, models of care, eligibility) make it likely, inferred from \
            the statute's words. A closure whose alternative provision is not stated is likely, with a question. \
            A declared "yes" means it applies. With neither a declared answer nor a telling change, the verdict is undetermined.
            """,
        citations: [
            .guidance("Annex B1, Step 3", lines: "1097", "Would there be an impact on service delivery or the range of services?"),
            .guidance("Annex B1, Step 3", lines: "1105", "An impact on the way services are delivered to individuals, for example the transfer of a service to another location"),
            .guidance("Annex B1, Step 3", lines: "1106", "The range of health services available to individuals, for example the closure of a service of limited clinical benefit to fund investment in other services."),
            .guidance("Annex B1, Step 3", lines: "1108",
                      "considered from the perspective of patients and not necessarily limited to the clinical services being commissioned or provided"),
            .guidance("Annex B1, Step 3, examples", lines: "1124", "In such circumstances it is likely that the legal duty to involve applies."),
            .guidance("Annex B1, Step 3, examples", lines: "1128-1129", "the legal duty to involve is unlikely to apply"),
            .statute("s14Z45(2)(b)-(c); s13Q(2)(b)-(c); s242(1C)"),
        ])

    static let dutyImpactContradiction = Rule(
        id: "duty-impact-contradiction",
        area: .duty,
        title: "A declared \"no impact\" that the facts contradict",
        question: "Does the declared answer to step 3 agree with the changes the project makes?",
        explanation: """
            When the file declares no impact on the way services are delivered, or on their range, but lists a \
            change that has such an impact (a relocation, a closure, a withdrawal), the declaration is not \
            accepted: the finding is an error and the verdict becomes "likely applies" until the declaration is \
            corrected or its reasons explain why this change has no impact on patients.
            """,
        citations: [
            .guidance("Annex B1, Step 3", lines: "1105", "for example the transfer of a service to another location"),
            .guidance("Annex B1, Step 3", lines: "1108", "considered from the perspective of patients"),
        ])

    static let dutyImpactReasons = Rule(
        id: "duty-impact-reasons",
        area: .duty,
        title: "Reasons recorded for the step 3 answer",
        question: "Are reasons recorded for the declared answer to step 3?",
        explanation: """
            Public bodies show they acted rationally by keeping records of when and how they decided to involve \
            the public, and must be able to demonstrate that they assess whether the duty applies. A yes or no \
            answer at step 3 without reasons is a warning.
            """,
        citations: [
            .guidance("Annex B1", lines: "1036", "Public bodies can demonstrate that they are acting rationally by keeping good records of decisions taken about when and how to involve the public."),
            .guidance("Annex B1, A process for assessing whether the legal duty to involve applies", lines: "1052", "They should be able to demonstrate that they assess whether the duties apply"),
        ])

    static let dutyImpactDegree = Rule(
        id: "duty-impact-degree",
        area: .duty,
        title: "The degree of impact: travel and care lost",
        question: "How far will people have to travel, how many are affected, and what specific care would they lose?",
        explanation: """
            The degree of impact depends on how far people will have to travel and on any specific care lost; \
            accessibility, transport links and ambulance availability can be significant. When a change with an \
            impact gives none of these figures, the finding asks for them: they set how much involvement is \
            proportionate.
            """,
        citations: [
            .guidance("Annex B1, Step 3, examples", lines: "1124",
                      "The degree of the impact will depend on how far individuals will have to travel to access another GP practice as well as any specific care"),
            .guidance("Annex B1, Step 3", lines: "1108", "Accessibility, transport links and ambulance availability are all examples of matters that could be significant"),
            .guidance("Annex A2", lines: "703", "the greater the extent of changes and number of people affected, the greater the level of activity that is likely to be necessary"),
        ])
}

/// What step 3 concludes, graded as the guidance grades its examples.
enum Step3Outcome: Int, Comparable {
    // Ordered so that the strongest conclusion across the two kinds of impact wins.
    case noImpact
    case unlikelyImpact
    case unknown
    case likelyImpact
    case impact

    static func < (lhs: Step3Outcome, rhs: Step3Outcome) -> Bool { lhs.rawValue < rhs.rawValue }
}

enum Step3Impact {
    static func evaluate(_ project: Project, _ recorder: inout AssessmentRecorder) -> Step3Outcome {
        let evidence = project.changes.enumerated().compactMap { index, change in
            ImpactEvidence.of(change).map { (index: index, change: change, evidence: $0) }
        }
        var outcomes: [Step3Outcome] = []
        var reasons: [String] = []

        for dimension in ImpactDimension.allCases {
            let declaration = declared(dimension, in: project)
            let relevant = evidence.filter { $0.evidence.dimensions.contains(dimension) }
            // The strongest evidence first: a guidance example of an impact, then a likely one.
            let impacts = relevant.filter { $0.evidence.strength == .impact } + relevant.filter { $0.evidence.strength == .likelyImpact }
            let noImpacts = relevant.filter { $0.evidence.strength == .typicallyNone }
            let declarationFacts = facts(for: dimension, declaration)

            if let declaration, declaration.answer != .unknown, declaration.reasons?.allSatisfy(\.isWhitespace) ?? true {
                recorder.finding(.dutyImpactReasons, .warning,
                                 "The answer \"\(declaration.answer.rawValue)\" for an impact on \(dimension.displayName) has no reasons. Record them: the assessment must be demonstrable.",
                                 facts: declarationFacts)
            }

            switch declaration?.answer {
            case .yes:
                outcomes.append(.impact)
                reasons.append("the organisation declares an impact on \(dimension.displayName)")
            case .no where !impacts.isEmpty:
                let first = impacts[0]
                recorder.finding(.dutyImpactContradiction, .error,
                                 "The file declares no impact on \(dimension.displayName), but change \(first.index + 1) is a \(first.change.kind.displayName): \(first.evidence.reason). Correct the declaration, or record why patients would not be affected.",
                                 facts: declarationFacts + changeFacts(first.index, first.change))
                outcomes.append(.likelyImpact)
                reasons.append("the declared \"no impact\" on \(dimension.displayName) is contradicted by the changes: \(first.evidence.reason)")
            case .no:
                if let first = noImpacts.first {
                    outcomes.append(.unlikelyImpact)
                    reasons.append("no impact on \(dimension.displayName) is declared, and \(first.evidence.reason)")
                } else {
                    outcomes.append(.noImpact)
                    reasons.append("the organisation declares no impact on \(dimension.displayName)")
                }
            case .unknown, nil:
                if let first = impacts.first {
                    outcomes.append(first.evidence.strength == .impact ? .impact : .likelyImpact)
                    reasons.append("\(first.evidence.reason) (change \(first.index + 1), \(first.change.kind.displayName))")
                } else if let first = noImpacts.first {
                    outcomes.append(.unlikelyImpact)
                    reasons.append(first.evidence.reason)
                } else {
                    outcomes.append(.unknown)
                    recorder.ask(dimension.path, "Would the project have an impact on \(dimension.displayName) to individuals, seen from the patient's perspective (access, travel, transport, ambulance availability, care lost)?",
                                 because: "Proposals and operational decisions bring in the duty only if they have an impact on the way services are delivered or on their range (step 3).",
                                 decides: .verdict)
                }
            }
        }
        for (index, change) in project.changes.enumerated() where change.effect == .closedAlternativeNotStated {
            recorder.ask("$.changes[\(index)].alternativeProvision", "Will the service stay available elsewhere to the same people after change \(index + 1) (\(change.kind.displayName))?",
                         because: "If it will not, the range of services available to them shrinks, which the guidance gives as an impact (statutory guidance, Annex B1, Step 3) and the duty applies; if it will, people must go elsewhere, and the duty likely applies (statutory guidance, Annex B1, Step 3, examples).")
        }
        recordDegree(project, evidence: evidence.filter { $0.evidence.strength != .typicallyNone }.map { ($0.index, $0.change) }, &recorder)

        let outcome = outcomes.max() ?? .unknown
        let inferred = evidence.contains { $0.evidence.inferred }
        let inferredNote = inferred ? " Where a change is not one of the guidance's examples, its bearing on step 3 is inferred from the statute's words." : ""
        recorder.step(.dutyStep3, answer(outcome) + " " + reasons.joined(separator: "; ").capitalisedFirst + "." + inferredNote,
                      facts: stepFacts(project))
        return outcome
    }

    /// What step 3 rested on: each dimension's declaration, then every change.
    private static func stepFacts(_ project: Project) -> [Fact] {
        var allFacts = ImpactDimension.allCases.flatMap { facts(for: $0, declared($0, in: project)) }
        for (index, change) in project.changes.enumerated() { allFacts += changeFacts(index, change) }
        return allFacts
    }

    private static func answer(_ outcome: Step3Outcome) -> String {
        switch outcome {
        case .impact: return "Yes, there would be an impact."
        case .likelyImpact: return "Likely: there would probably be an impact."
        case .unknown: return "Cannot tell."
        case .unlikelyImpact: return "Unlikely: this kind of change would not typically have an impact."
        case .noImpact: return "No impact."
        }
    }

    private static func declared(_ dimension: ImpactDimension, in project: Project) -> ImpactDeclaration? {
        switch dimension {
        case .mannerOfDelivery: return project.impact?.mannerOfDelivery
        case .rangeOfServices: return project.impact?.rangeOfServices
        }
    }

    private static func facts(for dimension: ImpactDimension, _ declaration: ImpactDeclaration?) -> [Fact] {
        var facts = [Fact(dimension.path + ".answer", declaration?.answer.rawValue ?? Fact.notStated)]
        if let reasons = declaration?.reasons { facts.append(Fact(dimension.path + ".reasons", reasons)) }
        return facts
    }

    static func changeFacts(_ index: Int, _ change: ServiceChange) -> [Fact] {
        let base = "$.changes[\(index)]"
        var facts = [Fact(base + ".kind", change.kind.rawValue)]
        if let minutes = change.extraTravelMinutes { facts.append(Fact(base + ".extraTravelMinutes", String(minutes))) }
        if let kilometres = change.extraTravelKilometres { facts.append(Fact(base + ".extraTravelKilometres", NumberText.decimal(kilometres))) }
        if let people = change.peopleAffected { facts.append(Fact(base + ".peopleAffected", String(people))) }
        if let care = change.specificCareLost { facts.append(Fact(base + ".specificCareLost", care)) }
        if let alternative = change.alternativeProvision { facts.append(Fact(base + ".alternativeProvision", String(alternative))) }
        return facts
    }

    /// Changes after which people must travel somewhere else for their care.
    private static let movesPeople: Set<ChangeEffect> = [.moved, .reducedOrConsolidated, .closedAlternativeNotStated, .temporarilyUnavailable]

    /// Asks for the figures that set the degree of impact, once, for changes that have one.
    private static func recordDegree(_ project: Project, evidence: [(Int, ServiceChange)], _ recorder: inout AssessmentRecorder) {
        for (index, change) in evidence {
            var missing: [String] = []
            if change.extraTravelMinutes == nil && change.extraTravelKilometres == nil && (change.effect.map(movesPeople.contains) ?? false) {
                missing.append("extra travel (extraTravelMinutes or extraTravelKilometres)")
            }
            if change.peopleAffected == nil { missing.append("the number of people affected (peopleAffected)") }
            if change.kind == .gpPracticeClosure && change.specificCareLost == nil { missing.append("any specific care provided at the practice (specificCareLost)") }
            guard !missing.isEmpty else { continue }
            recorder.finding(.dutyImpactDegree, .info,
                             "Change \(index + 1) (\(change.kind.displayName)) does not state \(missing.joined(separator: ", ")). These set the degree of impact and so how much involvement is proportionate.",
                             facts: changeFacts(index, change))
        }
    }
}

extension String {
    var capitalisedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}

/// Numbers printed the same way on every machine.
enum NumberText {
    static func decimal(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
