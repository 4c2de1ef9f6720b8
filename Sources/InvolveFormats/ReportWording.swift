import InvolveCore

/// The words of the annual report section, shared by the Markdown and HTML forms. Plain text:
/// each renderer escapes it. Written to be pasted into an annual report by a board secretary.
enum ReportWording {
    static func periodText(_ report: InvolvementReport) -> String {
        "\(report.period.start.longText) to \(report.period.end.longText)"
    }

    static func title(_ report: InvolvementReport) -> String {
        "Involving people and communities: how \(report.organisation) discharged its duty to involve the public, \(periodText(report))"
    }

    /// The kind of organisation all records share, if they share one.
    static func commonKind(_ report: InvolvementReport) -> OrganisationKind? {
        let kinds = Set(report.records.map(\.organisationKind))
        return kinds.count == 1 ? kinds.first : nil
    }

    /// The duty and the annual-report requirement, by kind of organisation.
    static func dutyParagraph(_ report: InvolvementReport) -> String {
        let name = report.organisation
        switch commonKind(report) {
        case .integratedCareBoard?:
            return "\(name) must make arrangements to involve the people to whom its services are or may be provided, and their carers and representatives, in the planning of its commissioning arrangements, in developing and considering proposals for change, and in decisions that would affect how services are delivered or the range of services available (National Health Service Act 2006, section 14Z45). Its annual report must explain how it has discharged that duty (section 14Z58)."
        case .nhsEngland?:
            return "\(name) must make arrangements to involve the people to whom its services are or may be provided, and their carers and representatives, in planning, in proposals for change and in decisions that would affect how services are delivered or the range of services available (National Health Service Act 2006, section 13Q). Its annual report must explain how it has discharged that duty (section 13U)."
        case .nhsTrust?, .nhsFoundationTrust?:
            return "\(name) must make arrangements to involve the users of the services for which it is responsible, directly or through representatives, in planning, in proposals for change and in decisions that would affect how services are delivered or the range of services available (National Health Service Act 2006, section 242(1B)). This section reports how it did so."
        default:
            return "This section reports how \(name) decided whether and how to involve people and communities in the projects it assessed."
        }
    }

    static func sourceParagraph(_ report: InvolvementReport) -> String {
        let records = report.records.count
        let projects = report.projectCount
        let count = records == projects
            ? RecordWording.plural(records, "decision record")
            : "\(RecordWording.plural(records, "decision record")) (\(RecordWording.plural(projects, "project")))"
        return "This section is drawn from the \(count) whose decisions fall in the period. Each record sets out whether the statutory duty to involve applied, following NHS England's three-step process (Working in partnership with people and communities, statutory guidance, 2022, Annex B1), with the facts and the law or guidance behind each step, and records who decided how to involve people, when, and why. Keeping such records is how a public body shows that it acted rationally in deciding when and how to involve the public (Annex B1)."
    }

    /// The year in two or three sentences, for the opening of the section.
    static func summaryParagraph(_ report: InvolvementReport) -> String {
        let total = report.records.count
        guard total > 0 else { return "No decision records fall in the period." }
        let engaged = report.dutyAppliedCount
        let notEngaged = report.count(.unlikelyToApply) + report.count(.doesNotApply)
        var text = "In the period, \(report.organisation) assessed \(RecordWording.plural(report.projectCount, "project")) against the duty to involve. "
        text += "The duty applied, or was likely to apply, in \(engaged) of the \(RecordWording.plural(total, "assessment"))"
        text += notEngaged > 0 ? "; in \(notEngaged) it did not apply or was unlikely to, and the reasons are recorded." : "."
        let undetermined = report.count(.undetermined)
        if undetermined > 0 {
            text += " Facts were missing for \(RecordWording.plural(undetermined, "assessment")), so \(undetermined == 1 ? "its verdict is" : "their verdicts are") undetermined."
        }
        text += " Of the \(RecordWording.plural(total, "record")), \(report.decisionsRecorded) \(report.decisionsRecorded == 1 ? "says" : "say") who decided how to involve people, when, and why"
        let eia = report.evidenceCount(.equalityImpactAssessment)
        text += eia > 0 ? ", and \(eia) of those decisions were supported by an equality impact assessment." : "."
        return text
    }

    /// The columns of the projects table.
    static let projectHeaders = ["Project", "Verdict", "Route: done and assessed", "Key dates", "Decision"]

    struct Figure {
        let label: String
        let value: String
    }

    static func figures(_ report: InvolvementReport) -> [Figure] {
        let total = report.records.count
        var rows = [
            Figure(label: "Projects assessed", value: String(report.projectCount)),
            Figure(label: "Decision records", value: String(total)),
            Figure(label: "The duty to involve applied", value: String(report.count(.applies))),
            Figure(label: "The duty was likely to apply (treated as applying)", value: String(report.count(.likelyApplies))),
            Figure(label: "The duty was unlikely to apply", value: String(report.count(.unlikelyToApply))),
            Figure(label: "The duty did not apply", value: String(report.count(.doesNotApply))),
            Figure(label: "Undetermined when assessed (facts missing)", value: String(report.count(.undetermined))),
        ]
        rows.append(Figure(label: "Decisions recorded with who decided, when and why", value: "\(report.decisionsRecorded) of \(total)"))
        rows.append(Figure(label: "Departures from the statutory guidance, each explained", value: String(report.departureCount)))
        rows.append(Figure(label: "Decisions supported by an equality impact assessment", value: String(report.evidenceCount(.equalityImpactAssessment))))
        rows.append(Figure(label: "Projects naming affected groups who face health inequalities", value: String(report.projectsNamingInequalities)))
        rows.append(Figure(label: "Rules waived for a project", value: String(report.waiverCount)))
        return rows
    }

    static let routeNote = "Not recorded: the route each project took (engagement, consultation, consultation of the health scrutiny committee, notice to the Secretary of State) was not assessed by the version of involve that made these records; add these figures from the programme's own records."

    static let chartTitle = "Decision records by month and verdict"

    static func chartDescription(_ report: InvolvementReport) -> String {
        let months = report.months
        let busiest = months.max { a, b in a.total < b.total || (a.total == b.total && (a.year, a.month) > (b.year, b.month)) }
        var text = "Bar chart of \(RecordWording.plural(report.records.count, "decision record")) from \(periodText(report)), one bar per month of decision (or of assessment, where no decision is recorded), divided by verdict."
        if let busiest, busiest.total > 0 {
            text += " The busiest month was \(busiest.name), with \(busiest.total)."
        }
        text += " The table that follows gives the same figures."
        return text
    }

    static func reachIntro() -> String {
        "Annual reports should show how involvement was designed to reach specific groups and how the voices of those experiencing health inequalities were heard (statutory guidance, Annex B5), and give evidence that equality and inclusion principles were considered. The public sector equality duty (Equality Act 2010, section 149) and the duty to have regard to reducing health inequalities (NHS Act 2006, sections 14Z35 and 13G) apply to these decisions."
    }

    static let reachMissingNote = "The records name who each project affected but not how each group was reached. Before publishing, add this from the involvement plans or the engagement and consultation reports listed in the appendix."

    /// "Older people who use the clinic (age, disability)".
    static func groupText(_ group: AffectedGroup) -> String {
        group.protectedCharacteristics.isEmpty
            ? group.name
            : group.name + " (" + group.protectedCharacteristics.map { RecordWording.characteristic($0).lowercased() }.joined(separator: ", ") + ")"
    }

    /// One row per project: the groups it names, those facing health inequalities, and how
    /// they were reached when the plan says (nil when no project in the report says).
    static func reachRows(_ report: InvolvementReport) -> (rows: some Sequence<[String]>, showsHow: Bool) {
        let projects = report.latestRecordPerProject
        let showsHow = projects.contains(where: \.saysHowReached)
        let rows = projects.lazy.map { record -> [String] in
            let text = report.text(record)
            return [text.title, text.groups, text.facingInequalities] + (showsHow ? [text.howReached] : [])
        }
        return (rows, showsHow)
    }

    static func methodParagraphs(_ report: InvolvementReport) -> [String] {
        var paragraphs: [String] = []
        paragraphs.append("A record belongs to the period by the date of its decision about involvement; a record with no decision yet belongs by the date it was assessed (its as-of date). The period runs from \(periodText(report)), both days included." + (report.excludedCount > 0 ? " \(RecordWording.plural(report.excludedCount, "record")) outside the period \(report.excludedCount == 1 ? "was" : "were") left out." : ""))
        let tools = Set(report.records.map(\.madeWith)).sorted()
        if !tools.isEmpty {
            paragraphs.append("The records were made with " + tools.joined(separator: "; ") + ". Each carries the SHA-256 digest of the project file it assessed, so that it can be matched to exactly that file.")
        }
        paragraphs.append("A verdict of \"applies\" or \"likely applies\" means the statutory duty to involve was engaged; it is an answer, not a failing. Verdicts are the organisation's own assessment at the time; they are not legal advice.")
        return paragraphs
    }

    /// Record anchors in the HTML appendix.
    static func anchor(_ record: ReportedRecord) -> String {
        "record-" + String(record.recordID.unicodeScalars.map { scalar -> Character in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" ? Character(scalar) : "-"
        })
    }
}
