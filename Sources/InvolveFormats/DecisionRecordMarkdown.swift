import InvolveCore

/// The Markdown form of a decision record, for people: the verdict and the human decision
/// first, then who must be involved, findings, and the full rationale trail. Every piece of
/// input text is escaped (`MarkdownText`).
public enum DecisionRecordMarkdown {
    /// - Parameter level: the heading level of the record's title (1 for a record file; deeper
    ///   when the record is an appendix of the annual report).
    public static func render(_ record: DecisionRecord, level: Int = 1) -> String {
        lines(record, level: level).joined(separator: "\n") + "\n"
    }

    static func lines(_ record: DecisionRecord, level: Int) -> [String] {
        let h1 = String(repeating: "#", count: max(1, min(level, 5)))
        let h2 = h1 + "#"
        var out: [String] = []
        out.append("\(h1) Decision record: \(MarkdownText.inline(record.project.title))")
        out.append("")
        out.append("- **Record:** \(MarkdownText.inline(record.recordID))")
        out.append("- **Project:** \(MarkdownText.inline(record.project.id))")
        out.append("- **Organisation:** \(MarkdownText.inline(RecordWording.organisation(record)))")
        out.append("- **Assessed as of:** \(record.asOf.longText) (\(record.asOf))")
        out.append("- **Made with:** \(MarkdownText.inline(RecordWording.madeWith(record)))")
        out.append("- **Input file:** \(MarkdownText.inline(RecordWording.input(record)))")
        out.append("- **SHA-256 of the input file:** \(MarkdownText.code(record.input.sha256))")
        if let summary = record.project.summary {
            out.append("")
            out += MarkdownText.paragraphs(summary).joinedAsParagraphs()
        }

        out.append("")
        out.append("\(h2) Verdict")
        out.append("")
        out.append("**\(MarkdownText.inline(record.verdict.headline)).** \(MarkdownText.inline(record.verdict.reason))")
        if let duty = record.verdict.statutoryDuty {
            out.append("")
            out.append("Statutory duty: \(MarkdownText.inline(duty)).")
        }

        out.append("")
        out.append("\(h2) Decision about involvement")
        out.append("")
        out += decision(record)

        out.append("")
        out.append("\(h2) Route")
        out.append("")
        if let route = record.route {
            out.append("**\(MarkdownText.inline(RecordWording.routeShort(route))).** \(MarkdownText.inline(route.summary))")
        } else {
            out.append(RecordWording.routeNotAssessed)
        }

        out.append("")
        out.append("\(h2) Fairness of the plan (Gunning principles)")
        out.append("")
        out += fairness(record.fairness)

        out.append("")
        out.append("\(h2) Who must be involved")
        out.append("")
        out += audiences(record)

        out.append("")
        out.append("\(h2) Affected groups")
        out.append("")
        out += affectedGroups(record)

        out.append("")
        out.append("\(h2) Findings")
        out.append("")
        out += findings(record)

        out.append("")
        out.append("\(h2) Waivers")
        out.append("")
        out += waivers(record)

        if !record.openQuestions.isEmpty {
            out.append("")
            out.append("\(h2) Open questions")
            out.append("")
            for question in record.openQuestions {
                out.append("- \(MarkdownText.inline(question.question)) Answer at \(MarkdownText.code(question.path)). \(MarkdownText.inline(question.whyItMatters))")
            }
        }

        out.append("")
        out.append("\(h2) What to do first")
        out.append("")
        for (index, step) in record.nextSteps.enumerated() {
            out.append("\(index + 1). \(MarkdownText.inline(step))")
        }

        out.append("")
        out.append("\(h2) Rationale trail")
        out.append("")
        out += trail(record)
        return out
    }

    static func decision(_ record: DecisionRecord) -> [String] {
        guard let decision = record.decision else { return [RecordWording.noDecision] }
        var out: [String] = []
        out.append("- **Decided by:** \(MarkdownText.inline(decision.decidedBy))")
        out.append("- **Date:** \(decision.date.longText)")
        out.append("- **Decision:** \(MarkdownText.inline(decision.decision))")
        out.append("- **Reasons:** " + (decision.reasons.map(MarkdownText.inline) ?? "Not recorded."))
        out.append("")
        if decision.departuresFromGuidance.isEmpty {
            out.append("No departures from the statutory guidance are recorded.")
        } else {
            out.append("Departures from the statutory guidance, each explained (the guidance asks that any substantial departure can be explained):")
            out.append("")
            out.append("| Part of the guidance | Explanation |")
            out.append("|---|---|")
            for departure in decision.departuresFromGuidance {
                out.append("| \(MarkdownText.cell(departure.guidance)) | \(MarkdownText.cell(departure.explanation)) |")
            }
        }
        out.append("")
        if decision.evidence.isEmpty {
            out.append("No supporting documents are listed.")
        } else {
            out.append("| Evidence | Title | Reference |")
            out.append("|---|---|---|")
            for evidence in decision.evidence {
                out.append("| \(evidence.kind.displayName) | \(MarkdownText.cell(evidence.title)) | \(MarkdownText.cell(evidence.reference ?? "—")) |")
            }
        }
        return out
    }

    static func fairness(_ fairness: RecordFairness?) -> [String] {
        guard let fairness else { return [RecordWording.fairnessNotAssessed] }
        var out = [MarkdownText.lineStart(fairness.summary), "", "| Principle | Status | Why |", "|---|---|---|"]
        for principle in fairness.principles {
            out.append("| \(MarkdownText.cell(principle.name)) | \(principle.status.displayName) | \(MarkdownText.cell(principle.explanation)) |")
        }
        return out
    }

    static func audiences(_ record: DecisionRecord) -> [String] {
        guard !record.audiences.isEmpty else { return ["None listed."] }
        var out = ["| Who | Required by law | Basis |", "|---|---|---|"]
        for audience in record.audiences {
            out.append("| \(MarkdownText.cell(audience.who)) | \(audience.required ? "Yes" : "No (guidance or good practice)") | \(MarkdownText.cell(audience.basis)) |")
        }
        return out
    }

    static func affectedGroups(_ record: DecisionRecord) -> [String] {
        var out: [String]
        if record.affectedGroups.isEmpty {
            out = ["No affected groups are listed in the project file."]
        } else {
            out = ["| Group | Protected characteristics | Faces health inequalities | How reached |", "|---|---|---|---|"]
            for group in record.affectedGroups {
                let how = RecordWording.howReached(group, record) ?? RecordWording.notReached
                out.append("| \(MarkdownText.cell(group.name)) | \(RecordWording.characteristics(group)) | \(RecordWording.inequalities(group)) | \(MarkdownText.cell(how)) |")
            }
        }
        if let approach = record.plan?.approach {
            out.append("")
            out.append("Planned approach: \(MarkdownText.inline(approach)).")
        }
        if let reach = record.plan?.reach, !reach.isEmpty {
            out.append("")
            out.append("| Audience in the involvement plan | Who, and how they are reached |")
            out.append("|---|---|")
            for entry in reach {
                out.append("| \(MarkdownText.cell(RecordWording.sentenceStart(entry.audience))) | \(MarkdownText.cell(entry.how)) |")
            }
        }
        return out
    }

    static func findings(_ record: DecisionRecord) -> [String] {
        guard !record.findings.isEmpty else { return ["None."] }
        var out = ["| Severity | Rule | Finding |", "|---|---|---|"]
        for finding in record.findings {
            out.append("| \(RecordWording.severity(finding.severity)) | \(MarkdownText.cell(finding.ruleID)) | \(MarkdownText.cell(finding.message)) |")
        }
        return out
    }

    static func waivers(_ record: DecisionRecord) -> [String] {
        guard !record.waivers.isEmpty else { return ["None."] }
        var out = ["| Rule | Reason | Approved by | Expires |", "|---|---|---|---|"]
        for waiver in record.waivers {
            out.append("| \(MarkdownText.cell(waiver.ruleID)) | \(MarkdownText.cell(waiver.reason ?? "Not recorded")) | \(MarkdownText.cell(waiver.approvedBy ?? "Not recorded")) | \(waiver.expires?.longText ?? "—") |")
        }
        return out
    }

    static func trail(_ record: DecisionRecord) -> [String] {
        var out: [String] = []
        for step in record.trail {
            let inferred = step.inferred ? ", inferred: the project's reading, not text in the source" : ""
            out.append("\(step.step). **\(MarkdownText.inline(step.title))** (\(MarkdownText.code(step.ruleID))\(inferred))")
            out.append("   - Question: \(MarkdownText.inline(step.question))")
            out.append("   - Answer: \(MarkdownText.inline(step.answer))")
            if !step.facts.isEmpty {
                out.append("   - Facts:")
                for fact in step.facts {
                    out.append("     - \(MarkdownText.code(fact.path)) = \(factValue(fact))")
                }
            }
            if !step.citations.isEmpty {
                out.append("   - Sources:")
                for citation in step.citations {
                    out.append("     - \(MarkdownText.inline(citation.shortText))")
                }
            }
        }
        return out
    }

    static func factValue(_ fact: RecordFact) -> String {
        var text = fact.value == Fact.notStated ? "not stated" : "\u{201C}" + MarkdownText.inline(fact.value) + "\u{201D}"
        if let line = fact.line, let column = fact.column { text += " (line \(line), column \(column))" }
        return text
    }
}

extension Array where Element == String {
    /// Paragraphs separated by blank lines.
    func joinedAsParagraphs() -> [String] {
        var out: [String] = []
        for (index, paragraph) in enumerated() {
            if index > 0 { out.append("") }
            out.append(paragraph)
        }
        return out
    }
}
