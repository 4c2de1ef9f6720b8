import InvolveCore

/// Markdown for a pull-request comment or a job summary (`$GITHUB_STEP_SUMMARY`): the result,
/// a table with one row per file, then a section per project. A full section (`--detail full`,
/// the default for one file) has the verdict, what to do first, open questions, findings,
/// waivers and the rationale trail folded in `<details>`; a brief one (`--detail brief`, the
/// default for several files) has the verdict, route, Gunning principles, findings, the number
/// of open questions and the command that prints the full report. The trail was two thirds of
/// a full section, and comments and job summaries have size limits.
/// The summary and the table come first, so each file's row and section are held (`HeldPart`:
/// the output keeps them in temporary files, so memory stays flat over any number of files)
/// and placed after the summary at the end.
public struct MarkdownReport: ReportWriter {
    private let settings: ReportSettings
    /// One line per file, each after a line break.
    private static let rows = HeldPart.first
    /// Each project's section, in order.
    private static let sections = HeldPart.second

    public init(_ settings: ReportSettings) {
        self.settings = settings
    }

    /// A brief section prints no trail; a full one folds it in.
    public var printsTrail: Bool { settings.effectiveDetail == .full }

    public mutating func begin(_ output: inout ReportBuffer) {}

    public mutating func add(_ outcome: FileOutcome, _ output: inout ReportBuffer) {
        switch outcome {
        case .assessed(let report):
            let review = report.review
            let assessment = report.assessment
            let run = settings.policy.fails(report) ? "**fail**" : "pass"
            output.hold(Self.rows, "\n| \(Self.code(report.file)) | \(Self.cell(assessment.projectTitle)) (\(Self.code(assessment.projectID))) | "
                        + "\(verdictLabel(assessment.verdict)) | \(review.count(.error)) | \(review.count(.warning)) | "
                        + "\(review.count(.info)) | \(review.waivedCount) | \(run) |")
            output.hold(Self.sections, "\n" + (settings.effectiveDetail == .brief ? briefSection(report) : section(report)) + "\n")
        case .invalid(let file, let errors):
            output.hold(Self.rows, "\n| \(Self.code(file)) | — | not assessed | | | | | **input error** |")
            var lines = ["### \(Self.code(file)): not assessed", "",
                         counted(errors.diagnostics.count, "input error") + " in the file; fix "
                            + (errors.diagnostics.count == 1 ? "it" : "them") + " and run again.", ""]
            lines += errors.diagnostics.map { "- " + Self.inline($0.rendered) }
            output.hold(Self.sections, "\n" + lines.joined(separator: "\n") + "\n")
        }
    }

    public mutating func finish(_ summary: RunSummary, _ output: inout ReportBuffer) {
        var lines = ["## involve assessment", ""]
        lines.append("As of \(settings.asOf) · involve \(ToolVersion.current) · rulebook \(Rulebook.version) · fail on "
                     + settings.policy.failOnName + (settings.policy.failOnUndetermined ? " and on undetermined verdicts" : ""))
        lines.append("")
        let result = SummaryText.result(summary)
        lines.append("**Result: \(result.label)** \(result.detail)")
        lines.append("")
        lines.append("Findings: " + SummaryText.findings(summary) + ".")
        lines.append("")
        lines.append("| File | Project | Verdict | Errors | Warnings | Info | Waived | Run |")
        lines.append("| --- | --- | --- | ---: | ---: | ---: | ---: | --- |")
        output.append(lines.joined(separator: "\n"))
        output.insertHeld(Self.rows)
        output.append("\n")
        output.insertHeld(Self.sections)
    }

    private func section(_ report: ProjectReport) -> String {
        let assessment = report.assessment
        let sourceMap = assessment.sourceMap
        var lines = ["### \(Self.inline(assessment.projectTitle)) (\(Self.code(assessment.projectID)))", ""]
        lines.append("\(Self.code(report.file)) · \(Self.inline(assessment.organisation.name)), \(assessment.organisation.kind.displayName)")
        lines.append("")
        var verdict = "**\(assessment.verdict.headline).** \(Self.inline(assessment.verdictReason))"
        if let duty = assessment.statutoryDuty { verdict += " Statutory duty: \(duty)." }
        lines.append(verdict)
        lines += severalLines(assessment)
        lines.append("")
        lines.append("**What to do first**")
        lines.append("")
        for (index, step) in assessment.nextSteps.enumerated() { lines.append("\(index + 1). \(Self.inline(step))") }

        let deciding = assessment.decidingQuestions
        if !deciding.isEmpty {
            lines += ["", "**\(QuestionWording.decidingHeading)** (\(QuestionWording.whatTheyDecide(deciding)))", ""]
            lines += deciding.map { questionLine($0, sourceMap) }
        }
        if !assessment.planQuestions.isEmpty {
            lines += ["", "**\(QuestionWording.planHeading)** (\(QuestionWording.planNote))", ""]
            lines += assessment.planQuestions.map { questionLine($0, sourceMap) }
        }

        lines += ["", "**Findings**", ""]
        appendFindings(report, &lines)

        if !report.review.waivers.isEmpty {
            lines += ["", "**Waivers**", ""]
            for use in report.review.waivers {
                lines.append("- \(use.status.rawValue): \(Self.inline(use.notice)) Justification: \(Self.inline(use.waiver.justification))")
            }
        }

        lines += ["", "<details><summary>Rationale trail (\(counted(assessment.trail.count, "step")))</summary>", ""]
        for (index, step) in assessment.trail.enumerated() {
            lines.append("\(index + 1). **\(Self.inline(step.rule.title))** (\(Self.code(step.rule.id))): \(Self.inline(step.answer))")
            if let citation = step.rule.citations.first {
                lines.append("   Source: \(Self.inline(citation.shortText))")
            }
        }
        lines += ["", "</details>"]
        let documents = SourcesText.documents(assessment)
        if !documents.isEmpty {
            lines += ["", "**Sources**", ""]
            for document in documents {
                lines.append("- \(Self.inline(document.title)). \(Self.inline(document.publisher))." + (document.address.map { " <\($0)>" } ?? ""))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// For several bodies, each body's duty; for several exercises, each one's Gunning principles
    /// at its stage. Starts with a blank line when there is anything to say.
    private func severalLines(_ assessment: Assessment) -> [String] {
        var lines: [String] = []
        if assessment.bodies.count > 1 {
            lines += assessment.bodies.map { "- Body: " + BodiesAndExercisesWording.body($0, verdict: assessment.verdict, escape: Self.inline) }
        }
        if assessment.exercises.count > 1 {
            lines += assessment.exercises.map { "- Gunning, " + BodiesAndExercisesWording.exercise($0, escape: Self.inline) }
        }
        return lines.isEmpty ? [] : [""] + lines
    }

    private func questionLine(_ question: OpenQuestion, _ sourceMap: SourceMap) -> String {
        "- \(Self.inline(question.question)) Answer at \(Self.code(question.path))\(Self.lineNote(question.path, sourceMap))."
    }

    /// One project in a few lines: verdict, route, Gunning principles, findings, the number of
    /// open questions and the command that prints the full report.
    private func briefSection(_ report: ProjectReport) -> String {
        let assessment = report.assessment
        let route = assessment.route
        var lines = ["### \(Self.inline(assessment.projectTitle)) (\(Self.code(assessment.projectID)))", ""]
        lines.append("\(Self.code(report.file)) · **\(assessment.verdict.headline).**")
        lines.append("")
        lines.append("- Route: \(route.kind.headline) (\(RouteAndFairnessText.label(route.level)))")
        lines += RouteAndFairnessText.outsideRequirements(route).map { "- " + $0 }
        let fairness = assessment.fairness
        if fairness.principles.allSatisfy({ $0.status == .notAssessable }) {
            lines.append("- Gunning principles: not assessable"
                         + (fairness.principles.first?.reasons.first.map { " (\(Self.inline($0)))" } ?? ""))
        } else {
            let statuses = fairness.principles.map { "\($0.principle.rawValue) \($0.status.displayName)" }.joined(separator: ", ")
            lines.append("- Gunning principles (\(fairness.application == .formal ? "formally" : "as advice")): " + statuses)
        }
        lines += severalLines(assessment).dropFirst()
        if let questions = QuestionWording.summary(assessment) {
            lines.append("- " + questions)
        }
        lines += ["", "**Findings**", ""]
        appendFindings(report, &lines)
        lines.append("")
        lines.append("Full rationale: \(Self.code(BriefText.rerunCommand(report.file, settings)))")
        return lines.joined(separator: "\n")
    }

    /// The findings table, most severe first and waived ones last, or "None.".
    private func appendFindings(_ report: ProjectReport, _ lines: inout [String]) {
        let sourceMap = report.assessment.sourceMap
        if report.review.findings.isEmpty {
            lines.append("None.")
            return
        }
        lines.append("| Severity | Rule | Finding | Where |")
        lines.append("| --- | --- | --- | --- |")
        for reviewed in report.review.forReading {
            let finding = reviewed.finding
            var severity = finding.severity.rawValue
            if settings.policy.blocks(reviewed) { severity = "**\(severity)**" }
            var message = Self.cell(finding.message)
            if let waiver = reviewed.waiver {
                severity = "waived (\(finding.severity.rawValue))"
                message += " *Waived until \(waiver.expires) by \(Self.cell(waiver.approvedBy)): \(Self.cell(waiver.justification))*"
            } else if let expired = reviewed.expiredWaiver {
                message += " *The waiver approved by \(Self.cell(expired.approvedBy)) expired on \(expired.expires).*"
            }
            let path = finding.primaryPath
            lines.append("| \(severity) | \(Self.code(finding.rule.id)) | \(message) | \(Self.code(path))\(Self.lineNote(path, sourceMap)) |")
        }
    }

    private static func lineNote(_ path: String, _ sourceMap: SourceMap) -> String {
        sourceMap.location(of: path).map { " (line \($0.line), column \($0.column))" } ?? ""
    }

    /// Text in a paragraph or a table cell, escaped as `MarkdownText.inline` does (which
    /// includes `|`, so a cell cannot be ended early).
    static func inline(_ text: String) -> String { MarkdownText.inline(text) }

    static func cell(_ text: String) -> String { MarkdownText.inline(text) }

    /// A code span; in a table its `|` must still be escaped.
    static func code(_ text: String) -> String { MarkdownText.cellCode(text) }
}
