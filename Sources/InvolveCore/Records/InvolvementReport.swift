/// The annual report section on how an organisation discharged its duty to involve: the
/// records of one period and the figures drawn from them. ICBs and NHS England "have a duty to
/// produce Annual Reports that must show how their public involvement duties have been met
/// (sections 14Z58 and 13U of the National Health Service Act 2006 respectively)" (seed 001
/// line 1340). Pure: the renderers in InvolveFormats turn it into Markdown, HTML or Word.
///
/// Of each record only the facts the figures count are held (`ReportedRecord`); the texts the
/// tables print are kept in `store`, in memory or, for `involve report`, in a temporary file.
public struct InvolvementReport: Sendable {
    public let organisation: String
    public let period: CalendarDateRange
    /// Records whose reporting date (the decision date, or the as-of date when no decision is
    /// recorded) falls in the period, oldest first.
    public let records: [ReportedRecord]
    /// How many records were read but fell outside the period.
    public let excludedCount: Int
    /// Where each record's texts are kept.
    public let store: any ReportRecordStore

    /// The report of the records in `allRecords` that fall in `period`, the records held whole
    /// (a test's or a library user's handful; `involve report` uses a `Collector`).
    public init(organisation: String?, period: CalendarDateRange, allRecords: [DecisionRecord]) {
        var collector = Collector(organisation: organisation, period: period)
        for (index, record) in allRecords.enumerated() {
            collector.add(record) { _ in ReportedRecord.Slot(offset: index, length: 0) }
        }
        self = collector.report(store: HeldRecords(allRecords))
    }

    init(organisation: String, period: CalendarDateRange, records: [ReportedRecord], excludedCount: Int, store: any ReportRecordStore) {
        self.organisation = organisation
        self.period = period
        self.records = records
        self.excludedCount = excludedCount
        self.store = store
        let latest = InvolvementReport.latestPerProject(records)
        latestIndexPerProject = latest
        activity = ActivityFigures(latest.lazy.map { records[$0].activity(periodEnd: period.end) })
    }

    /// Gathers a period's records as they are read, keeping of each only what the report
    /// holds, and orders them for the report.
    public struct Collector {
        public let period: CalendarDateRange
        private let organisation: String?
        private var records: [ReportedRecord] = []
        private var excluded = 0
        /// The organisations named by the records in the period, and by every record read
        /// (the report is named from every record only when none falls in the period).
        private var namesInPeriod: Set<String> = []
        private var namesOfAll: Set<String> = []
        /// One copy of each text many records repeat (the organisation, the versions).
        private var sharedTexts: Set<String> = []

        /// - Parameter expected: how many records will be read, when known: the array of them
        ///   is then made once at its size rather than grown by doubling.
        public init(organisation: String?, period: CalendarDateRange, expected: Int = 0) {
            self.organisation = organisation
            self.period = period
            records.reserveCapacity(expected)
        }

        /// Counts `record`; if it falls in the period, `keep` keeps its texts and says where.
        public mutating func add(_ record: DecisionRecord, keep: (DecisionRecord) -> ReportedRecord.Slot) {
            let name = record.project.organisation.name
            if organisation == nil { namesOfAll.insert(name) }
            guard period.contains(record.reportingDate) else {
                excluded += 1
                return
            }
            if organisation == nil { namesInPeriod.insert(name) }
            let slot = keep(record)
            records.append(ReportedRecord(record, slot: slot) { text in
                // Short strings are held inside the value itself: nothing to share.
                text.utf8.count > 15 ? sharedTexts.insert(text).memberAfterInsert : text
            })
        }

        /// The report, its records oldest first (then by id), their texts in `store`.
        public consuming func report(store: any ReportRecordStore) -> InvolvementReport {
            // Sorted by moving each record once to its place: sorting the records themselves
            // takes a buffer as large as the year's records. Records that tie (one record in two
            // files) keep the order they were read in.
            let order = records.indices.sorted { a, b in
                ReportedRecord.inReportOrder(records[a], records[b]) || (!ReportedRecord.inReportOrder(records[b], records[a]) && a < b)
            }
            records.rearrange(to: order)
            let names = records.isEmpty ? namesOfAll : namesInPeriod
            return InvolvementReport(organisation: organisation ?? (names.isEmpty ? "The organisation" : names.sorted().joined(separator: "; ")),
                                     period: period, records: records, excludedCount: excluded, store: store)
        }
    }

    // MARK: Figures

    public var projectCount: Int { latestIndexPerProject.count }

    public func count(_ verdict: DutyVerdict) -> Int { records.count { $0.verdict == verdict } }

    /// Records in which the duty applied or was likely to apply.
    public var dutyAppliedCount: Int { count(.applies) + count(.likelyApplies) }

    /// Records whose route includes `kind`, or nil when no record in the period has a route
    /// (the tool that wrote them did not assess it), so the report says "not recorded" rather than 0.
    public func routeCount(_ kind: RecordRouteKind) -> Int? {
        guard routesRecorded > 0 else { return nil }
        return records.count { $0.routeKinds?.contains(kind) == true }
    }

    public var routesRecorded: Int { records.count { $0.routeKinds != nil } }

    public var decisionsRecorded: Int { records.count(where: \.hasDecision) }

    /// Departures from the statutory guidance the period's decisions record.
    public var departureCount: Int { records.reduce(0) { $0 + $1.departureCount } }

    public var waiverCount: Int { records.reduce(0) { $0 + $1.waiverCount } }

    public func evidenceCount(_ kind: EvidenceKind) -> Int {
        records.count { $0.evidence.contains(kind) }
    }

    /// The latest record of each project in the period (a project assessed twice, before and
    /// after a consultation, counts once when the question is who the project affects), in
    /// `records` order.
    public var latestRecordPerProject: LazyMapCollection<[Int], ReportedRecord> {
        let records = records
        return latestIndexPerProject.lazy.map { records[$0] }
    }

    /// Where in `records` the latest record of each project is. Worked out once: several
    /// tables count by project.
    private let latestIndexPerProject: [Int]

    /// The index of the last record of each project in `records` (oldest first), in `records` order.
    static func latestPerProject(_ records: some Sequence<ReportedRecord>) -> [Int] {
        var latest: [String: Int] = [:]
        for (index, record) in records.enumerated() { latest[record.projectID] = index }
        return latest.values.sorted()
    }

    /// What was done beside the route assessed, over the latest record of each project.
    public let activity: ActivityFigures

    /// Each reporting year (1 April to 31 March) the period's records fall in, oldest first;
    /// the report compares them when there is more than one.
    public var reportingYears: [ReportingYearFigures] { ReportingYearFigures.years(records, periodEnd: period.end) }

    /// Projects naming at least one affected group that faces health inequalities.
    public var projectsNamingInequalities: Int {
        latestRecordPerProject.count(where: \.namesInequalities)
    }

    /// For each protected characteristic, how many projects name an affected group sharing it.
    public var protectedCharacteristicCoverage: [(ProtectedCharacteristic, Int)] {
        let projects = latestRecordPerProject
        return ProtectedCharacteristic.allCases.map { characteristic in
            (characteristic, projects.count { $0.characteristics.contains(characteristic) })
        }
    }

    /// One entry per calendar month of the period, with how many records fall in it by verdict.
    public var months: [ReportMonth] {
        var result: [ReportMonth] = []
        var year = period.start.year
        var month = period.start.month
        while year < period.end.year || (year == period.end.year && month <= period.end.month) {
            let inMonth = records.lazy.filter { $0.reportingDate.year == year && $0.reportingDate.month == month }
            let counts = DutyVerdict.allCases.map { verdict in (verdict, inMonth.count { $0.verdict == verdict }) }
            result.append(ReportMonth(year: year, month: month, counts: counts))
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
        return result
    }
}

extension Array {
    /// Puts the element at `order[k]` at `k`, moving each element once, with one element aside.
    mutating func rearrange(to order: [Int]) {
        var order = order
        for start in order.indices where order[start] != start {
            let first = self[start]
            var current = start
            while order[current] != start {
                let next = order[current]
                self[current] = self[next]
                order[current] = current
                current = next
            }
            self[current] = first
            order[current] = current
        }
    }
}

/// Where the annual report keeps each record's texts while it is written: the records
/// themselves (`HeldRecords`), or the texts' bytes (`involve report`'s temporary file).
public protocol ReportRecordStore: AnyObject, Sendable {
    /// What was kept at `slot`, or nil when it cannot be read back (the store says why).
    func kept(at slot: ReportedRecord.Slot) -> ReportKept?
}

/// What a `ReportRecordStore` kept of one record.
public enum ReportKept {
    /// The record, whole.
    case record(DecisionRecord)
    /// The bytes its keeper wrote (InvolveFormats's `ReportRecordText`).
    case bytes([UInt8])
}

/// Records held whole in memory: a slot's offset is the record's index.
public final class HeldRecords: ReportRecordStore {
    private let records: [DecisionRecord]

    public init(_ records: [DecisionRecord]) {
        self.records = records
    }

    public func kept(at slot: ReportedRecord.Slot) -> ReportKept? {
        records.indices.contains(slot.offset) ? .record(records[slot.offset]) : nil
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
