import InvolveCore

/// The route and the Gunning principles in the human report: after the verdict, before the
/// findings, because they say what kind of involvement to plan.
enum RouteAndFairnessText {
    static func appendRoute(_ route: RouteAssessment, _ lines: inout TextLines, _ style: TextStyle) {
        lines.append("")
        lines.append(style.bold("Route: " + route.kind.headline) + " (\(label(route.level)))")
        for reason in route.reasons {
            lines.append("  - \(reason.text) [\(reason.ruleID)]")
        }
        if let planned = route.plannedApproach {
            lines.append("  The plan's approach: \(planned.rawValue).")
        }
        for (name, requirement) in requirements(route) where requirement.level != .notIndicated {
            var line = "  \(name): \(label(requirement.level))"
            if requirement.done { line += ", done" }
            line += ". \(requirement.reason)"
            if let progress = requirement.progress { line += " So far: \(progress)." }
            lines.append(line + " [\(requirement.ruleID)]")
        }
    }

    /// The Gunning principles: with several exercises, one line for each at its stage, then the
    /// latest's in detail (the one the route is judged with).
    static func appendFairness(_ assessment: Assessment, _ lines: inout TextLines, _ style: TextStyle) {
        let fairness = assessment.fairness
        lines.append("")
        let how = fairness.application == .formal ? "formally, for a consultation" : "as advice, for an approach other than consultation"
        let several = assessment.exercises.count > 1
        lines.append(style.bold("Is the plan fair? The Gunning principles") + (several ? " for each exercise" : " (\(how))"))
        if several {
            for exercise in assessment.exercises {
                lines.append("  - " + BodiesAndExercisesWording.exercise(exercise, escape: TerminalText.line))
            }
            lines.append("  In detail, the latest (\(how)):")
        }
        lines.append("  \(fairness.applicationReason)")
        for principle in fairness.principles {
            lines.append("  \(principle.principle.rawValue) \(principle.principle.title): \(statusLabel(principle.status, style)) [\(principle.ruleID)]")
            for reason in principle.reasons { lines.append("     - \(reason)") }
        }
    }

    /// Everything beside the route that it may need, by name.
    static func requirements(_ route: RouteAssessment) -> [(String, RouteRequirement)] {
        [
            ("Pre-consultation engagement", route.preConsultationEngagement),
            ("Consultation of the health scrutiny committee", route.scrutiny),
            ("Notice to the Secretary of State", route.notification),
            ("NHS England service change assurance", route.assurance),
        ]
    }

    /// What the route needs from outside the organisation (the scrutiny committee, the Secretary
    /// of State, NHS England) where it is required or likely: "Notice to the Secretary of State:
    /// likely required", with ", done" when the file says so. The brief text and Markdown list these.
    static func outsideRequirements(_ route: RouteAssessment) -> [String] {
        var lines: [String] = []
        func add(_ name: String, _ requirement: RouteRequirement) {
            guard requirement.level == .required || requirement.level == .likely else { return }
            lines.append(name + ": " + label(requirement.level) + (requirement.done ? ", done" : ""))
        }
        add("Consultation of the health scrutiny committee", route.scrutiny)
        add("Notice to the Secretary of State", route.notification)
        add("NHS England service change assurance", route.assurance)
        return lines
    }

    static func label(_ level: RequirementLevel) -> String {
        switch level {
        case .required: return "required"
        case .likely: return "likely required"
        case .mayBeRequired: return "may be required at common law"
        case .expected: return "expected by guidance"
        case .urgencyExemption: return "urgency exemption"
        case .notRequired: return "not required"
        case .notIndicated: return "not indicated"
        case .undetermined: return "undetermined"
        }
    }

    static func statusLabel(_ status: PrincipleStatus, _ style: TextStyle) -> String {
        let text = status.displayName.uppercased()
        switch status {
        case .met: return style.green(text)
        case .atRisk: return style.yellow(text)
        case .notMet: return style.red(text)
        case .notAssessable: return style.dim(text)
        }
    }
}
