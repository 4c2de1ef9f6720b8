import InvolveCore

/// One project in a few lines, for a CI log over a folder (`--detail brief`): what was decided
/// and what must be fixed, with where in the file, and the command that prints the full report.
/// The trail and its sources, which are most of a full report and the same for every project,
/// are left to that command.
enum BriefText {
    static func render(_ report: ProjectReport, settings: ReportSettings) -> String {
        let assessment = report.assessment
        let style = settings.style
        var lines = TextLines()
        lines.append(style.bold(TerminalText.line(report.file)))
        lines.append("  Project    \(TerminalText.line(assessment.projectTitle)) [\(TerminalText.line(assessment.projectID))]")
        lines.append("  Verdict    " + AssessmentText.verdictColour(assessment.verdict, style)(style.bold(assessment.verdict.headline.uppercased())))
        appendRoute(assessment.route, &lines)
        appendFairness(assessment.fairness, &lines, style)
        appendFindings(report, &lines, style)
        if let questions = QuestionWording.summary(assessment) {
            lines.append("  " + questions)
        }
        lines.append("  full rationale: " + rerunCommand(report.file, settings))
        return lines.text
    }

    /// The route's headline, then the three things outside the organisation that the route may
    /// need (scrutiny, the Secretary of State, NHS England) when they are required or likely.
    private static func appendRoute(_ route: RouteAssessment, _ lines: inout TextLines) {
        lines.append("  Route      \(route.kind.headline) (\(RouteAndFairnessText.label(route.level)))")
        for requirement in RouteAndFairnessText.outsideRequirements(route) {
            lines.append("             " + requirement)
        }
    }

    /// One line per Gunning principle when the plan was assessed; one line saying why when
    /// none could be (no plan), rather than four lines saying "not assessable".
    private static func appendFairness(_ fairness: FairnessAssessment, _ lines: inout TextLines, _ style: TextStyle) {
        if fairness.principles.allSatisfy({ $0.status == .notAssessable }) {
            let reason = fairness.principles.first?.reasons.first.map { ": " + $0 } ?? ""
            lines.append("  Gunning    not assessable" + reason)
            return
        }
        lines.append("  Gunning    " + (fairness.application == .formal ? "formally, for a consultation" : "as advice"))
        for principle in fairness.principles {
            lines.append("             \(principle.principle.rawValue) \(principle.principle.title): "
                         + RouteAndFairnessText.statusLabel(principle.status, style))
        }
    }

    /// Every finding, most severe first and waived ones last (as in the full report), with its
    /// rule, its message and where in the file it points.
    private static func appendFindings(_ report: ProjectReport, _ lines: inout TextLines, _ style: TextStyle) {
        let review = report.review
        let sourceMap = report.assessment.sourceMap
        lines.append("  Findings   " + AssessmentText.findingCounts(review, none: "none"))
        for reviewed in review.forReading {
            let finding = reviewed.finding
            let label = reviewed.isWaived ? style.dim("waived ") : AssessmentText.severityLabel(finding.severity, style)
            let severityNote = reviewed.isWaived ? " (\(finding.severity.rawValue))" : ""
            lines.append("    ", label, " [", finding.rule.id, "]", severityNote, " ", finding.message)
            if !finding.facts.isEmpty {
                let path = finding.primaryPath
                lines.append("            at ", path, AssessmentText.where_(path, sourceMap))
            }
            if let waiver = reviewed.waiver {
                lines.append("            waived until \(waiver.expires) by \(waiver.approvedBy)")
            } else if let expired = reviewed.expiredWaiver {
                lines.append("            the waiver approved by \(expired.approvedBy) expired on \(expired.expires) and no longer applies")
            }
        }
    }

    /// The command that prints this project's full report (one file named: full by default),
    /// with the options that decide its assessment (`--as-of`, `--policy`), so that it gives
    /// the same answer.
    static func rerunCommand(_ file: String, _ settings: ReportSettings) -> String {
        var words = ["involve", "assess"]
        // Standard input cannot be named again: the reader pipes the same input with `-`.
        words.append(file == "<stdin>" ? "-" : shellQuoted(file))
        words += ["--as-of", settings.asOf.description]
        if let policyFile = settings.policyFile { words += ["--policy", shellQuoted(policyFile)] }
        return words.joined(separator: " ")
    }

    /// A word a POSIX shell reads back unchanged: as it is when it has only safe characters,
    /// otherwise in single quotes (a quote inside becomes '\'').
    static func shellQuoted(_ word: String) -> String {
        let safe = !word.isEmpty && word.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: ":"),
                 UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: "@"), UInt8(ascii: "%"):
                return true
            default:
                return false
            }
        }
        if safe { return word }
        // A line break or control character in a name is written with bash's $'…' escapes, so
        // the command stays on one line, shows nothing a terminal would obey, and still runs.
        if word.unicodeScalars.contains(where: { TerminalText.isUnsafe($0) || $0 == "\n" || $0 == "\t" }) {
            var quoted = "$'"
            for scalar in word.unicodeScalars {
                switch scalar {
                case "\\": quoted += "\\\\"
                case "'": quoted += "\\'"
                case "\n": quoted += "\\n"
                case "\t": quoted += "\\t"
                case let other where TerminalText.isUnsafe(other):
                    quoted += other.value < 0x80 ? "\\x" + String(other.value, radix: 16, uppercase: true).leftPadded(2)
                        : "\\u" + String(other.value, radix: 16, uppercase: true).leftPadded(4)
                default: quoted.unicodeScalars.append(scalar)
                }
            }
            return quoted + "'"
        }
        var quoted = "'"
        for character in word {
            if character == "'" { quoted += "'\\''" } else { quoted.append(character) }
        }
        return quoted + "'"
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
