import InvolveCore

/// The opening of the one-file text report: enough for an engagement lead to act on without
/// scrolling (about 40 lines at 100 columns). Verdict and why, route and what it needs from
/// outside the organisation, who must be involved (the legal requirement by name, the rest
/// counted), what to do first, and only the questions that could change the verdict or route.
enum FirstScreen {
    static func append(_ report: ProjectReport, _ lines: inout TextLines, _ style: TextStyle) {
        let assessment = report.assessment
        lines.append(style.dim("involve \(ToolVersion.current) · rulebook \(Rulebook.version) · policy \(assessment.policy.name) \(assessment.policy.version) · as of \(assessment.asOf)"))
        lines.append("Project       \(TerminalText.line(assessment.projectTitle)) [\(TerminalText.line(assessment.projectID))]")
        lines.append("File          \(TerminalText.line(report.file))")
        if assessment.bodies.count > 1 {
            // Each body is accountable for its own duty (Annex B1): each gets its line.
            for (index, body) in assessment.bodies.enumerated() {
                lines.append((index == 0 ? "Bodies        " : "              ")
                             + BodiesAndExercisesWording.body(body, verdict: assessment.verdict, escape: TerminalText.line))
            }
        } else {
            lines.append("Organisation  \(TerminalText.line(assessment.organisation.name)), \(assessment.organisation.kind.displayName)")
        }
        lines.append("")
        lines.append(AssessmentText.verdictColour(assessment.verdict, style)(style.bold(assessment.verdict.headline.uppercased())))
        // With several bodies, each one's duty is on its own line above.
        let duty = assessment.bodies.count > 1 ? nil : assessment.statutoryDuty
        lines.append(assessment.verdictReason + (duty.map { " Statutory duty: \($0)." } ?? ""))
        lines.append("")

        let route = assessment.route
        lines.append(style.bold("Route") + "         \(route.kind.headline) (\(RouteAndFairnessText.label(route.level)))")
        for requirement in RouteAndFairnessText.outsideRequirements(route) {
            lines.append("              " + requirement)
        }
        appendWho(assessment, &lines, style)

        lines.append("")
        lines.append(style.bold("What to do first"))
        for (index, step) in assessment.nextSteps.enumerated() { lines.append("  \(index + 1). \(step)") }

        let deciding = assessment.decidingQuestions
        if !deciding.isEmpty {
            lines.append("")
            lines.append(style.bold(QuestionWording.decidingHeading) + " (\(QuestionWording.whatTheyDecide(deciding)))")
            for question in deciding { AssessmentText.appendQuestion(question, assessment.sourceMap, &lines) }
        }
        lines.append("")
        lines.append(style.dim("Below: " + below(report)))
    }

    /// Who must be involved, in one or two lines: the people the law names, then how many
    /// more guidance and the equality duty add (listed with their basis further down).
    private static func appendWho(_ assessment: Assessment, _ lines: inout TextLines, _ style: TextStyle) {
        guard !assessment.audiences.isEmpty else { return }
        // With several bodies, whom each must involve by law is on its line in the header.
        let required = assessment.bodies.count > 1 ? [] : assessment.audiences.filter(\.required).map(\.who)
        let advised = assessment.audiences.filter { !$0.required }.map(\.who)
        let label = style.bold("Involve") + "       "
        if !required.isEmpty {
            lines.append(label + "by law: " + required.joined(separator: "; "))
        }
        if !advised.isEmpty {
            lines.append((required.isEmpty ? label : "              ") + "by guidance and the equality duty: " + advised.joined(separator: "; "))
        }
    }

    /// What the rest of the report holds, in one line, so that a reader knows whether to read on.
    private static func below(_ report: ProjectReport) -> String {
        let assessment = report.assessment
        var parts: [String] = []
        let plan = assessment.planQuestions.count
        if plan > 0 { parts.append(counted(plan, "question") + " for the plan") }
        parts.append("route detail")
        let exercises = assessment.exercises.count
        parts.append("Gunning (" + (exercises > 1 ? "\(exercises) exercises; latest: " : "")
                     + BodiesAndExercisesWording.gunning(assessment.fairness) + ")")
        parts.append("findings (" + AssessmentText.findingCounts(report.review, none: "none") + ")")
        parts.append("trail (" + counted(assessment.trail.count, "step") + ")")
        parts.append("sources")
        return parts.joined(separator: "; ") + "."
    }
}
