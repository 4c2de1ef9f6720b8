import InvolveCore

/// The human report, read top down by a non-lawyer: the verdict and what to do first, then
/// who to involve and the findings, then the trail that shows why.
public enum AssessmentText {
    public static func render(_ assessment: Assessment, file: String, style: TextStyle = .plain) -> String {
        var lines: [String] = []
        lines.append(style.dim("involve \(ToolVersion.current) · rulebook \(Rulebook.version) · policy \(assessment.policy.name) \(assessment.policy.version) · as of \(assessment.asOf)"))
        lines.append("Project       \(assessment.projectTitle) [\(assessment.projectID)]")
        lines.append("File          \(file)")
        lines.append("Organisation  \(assessment.organisation.name), \(assessment.organisation.kind.displayName)")
        lines.append("")
        lines.append(verdictColour(assessment.verdict, style)(style.bold(assessment.verdict.headline.uppercased())))
        lines.append(assessment.verdictReason)
        if let duty = assessment.statutoryDuty { lines.append("Statutory duty: \(duty)") }
        lines.append("")

        lines.append(style.bold("What to do first"))
        for (index, step) in assessment.nextSteps.enumerated() { lines.append("  \(index + 1). \(step)") }

        if !assessment.openQuestions.isEmpty {
            lines.append("")
            lines.append(style.bold("Open questions") + " (the answers decide the verdict)")
            for question in assessment.openQuestions {
                lines.append("  - \(question.question)")
                lines.append("    Answer at \(question.path)\(where_(question.path, assessment.sourceMap)). \(question.whyItMatters)")
            }
        }

        RouteAndFairnessText.appendRoute(assessment.route, &lines, style)
        appendAudiences(assessment, &lines, style)
        RouteAndFairnessText.appendFairness(assessment.fairness, &lines, style)
        appendFindings(assessment, &lines, style)
        appendTrail(assessment, &lines, style)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func appendAudiences(_ assessment: Assessment, _ lines: inout [String], _ style: TextStyle) {
        guard !assessment.audiences.isEmpty else { return }
        lines.append("")
        lines.append(style.bold("Who must be involved"))
        let required = assessment.audiences.filter(\.required)
        let advised = assessment.audiences.filter { !$0.required }
        if !required.isEmpty {
            lines.append("  Required by law:")
            for audience in required { lines.append("    - \(audience.who) — \(audience.basis)") }
        }
        if !advised.isEmpty {
            lines.append("  Should be involved (guidance and equality duties):")
            for audience in advised { lines.append("    - \(audience.who) — \(audience.basis)") }
        }
    }

    private static func appendFindings(_ assessment: Assessment, _ lines: inout [String], _ style: TextStyle) {
        lines.append("")
        let counts = Severity.allCases.reversed().compactMap { severity -> String? in
            let count = assessment.findings.filter { $0.severity == severity }.count
            return count == 0 ? nil : "\(count) \(severity.rawValue)"
        }
        lines.append(style.bold("Findings") + (counts.isEmpty ? " (none)" : " (" + counts.joined(separator: ", ") + ")"))
        let ordered = assessment.findings.enumerated().sorted { a, b in
            a.element.severity != b.element.severity ? a.element.severity > b.element.severity : a.offset < b.offset
        }.map(\.element)
        for finding in ordered {
            let label = severityLabel(finding.severity, style)
            lines.append("  \(label) [\(finding.rule.id)] \(finding.message)")
            if let fact = finding.facts.first {
                lines.append("          at \(fact.path)\(where_(fact.path, assessment.sourceMap))")
            }
        }
    }

    private static func appendTrail(_ assessment: Assessment, _ lines: inout [String], _ style: TextStyle) {
        lines.append("")
        lines.append(style.bold("Rationale trail"))
        for (index, step) in assessment.trail.enumerated() {
            let inferred = step.rule.inferred ? " (inferred: the project's reading, not text in the source)" : ""
            lines.append("  \(index + 1). \(step.rule.title) [\(step.rule.id)]\(inferred)")
            lines.append("     Question: \(step.rule.question)")
            lines.append("     Answer:   \(step.answer)")
            for (factIndex, fact) in step.facts.enumerated() {
                let label = factIndex == 0 ? "     Facts:    " : "               "
                lines.append(label + "\(fact.path) = \(quotedValue(fact.value))\(where_(fact.path, assessment.sourceMap))")
            }
            for (citationIndex, citation) in step.rule.citations.enumerated() {
                let label = citationIndex == 0 ? "     Sources:  " : "               "
                lines.append(label + citation.shortText)
            }
        }
    }

    private static func quotedValue(_ value: String) -> String {
        value == Fact.notStated ? value : "\"\(value)\""
    }

    /// " (line 12, column 5)" for a fact that was read, or its parent for one that was not.
    static func where_(_ path: String, _ sourceMap: SourceMap) -> String {
        guard let location = sourceMap.location(of: path) else { return "" }
        return " (line \(location.line), column \(location.column))"
    }

    private static func severityLabel(_ severity: Severity, _ style: TextStyle) -> String {
        let padded = severity.rawValue + String(repeating: " ", count: 7 - severity.rawValue.count)
        switch severity {
        case .error: return style.red(padded)
        case .warning: return style.yellow(padded)
        case .info: return style.cyan(padded)
        }
    }

    private static func verdictColour(_ verdict: DutyVerdict, _ style: TextStyle) -> (String) -> String {
        switch verdict {
        case .applies, .likelyApplies: return style.green
        case .undetermined: return style.yellow
        case .unlikelyToApply, .doesNotApply: return style.cyan
        }
    }
}
