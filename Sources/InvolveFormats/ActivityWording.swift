import InvolveCore

/// The words for what was done beside what was assessed (`RecordActivity`), shared by every
/// report format. "Done" always means what the project file records; "assessed" the route the
/// assessment gave. Both are always named, so a reader can tell which is which.
extension RecordWording {
    /// "Formal public consultation", "Co-production", or nil when the plan gives no approach.
    static func approach(_ approach: InvolvementApproach?) -> String? {
        approach.map { sentenceStart($0.displayName) }
    }

    /// "Engagement", "Public consultation", "Information only", or nil when not settled.
    static func assessedMain(_ kind: RecordRouteKind?) -> String? {
        kind.map(\.displayName)
    }

    static func scrutinyStatus(_ status: ScrutinyStatus?) -> String {
        switch status {
        case .consulted?: return "formally consulted"
        case .informed?: return "informed, not yet agreed whether the change is substantial"
        case .agreedSubstantial?: return "agreed the change is substantial, not yet formally consulted"
        case .agreedNotSubstantial?: return "agreed the change is not substantial"
        case .notContacted?: return "not contacted"
        case nil: return "not recorded"
        }
    }

    /// The approach run and the route assessed in one or a few sentences, for the projects
    /// table and each record's summary: "Done: formal public consultation. Assessed: engagement."
    /// - Parameter periodEnd: the end of the period reported on; an approach whose plan opens
    ///   after it is "chosen", not done.
    static func doneAndAssessed(_ record: DecisionRecord, periodEnd: CalendarDate? = nil) -> String {
        let activity = RecordActivity(record, periodEnd: periodEnd)
        let done = activity.beginsAfterPeriod ? nil : approach(activity.approach)
        let assessed = record.route == nil ? nil : assessedMain(activity.assessed)
        var sentences: [String]
        switch (done, assessed) {
        case let (done?, assessed?) where activity.differs == false:
            sentences = [activity.approach == .coProduce
                ? "Done: co-production, which answers the route assessed (\(assessed.lowercasedFirst))."
                : "Done: \(done.lowercasedFirst), as assessed."]
        case let (done?, assessed?):
            sentences = ["Done: \(done.lowercasedFirst). Assessed: \(assessed.lowercasedFirst)."]
        case let (done?, nil):
            sentences = ["Done: \(done.lowercasedFirst). Assessed: \(record.route == nil ? "not recorded" : "undetermined")."]
        case (nil, let assessed):
            let assessedText = assessed?.lowercasedFirst ?? (record.route == nil ? "not recorded" : "undetermined")
            if activity.beginsAfterPeriod, let chosen = approach(activity.approach), let launch = activity.launchDate {
                sentences = ["Chosen: \(chosen.lowercasedFirst), opening \(launch.longText), after the period, so not counted as done. Assessed: \(assessedText)."]
            } else {
                sentences = ["Done: no approach recorded in the plan. Assessed: \(assessedText)."]
            }
        }
        if activity.scrutinyAssessed || activity.scrutiny != nil {
            sentences.append("Health scrutiny committee: \(scrutinyStatus(activity.scrutiny))"
                             + (activity.scrutinyAssessed ? " (assessed: consult it)." : "."))
        }
        if activity.notificationAssessed || activity.secretaryOfStateNotified != nil {
            let notified: String
            switch activity.secretaryOfStateNotified {
            case true?: notified = "notified"
            case false?: notified = "not notified"
            case nil: notified = "not recorded"
            }
            sentences.append("Secretary of State: \(notified)" + (activity.notificationAssessed ? " (assessed: notify)." : "."))
        }
        return sentences.joined(separator: " ")
    }
}

extension ReportWording {
    /// What was done beside the route assessed, counted over projects.
    static func activityTable(_ report: InvolvementReport) -> ReportTable {
        let figures = report.activity
        let routes = report.routesRecorded > 0
        func pair(_ label: String, _ pair: ActivityFigures.Pair) -> [String] {
            [label, String(pair.done), routes ? String(pair.assessed) : "Not recorded"]
        }
        var rows = [
            pair("Information only", figures.informationOnly),
            pair("Engagement (including co-production)", figures.engagement),
            ["of which co-production", String(figures.coProduction), "—"],
            pair("Formal public consultation", figures.publicConsultation),
            pair("No approach recorded / route not settled", figures.notRecorded),
        ]
        if figures.beginsAfterPeriod > 0 {
            rows.append(["Chosen, but opening after the period", String(figures.beginsAfterPeriod), "—"])
        }
        rows.append(pair("Health overview and scrutiny committee consulted", figures.scrutinyConsultation))
        rows.append(pair("Secretary of State notified of a reconfiguration", figures.secretaryOfStateNotification))
        return ReportTable(caption: "What was done, beside the route assessed: projects, \(periodText(report))",
                           headers: ["Involvement", "Done (the project's records)", "Route assessed"], rows: rows, numeric: [1, 2])
    }

    /// Which column is which, and how many projects did something other than the route assessed.
    static func activityNote(_ report: InvolvementReport) -> String {
        let figures = report.activity
        var text = "Each of the \(RecordWording.plural(figures.projects, "project")) is counted once, by its latest record in the period. "
        text += "\u{201C}Done\u{201D} is what the project file records: the approach of its involvement plan (unless the plan opens after the end of the period), where the organisation stands with the health scrutiny committee, and whether the Secretary of State was notified. "
        text += "\u{201C}Route assessed\u{201D} is the route the assessment gave (engagement as an interim measure included), with consulting the committee and notifying the Secretary of State where the assessment found them required or likely; a consultation route includes the engagement before it, and is counted as consultation. "
        text += "Co-production is counted with engagement, as a fuller way of involving people (our reading of Working in partnership with people and communities, statutory guidance, 2022, Annex A1, which runs from sharing information to co-design and co-production)."
        if report.routesRecorded == 0 && !report.records.isEmpty {
            text += " " + routeNote
        } else if figures.differing > 0 {
            text += " What was done differs from the route assessed for \(RecordWording.plural(figures.differing, "project")); the projects table says which."
        } else if figures.projects > 0 {
            text += " What was done matches the route assessed wherever both are recorded."
        }
        if figures.beginsAfterPeriod > 0 {
            text += " \(RecordWording.plural(figures.beginsAfterPeriod, "project")) chose an approach whose plan opens after the end of the period; \(figures.beginsAfterPeriod == 1 ? "it is" : "they are") not counted as done."
        }
        if figures.scrutinyNotRecorded > 0 {
            text += " For \(RecordWording.plural(figures.scrutinyNotRecorded, "project")) whose route included consulting the health scrutiny committee, the records do not say where the organisation stands with it."
        }
        return text
    }

    /// The figures of each reporting year side by side, or nil when the records fall in one.
    static func yearTable(_ report: InvolvementReport) -> ReportTable? {
        let years = report.reportingYears
        guard years.count > 1 else { return nil }
        return ReportTable(
            caption: "Year on year: the figures of each reporting year (1 April to 31 March) in the period",
            headers: ["Reporting year", "Decision records", "Projects", "Duty applied or likely", "Engagement done",
                      "Consultations done", "Decisions recorded"],
            rows: years.map { year in
                [year.name, String(year.records), String(year.projects), String(year.dutyApplied),
                 String(year.activity.engagement.done), String(year.activity.publicConsultation.done),
                 "\(year.decisionsRecorded) of \(year.records)"]
            },
            numeric: Set(1...6))
    }
}

extension String {
    /// "formal public consultation" from "Formal public consultation".
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
