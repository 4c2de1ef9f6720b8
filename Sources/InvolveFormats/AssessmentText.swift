import InvolveCore

/// The human report, read top down by a non-lawyer: the verdict and what to do first, then
/// who to involve and the findings, then the trail that shows why.
public enum AssessmentText {
    public static func render(_ assessment: Assessment, file: String, style: TextStyle = .plain) -> String {
        render(ProjectReport(file: file, assessment: assessment), style: style)
    }

    /// The report with waivers applied: waived findings are listed after the others and
    /// counted apart, and a Waivers section (only when the file has waivers) gives each
    /// waiver's status. A file without waivers prints exactly as before waivers existed.
    ///
    /// The first screen (`FirstScreen`) is what a lead acts on: verdict and why, route, who must
    /// be involved, what to do first and only the questions that could change the verdict or
    /// the route. What the plan still needs, the detail of the route and the Gunning
    /// principles, the findings, the trail and its sources follow.
    ///
    /// `ruleTables`: true when a run renders many reports, so that each rule's heading and
    /// sources come from tables built once for the whole rulebook; false for a run with one
    /// report, which composes only those of the rules its trail uses (building the tables is
    /// a tenth of a small assessment's start-to-finish work). The text is the same either way.
    public static func render(_ report: ProjectReport, style: TextStyle = .plain, ruleTables: Bool = true) -> String {
        let assessment = report.assessment
        var lines = TextLines()
        FirstScreen.append(report, &lines, style)
        lines.append(style.dim(String(repeating: "─", count: 72)))
        appendPlanQuestions(assessment, &lines, style)
        RouteAndFairnessText.appendRoute(assessment.route, &lines, style)
        appendAudiences(assessment, &lines, style)
        RouteAndFairnessText.appendFairness(assessment, &lines, style)
        appendFindings(report, &lines, style)
        appendWaivers(report, &lines, style)
        appendTrail(assessment, &lines, style, ruleTables: ruleTables)
        SourcesText.append(assessment, &lines, style)
        return style.width.map { TextWrap.wrap(lines.text, width: $0) } ?? lines.text
    }

    /// Questions whose answers leave the verdict and route as they are: what the plan needs.
    private static func appendPlanQuestions(_ assessment: Assessment, _ lines: inout TextLines, _ style: TextStyle) {
        let questions = assessment.planQuestions
        guard !questions.isEmpty else { return }
        lines.append("")
        lines.append(style.bold(QuestionWording.planHeading) + " (\(QuestionWording.planNote))")
        for question in questions { appendQuestion(question, assessment.sourceMap, &lines) }
    }

    static func appendQuestion(_ question: OpenQuestion, _ sourceMap: SourceMap, _ lines: inout TextLines) {
        lines.append("  - \(question.question)")
        lines.append("    Answer at \(question.path)\(where_(question.path, sourceMap)). \(question.whyItMatters)")
    }

    private static func appendAudiences(_ assessment: Assessment, _ lines: inout TextLines, _ style: TextStyle) {
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

    private static func appendFindings(_ report: ProjectReport, _ lines: inout TextLines, _ style: TextStyle) {
        let assessment = report.assessment
        let review = report.review
        lines.append("")
        let counts = findingCounts(review, none: "")
        lines.append(style.bold("Findings") + (counts.isEmpty ? " (none)" : " (" + counts + ")"))
        for reviewed in review.forReading {
            let finding = reviewed.finding
            let label = reviewed.isWaived ? style.dim("waived ") : severityLabel(finding.severity, style)
            let severityNote = reviewed.isWaived ? " (\(finding.severity.rawValue))" : ""
            lines.append("  \(label) [\(finding.rule.id)]\(severityNote) \(finding.message)")
            if !finding.facts.isEmpty {
                lines.append("          at \(finding.primaryPath)\(where_(finding.primaryPath, assessment.sourceMap))")
            }
            if let waiver = reviewed.waiver {
                lines.append("          waived until \(waiver.expires), approved by \(waiver.approvedBy)"
                             + (waiver.approvedOn.map { " on \($0)" } ?? "") + ": \(waiver.justification)")
            } else if let expired = reviewed.expiredWaiver {
                lines.append("          the waiver approved by \(expired.approvedBy) expired on \(expired.expires) and no longer applies")
            }
        }
    }

    private static func appendWaivers(_ report: ProjectReport, _ lines: inout TextLines, _ style: TextStyle) {
        guard !report.review.waivers.isEmpty else { return }
        lines.append("")
        lines.append(style.bold("Waivers"))
        for use in report.review.waivers {
            let label = use.status.rawValue
            let padded = label + String(repeating: " ", count: max(1, 17 - label.count))
            let coloured = use.status == .applied ? style.dim(padded) : style.yellow(padded)
            lines.append("  \(coloured)\(use.notice)")
            lines.append("                   Justification: \(use.waiver.justification)")
            lines.append("                   at \(use.path)\(where_(use.path, report.assessment.sourceMap))")
        }
    }

    private static func appendTrail(_ assessment: Assessment, _ lines: inout TextLines, _ style: TextStyle, ruleTables: Bool) {
        lines.append("")
        lines.append(style.bold("Rationale trail"))
        // Written piece by piece rather than with interpolation: the trail is most of the report.
        for (index, step) in assessment.trail.enumerated() {
            lines.appendBlock("  ")
            lines.appendBlock(String(index + 1))
            lines.appendBlock(". ")
            lines.appendBlock(ruleTables ? heading(step.rule) : headingText(step.rule))
            lines.appendBlock("     Answer:   ")
            lines.append(step.answer)
            for (factIndex, fact) in step.facts.enumerated() {
                lines.appendBlock(factIndex == 0 ? "     Facts:    " : "               ")
                lines.appendBlock(fact.path)
                lines.appendBlock(" = ")
                if fact.value == Fact.notStated {
                    lines.appendBlock(fact.value)
                } else {
                    lines.appendBlock("\"")
                    lines.appendBlock(fact.value)
                    lines.appendBlock("\"")
                }
                if let location = assessment.sourceMap.location(of: fact.path) {
                    lines.appendBlock(" (line ")
                    lines.appendBlock(String(location.line))
                    lines.appendBlock(", column ")
                    lines.appendBlock(String(location.column))
                    lines.appendBlock(")")
                }
                lines.appendBlock("\n")
            }
            lines.appendBlock(ruleTables ? sources(step.rule) : sourcesText(step.rule))
        }
    }

    /// "Title [id] (inferred…)" and the question line of a trail step, built once per rule.
    private static func heading(_ rule: Rule) -> String {
        if let cached = headingByRule[rule.id], cached.rule.title == rule.title, cached.rule.question == rule.question,
           cached.rule.inferred == rule.inferred {
            return cached.text
        }
        return headingText(rule)
    }

    private static let headingByRule: [String: (rule: Rule, text: String)] = Dictionary(
        Rulebook.all.map { ($0.id, ($0, headingText($0))) }, uniquingKeysWith: { first, _ in first })

    private static func headingText(_ rule: Rule) -> String {
        let inferred = rule.inferred ? " (inferred: the project's reading, not text in the source)" : ""
        return "\(rule.title) [\(rule.id)]\(inferred)\n     Question: \(rule.question)\n"
    }

    /// The "Sources:" lines of a rule, built once per rule of the rulebook: they are the same
    /// in every report.
    private static func sources(_ rule: Rule) -> String {
        if let cached = sourcesByRule[rule.id], cached.rule.citations == rule.citations { return cached.text }
        return sourcesText(rule)
    }

    private static let sourcesByRule: [String: (rule: Rule, text: String)] = Dictionary(
        Rulebook.all.map { ($0.id, ($0, sourcesText($0))) }, uniquingKeysWith: { first, _ in first })

    private static func sourcesText(_ rule: Rule) -> String {
        var text = ""
        for (citationIndex, citation) in rule.citations.enumerated() {
            text += citationIndex == 0 ? "     Sources:  " : "               "
            text += citation.shortText
            text += "\n"
        }
        return text
    }


    /// "1 error, 2 warning; 1 waived": the severities that occur, then the waived findings;
    /// `none` when there are no findings.
    static func findingCounts(_ review: WaiverReview, none: String) -> String {
        // Counted in one pass over the findings (as `WaiverReview.count` and `waivedCount` count them).
        var (errors, warnings, infos, waived) = (0, 0, 0, 0)
        for reviewed in review.findings {
            if reviewed.isWaived {
                waived += 1
                continue
            }
            switch reviewed.finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
        var parts: [String] = []
        if errors > 0 { parts.append(counted(errors, "error")) }
        if warnings > 0 { parts.append(counted(warnings, "warning")) }
        if infos > 0 { parts.append("\(infos) info") }
        var counts = parts.joined(separator: ", ")
        if waived > 0 {
            counts += (counts.isEmpty ? "" : "; ") + "\(waived) waived"
        }
        return counts.isEmpty ? none : counts
    }

    /// " (line 12, column 5)" for a fact that was read, or its parent for one that was not.
    static func where_(_ path: String, _ sourceMap: SourceMap) -> String {
        guard let location = sourceMap.location(of: path) else { return "" }
        return " (line \(location.line), column \(location.column))"
    }

    /// The severity padded to seven characters, the width of "warning", so messages line up.
    static func severityLabel(_ severity: Severity, _ style: TextStyle) -> String {
        switch severity {
        case .error: return style.red("error  ")
        case .warning: return style.yellow("warning")
        case .info: return style.cyan("info   ")
        }
    }

    static func verdictColour(_ verdict: DutyVerdict, _ style: TextStyle) -> (String) -> String {
        switch verdict {
        case .applies, .likelyApplies: return style.green
        case .undetermined: return style.yellow
        case .unlikelyToApply, .doesNotApply: return style.cyan
        }
    }
}

/// Lines of text built into one string, so that a long report is not first an array of
/// thousands of small strings.
struct TextLines {
    private(set) var text = ""

    init() {
        text.reserveCapacity(8192)
    }

    mutating func append(_ line: String) {
        text += line
        text += "\n"
    }

    /// One line from its pieces, appended in turn: no string for the whole line is built first.
    mutating func append(_ first: String, _ pieces: String...) {
        text += first
        for piece in pieces { text += piece }
        text += "\n"
    }

    /// Lines that already end in a newline.
    mutating func appendBlock(_ block: String) {
        text += block
    }
}
