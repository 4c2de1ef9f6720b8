import InvolveCore

/// The texts of one record that the annual report's tables and brief appendix print, worked out
/// once as the record is read: what `involve report` keeps of a record outside memory
/// (`ReportRecordStore`), in the plain form every format escapes for itself. The figures come
/// from the facts kept in memory (`ReportedRecord`).
struct ReportRecordText {
    var title: String
    /// What was done and the route assessed (`RecordWording.doneAndAssessed`).
    var doneAndAssessed: String
    var keyDates: [String]
    var decisionShort: String
    /// The reach table's cells: the groups named, those facing health inequalities, and how the
    /// plan reaches them (printed only when some project's plan says).
    var groups: String
    var facingInequalities: String
    var howReached: String
    /// The equality impact assessment behind the decision: its title and reference.
    var equalityImpactAssessment: [String]?
    /// Each departure from the guidance: the part of the guidance, and the explanation.
    var departures: [[String]]
    /// "12 May 2025": the as-of date.
    var assessedOn: String
    var brief: [(label: String, text: String)]

    init(_ record: DecisionRecord, periodEnd: CalendarDate) {
        title = record.project.title
        doneAndAssessed = RecordWording.doneAndAssessed(record, periodEnd: periodEnd)
        keyDates = RecordWording.keyDates(record)
        decisionShort = RecordWording.decisionShort(record)
        groups = record.affectedGroups.isEmpty ? "None listed" : record.affectedGroups.map(ReportWording.groupText).joined(separator: "; ")
        let facing = record.affectedGroups.filter { $0.facesHealthInequalities == true }.map(\.name)
        facingInequalities = facing.isEmpty ? "None named" : facing.joined(separator: "; ")
        let reach = record.plan?.reach ?? []
        howReached = reach.isEmpty ? RecordWording.notReached : reach.map { "\($0.audience): \($0.how)" }.joined(separator: "; ")
        equalityImpactAssessment = record.decision?.evidence.first { $0.kind == .equalityImpactAssessment }
            .map { [$0.title, $0.reference ?? "—"] }
        departures = (record.decision?.departuresFromGuidance ?? []).map { [$0.guidance, $0.explanation] }
        assessedOn = record.asOf.longText
        brief = ReportWording.briefLines(record, periodEnd: periodEnd)
    }

    /// Stands in for a text that could not be read back; the store that lost it says so, and
    /// `involve report` then writes no report.
    static let unreadable = ReportRecordText(bytes: [])

    // MARK: Kept as bytes

    /// The texts in order, each a 4-byte length and its UTF-8, lists led by their count.
    var bytes: [UInt8] {
        var out = KeptBytes()
        for text in [title, doneAndAssessed] { out.add(text) }
        out.add(keyDates)
        for text in [decisionShort, groups, facingInequalities, howReached] { out.add(text) }
        out.add(equalityImpactAssessment ?? [])
        out.add(count: departures.count)
        for departure in departures { out.add(departure) }
        out.add(assessedOn)
        out.add(count: brief.count)
        for line in brief { out.add([line.label, line.text]) }
        return out.bytes
    }

    /// The texts from `bytes`; every field empty when they are not what `bytes` gives.
    init(bytes: [UInt8]) {
        var read = KeptBytes.Reader(bytes)
        title = read.text()
        doneAndAssessed = read.text()
        keyDates = read.texts()
        decisionShort = read.text()
        groups = read.text()
        facingInequalities = read.text()
        howReached = read.text()
        let assessment = read.texts()
        equalityImpactAssessment = assessment.isEmpty ? nil : assessment
        departures = (0..<read.count()).map { _ in read.texts() }
        assessedOn = read.text()
        brief = (0..<read.count()).map { _ in
            let line = read.texts()
            return (line.first ?? "", line.dropFirst().first ?? "")
        }
    }
}

/// Texts written one after another as bytes, and read back in the same order.
struct KeptBytes {
    private(set) var bytes: [UInt8] = []

    mutating func add(count: Int) {
        let value = UInt32(clamping: count)
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    mutating func add(_ text: String) {
        add(count: text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    mutating func add(_ texts: [String]) {
        add(count: texts.count)
        for text in texts { add(text) }
    }

    /// Reads what `KeptBytes` wrote; past the end, or given anything else, it gives zero counts
    /// and empty texts rather than failing.
    struct Reader {
        private let bytes: [UInt8]
        private var offset = 0

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
        }

        mutating func count() -> Int {
            guard offset + 4 <= bytes.count else {
                offset = bytes.count
                return 0
            }
            var value = 0
            for index in 0..<4 { value |= Int(bytes[offset + index]) << (8 * index) }
            offset += 4
            return min(value, bytes.count - offset)
        }

        mutating func text() -> String {
            let length = count()
            defer { offset += length }
            return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
        }

        mutating func texts() -> [String] {
            (0..<count()).map { _ in text() }
        }
    }
}

extension InvolvementReport {
    /// The texts of `record`, from the record itself when the store holds it whole.
    func text(_ record: ReportedRecord) -> ReportRecordText {
        switch store.kept(at: record.slot) {
        case .record(let whole)?: return ReportRecordText(whole, periodEnd: period.end)
        case .bytes(let bytes)?: return ReportRecordText(bytes: bytes)
        case nil: return .unreadable
        }
    }

    /// The record whole, for the full appendix: read by `reading` when given (`involve report`
    /// reads each file again), else the record the store holds; nil when neither can give it.
    func whole(_ record: ReportedRecord, _ reading: ((ReportedRecord) -> DecisionRecord?)?) -> DecisionRecord? {
        if let reading { return reading(record) }
        if case .record(let whole)? = store.kept(at: record.slot) { return whole }
        return nil
    }

    /// The bytes `involve report` keeps for `record` in its store, for this report's period.
    public static func keptBytes(_ record: DecisionRecord, period: CalendarDateRange) -> [UInt8] {
        ReportRecordText(record, periodEnd: period.end).bytes
    }

    /// Whether `reread`, a record read again for the full appendix, still says what was
    /// counted and shown of `kept` (its file has not changed since).
    public func stillSays(_ kept: ReportedRecord, _ reread: DecisionRecord) -> Bool {
        ReportedRecord(reread, slot: kept.slot) == kept && text(kept).bytes == InvolvementReport.keptBytes(reread, period: period)
    }
}
