import InvolveCore

/// How much of each record the annual report carries after the section itself.
public enum ReportAppendix: String, CaseIterable, Sendable {
    /// The section only: what a board secretary pastes into the annual report.
    case none
    /// Each record in a few lines: verdict, route, what was done, decision (the default).
    case summary
    /// Each record in full, with its rationale trail.
    case full

    /// About how much of a report its renderers make before giving it to be written, when it is
    /// written as it is made: the rest of the report is never held with it.
    static let piece = 1 << 20

    /// What a renderer that gives its output in pieces gives, as one string.
    static func joined(_ render: ((String) -> Void) -> Void) -> String {
        var text = ""
        render { text += $0 }
        return text
    }
}

extension ReportWording {
    /// A record in a few labelled lines, for the summary appendix.
    static func briefLines(_ record: DecisionRecord, periodEnd: CalendarDate) -> [(label: String, text: String)] {
        var lines: [(String, String)] = [("Verdict", record.verdict.headline + ". " + record.verdict.reason)]
        lines.append(("Route assessed", record.route?.summary ?? RecordWording.routeNotAssessed))
        lines.append(("What was done", RecordWording.doneAndAssessed(record, periodEnd: periodEnd)))
        if let decision = record.decision {
            lines.append(("Decision", "\(decision.decidedBy), \(decision.date.longText): \(decision.decision)"))
        } else {
            lines.append(("Decision", RecordWording.noDecision))
        }
        lines.append(("Record", "\(record.recordID), assessed as of \(record.asOf.longText) with \(RecordWording.madeWith(record)), from \(record.input.file) (SHA-256 \(record.input.sha256))."))
        return lines
    }

    static let briefAppendixTitle = "Appendix: the decision records in brief"
    static let fullAppendixTitle = "Appendix: decision records"
    static let briefAppendixIntro = "Each decision record in the period in a few lines. The full records, with the facts, the law and guidance behind each step, are kept with the organisation's records of decisions (involve report --appendix full prints them)."
}
