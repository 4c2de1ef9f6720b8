/// What the annual report keeps in memory of one decision record: the facts its figures count,
/// and where the rest (the texts its tables and appendix print) is kept meanwhile. A year of
/// records is read before the section is written, because the figures come first and the
/// tables are in date order; keeping a few hundred bytes of each record, rather than the record,
/// is what keeps the report's memory flat as the year grows (docs/records.md, "`involve report`", Memory).
public struct ReportedRecord: Sendable, Equatable {
    public let recordID: String
    public let projectID: String
    /// The decision's date, or the as-of date when no decision is recorded
    /// (`DecisionRecord.reportingDate`).
    public let reportingDate: CalendarDate
    public let verdict: DutyVerdict
    /// The kinds of the route assessed, or nil when the tool that made the record did not assess it.
    public let routeKinds: CaseSet<RecordRouteKind>?
    public let hasDecision: Bool
    /// The kinds of evidence the decision lists.
    public let evidence: CaseSet<EvidenceKind>
    public let departureCount: Int
    public let waiverCount: Int
    public let organisationName: String
    public let organisationKind: OrganisationKind
    /// "involve 0.4.0, rulebook 2025.1".
    public let madeWith: String
    /// What the plan says was done (`RecordActivity`).
    public let approach: InvolvementApproach?
    public let launchDate: CalendarDate?
    public let scrutiny: ScrutinyStatus?
    public let secretaryOfStateNotified: Bool?
    /// The protected characteristics any affected group shares.
    public let characteristics: CaseSet<ProtectedCharacteristic>
    /// Some affected group faces health inequalities.
    public let namesInequalities: Bool
    /// The plan says how it reaches at least one audience.
    public let saysHowReached: Bool
    /// The file the record was read from, when it was: the full appendix reads it again.
    public let source: String?
    /// Where the record's texts are kept (`ReportRecordStore`).
    public let slot: Slot

    /// A place in a `ReportRecordStore`: what it means is the store's own.
    public struct Slot: Sendable, Equatable {
        public let offset: Int
        public let length: Int

        public init(offset: Int, length: Int) {
            self.offset = offset
            self.length = length
        }
    }

    /// What the report keeps of `record`, its texts at `slot`. `interned` gives one copy of
    /// texts many records repeat (the organisation, the versions).
    public init(_ record: DecisionRecord, slot: Slot, interned: (String) -> String = { $0 }) {
        recordID = record.recordID
        projectID = record.project.id
        reportingDate = record.reportingDate
        verdict = record.verdict.value
        routeKinds = record.route.map { CaseSet($0.kinds) }
        hasDecision = record.decision != nil
        evidence = CaseSet(record.decision?.evidence.map(\.kind) ?? [])
        departureCount = record.decision?.departuresFromGuidance.count ?? 0
        waiverCount = record.waivers.count
        organisationName = interned(record.project.organisation.name)
        organisationKind = record.project.organisation.kind
        madeWith = interned("involve \(record.toolVersion), rulebook \(record.rulebookVersion)")
        let activity = RecordActivity(record)
        approach = activity.approach
        launchDate = activity.launchDate
        scrutiny = activity.scrutiny
        secretaryOfStateNotified = activity.secretaryOfStateNotified
        characteristics = CaseSet(record.affectedGroups.flatMap(\.protectedCharacteristics))
        namesInequalities = record.affectedGroups.contains { $0.facesHealthInequalities == true }
        saysHowReached = !(record.plan?.reach.isEmpty ?? true)
        source = record.source
        self.slot = slot
    }

    /// What was done beside what was assessed, judged at the end of a period.
    public func activity(periodEnd: CalendarDate?) -> RecordActivity {
        RecordActivity(approach: approach, launchDate: launchDate, scrutiny: scrutiny,
                       secretaryOfStateNotified: secretaryOfStateNotified, routeKinds: routeKinds?.members, periodEnd: periodEnd)
    }

    /// The order of the report's tables: by reporting date, then by record id.
    static func inReportOrder(_ a: ReportedRecord, _ b: ReportedRecord) -> Bool {
        a.reportingDate != b.reportingDate ? a.reportingDate < b.reportingDate : a.recordID < b.recordID
    }
}

/// A set of an enumeration's cases held in one word: each record the report keeps names a few
/// of a handful of cases, and an array of them would be an allocation of its own.
public struct CaseSet<Case: CaseIterable & Equatable>: Sendable, Equatable {
    private var bits: UInt64 = 0

    public init(_ cases: some Sequence<Case>) {
        for member in cases { bits |= CaseSet.bit(member) }
    }

    public func contains(_ member: Case) -> Bool { bits & CaseSet.bit(member) != 0 }

    /// The cases in the set, in the enumeration's order.
    public var members: [Case] { Case.allCases.filter(contains) }

    private static func bit(_ member: Case) -> UInt64 {
        // An enumeration of more than 64 cases is not held here; its later cases would share the last bit.
        let index = Case.allCases.firstIndex(of: member).map { Case.allCases.distance(from: Case.allCases.startIndex, to: $0) } ?? 0
        return 1 << UInt64(min(index, 63))
    }
}
