/// The annual report section on how an organisation discharged its duty to involve: the
/// records of one period and the figures drawn from them. ICBs and NHS England "have a duty to
/// produce Annual Reports that must show how their public involvement duties have been met
/// (sections 14Z58 and 13U of the National Health Service Act 2006 respectively)" (seed 001
/// line 1340). Pure: the renderers in InvolveFormats turn it into Markdown or HTML.
public struct InvolvementReport: Sendable {
    public let organisation: String
    public let period: CalendarDateRange
    /// Records whose reporting date (the decision date, or the as-of date when no decision is
    /// recorded) falls in the period, oldest first.
    public let records: [DecisionRecord]
    /// How many records were read but fell outside the period.
    public let excludedCount: Int

    /// `allRecords` is taken over rather than copied (pass it with `consume`): a year of records
    /// is the largest thing the report holds, and a record is several hundred bytes inline, so
    /// the records are filtered and sorted in place and held once; the tables refer to them by
    /// index (`latestRecordPerProject`) and count them without copying (`count(where:)`).
    public init(organisation: String?, period: CalendarDateRange, allRecords: consuming [DecisionRecord]) {
        var records = allRecords
        let total = records.count
        // Named from every record only when none falls in the period.
        let namesOfAll = organisation == nil ? InvolvementReport.organisationName(of: records) : ""
        records.removeAll { !period.contains($0.reportingDate) }
        records.sort { a, b in
            a.reportingDate != b.reportingDate ? a.reportingDate < b.reportingDate : a.recordID < b.recordID
        }
        self.excludedCount = total - records.count
        let latest = InvolvementReport.latestPerProject(records)
        self.latestIndexPerProject = latest
        self.organisation = organisation ?? (records.isEmpty ? namesOfAll : InvolvementReport.organisationName(of: records))
        self.records = records
        self.period = period
        self.activity = ActivityFigures(latest.lazy.map { records[$0] }, periodEnd: period.end)
    }

    /// The organisation the records name; several names are joined, none gives a placeholder.
    static func organisationName(of records: [DecisionRecord]) -> String {
        var names: [String] = []
        for record in records where !names.contains(record.project.organisation.name) {
            names.append(record.project.organisation.name)
        }
        return names.isEmpty ? "The organisation" : names.sorted().joined(separator: "; ")
    }

    // MARK: Figures

    public var projectCount: Int { latestIndexPerProject.count }

    public func count(_ verdict: DutyVerdict) -> Int { records.count { $0.verdict.value == verdict } }

    /// Records in which the duty applied or was likely to apply.
    public var dutyAppliedCount: Int { count(.applies) + count(.likelyApplies) }

    /// Records whose route includes `kind`, or nil when no record in the period has a route
    /// (the tool that wrote them did not assess it), so the report says "not recorded" rather than 0.
    public func routeCount(_ kind: RecordRouteKind) -> Int? {
        guard routesRecorded > 0 else { return nil }
        return records.count { $0.route?.kinds.contains(kind) == true }
    }

    public var routesRecorded: Int { records.count { $0.route != nil } }

    public var decisionsRecorded: Int { records.count { $0.decision != nil } }

    public var departures: [(record: DecisionRecord, departure: DepartureFromGuidance)] {
        records.flatMap { record in (record.decision?.departuresFromGuidance ?? []).map { (record, $0) } }
    }

    public func evidenceCount(_ kind: EvidenceKind) -> Int {
        records.count { $0.decision?.evidence.contains { $0.kind == kind } == true }
    }

    /// The latest record of each project in the period (a project assessed twice, before and
    /// after a consultation, counts once when the question is who the project affects), in
    /// `records` order. Read through `records` rather than copied out of it.
    public var latestRecordPerProject: LazyMapCollection<[Int], DecisionRecord> {
        let records = records
        return latestIndexPerProject.lazy.map { records[$0] }
    }

    /// Where in `records` the latest record of each project is. Worked out once: several
    /// tables count by project.
    private let latestIndexPerProject: [Int]

    /// The index of the last record of each project in `records` (oldest first), in `records` order.
    static func latestPerProject(_ records: some Sequence<DecisionRecord>) -> [Int] {
        var latest: [String: Int] = [:]
        for (index, record) in records.enumerated() { latest[record.project.id] = index }
        return latest.values.sorted()
    }

    /// What was done beside the route assessed, over the latest record of each project.
    public let activity: ActivityFigures

    /// Each reporting year (1 April to 31 March) the period's records fall in, oldest first;
    /// the report compares them when there is more than one.
    public var reportingYears: [ReportingYearFigures] { ReportingYearFigures.years(records, periodEnd: period.end) }

    /// Projects naming at least one affected group that faces health inequalities.
    public var projectsNamingInequalities: Int {
        latestRecordPerProject.count { $0.affectedGroups.contains { $0.facesHealthInequalities == true } }
    }

    /// For each protected characteristic, how many projects name an affected group sharing it.
    public var protectedCharacteristicCoverage: [(ProtectedCharacteristic, Int)] {
        let projects = latestRecordPerProject
        return ProtectedCharacteristic.allCases.map { characteristic in
            (characteristic, projects.count { $0.affectedGroups.contains { $0.protectedCharacteristics.contains(characteristic) } })
        }
    }

    /// One entry per calendar month of the period, with how many records fall in it by verdict.
    public var months: [ReportMonth] {
        var result: [ReportMonth] = []
        var year = period.start.year
        var month = period.start.month
        while year < period.end.year || (year == period.end.year && month <= period.end.month) {
            let inMonth = records.lazy.filter { $0.reportingDate.year == year && $0.reportingDate.month == month }
            let counts = DutyVerdict.allCases.map { verdict in (verdict, inMonth.count { $0.verdict.value == verdict }) }
            result.append(ReportMonth(year: year, month: month, counts: counts))
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
        return result
    }
}

/// One month of the report's chart.
public struct ReportMonth: Sendable {
    public let year: Int
    public let month: Int
    public let counts: [(DutyVerdict, Int)]

    public var total: Int { counts.reduce(0) { $0 + $1.1 } }

    public func count(_ verdict: DutyVerdict) -> Int { counts.first { $0.0 == verdict }?.1 ?? 0 }

    static let names = ["January", "February", "March", "April", "May", "June", "July", "August",
                        "September", "October", "November", "December"]

    /// "April 2025".
    public var name: String { ReportMonth.names[month - 1] + " " + String(year) }
    /// "Apr".
    public var shortName: String { String(ReportMonth.names[month - 1].prefix(3)) }
}

extension CalendarDate {
    /// "1 April 2025", as dates are written in NHS annual reports.
    public var longText: String { "\(day) \(ReportMonth.names[month - 1]) \(year)" }
}

extension DecisionRecord {
    /// The record without the parts only its full form shows (the rationale trail, findings,
    /// open questions, next steps, audiences, the Gunning principles, the project's summary,
    /// the reasons for the decision and the statutory duty's citation): what the annual
    /// report section and the brief appendix need. A year of records is held in memory while
    /// the report is built, and the trail is nine tenths of a record.
    public var forReportSection: DecisionRecord {
        var brief = self
        brief.trail = []
        brief.findings = []
        brief.openQuestions = []
        brief.nextSteps = []
        brief.audiences = []
        brief.fairness = nil
        brief.project.summary = nil
        brief.decision?.reasons = nil
        brief.verdict.statutoryDuty = nil
        return brief
    }
}
