/// What was done beside what was assessed, counted over projects: the latest record of each
/// project in the period, since a consultation assessed twice (before and after) is one
/// consultation.
public struct ActivityFigures: Sendable, Equatable {
    public struct Pair: Sendable, Equatable {
        /// Projects whose records say this was done.
        public var done: Int
        /// Projects whose assessed route gave it.
        public var assessed: Int
    }

    public var projects = 0
    public var informationOnly = Pair(done: 0, assessed: 0)
    public var engagement = Pair(done: 0, assessed: 0)
    /// Of the engagement done, how much was co-production.
    public var coProduction = 0
    public var publicConsultation = Pair(done: 0, assessed: 0)
    /// No approach in the plan / no settled route.
    public var notRecorded = Pair(done: 0, assessed: 0)
    /// An approach chosen whose plan opens after the period: not done in it.
    public var beginsAfterPeriod = 0
    /// Committee formally consulted / consultation of the committee assessed as required or likely.
    public var scrutinyConsultation = Pair(done: 0, assessed: 0)
    /// Projects whose records do not say where they stand with the committee, though the route
    /// gave consultation of it.
    public var scrutinyNotRecorded = 0
    /// Secretary of State notified / notice assessed as required or likely.
    public var secretaryOfStateNotification = Pair(done: 0, assessed: 0)
    /// Projects where the approach run differs from the main route assessed.
    public var differing = 0

    /// What was done on each project, judged at the end of the period (an approach opening
    /// after it is not done).
    public init(_ projects: some Sequence<RecordActivity>) {
        for activity in projects { add(activity) }
    }

    mutating func add(_ activity: RecordActivity) {
        projects += 1
        switch activity.done {
        case .informationOnly?: informationOnly.done += 1
        case .engagement?: engagement.done += 1
        case .publicConsultation?: publicConsultation.done += 1
        default: if activity.beginsAfterPeriod { beginsAfterPeriod += 1 } else { notRecorded.done += 1 }
        }
        if activity.approach == .coProduce && !activity.beginsAfterPeriod { coProduction += 1 }
        switch activity.assessed {
        case .informationOnly?: informationOnly.assessed += 1
        case .engagement?: engagement.assessed += 1
        case .publicConsultation?: publicConsultation.assessed += 1
        default: notRecorded.assessed += 1
        }
        if activity.scrutinyConsulted { scrutinyConsultation.done += 1 }
        if activity.scrutinyAssessed { scrutinyConsultation.assessed += 1 }
        if activity.scrutinyAssessed && activity.scrutiny == nil { scrutinyNotRecorded += 1 }
        if activity.secretaryOfStateNotified == true { secretaryOfStateNotification.done += 1 }
        if activity.notificationAssessed { secretaryOfStateNotification.assessed += 1 }
        if activity.differs == true { differing += 1 }
    }
}

/// One reporting year's figures for the year-on-year table. NHS reporting years run from
/// 1 April to 31 March; a record belongs to the year of its reporting date.
public struct ReportingYearFigures: Sendable, Equatable {
    /// The calendar year in which the reporting year starts: 2025 for 2025/26.
    public let startYear: Int
    public let records: Int
    public let projects: Int
    public let dutyApplied: Int
    public let decisionsRecorded: Int
    public let activity: ActivityFigures

    /// "2025/26".
    public var name: String {
        let end = (startYear + 1) % 100
        return String(startYear) + "/" + (end < 10 ? "0" : "") + String(end)
    }

    /// The reporting year a date falls in: 1 April 2025 to 31 March 2026 is 2025.
    public static func startYear(of date: CalendarDate) -> Int {
        date.month >= 4 ? date.year : date.year - 1
    }

    /// The figures of each reporting year the records fall in, oldest first; what was done is
    /// judged at the end of each year, or of the period if it ends sooner.
    static func years(_ records: [ReportedRecord], periodEnd: CalendarDate) -> [ReportingYearFigures] {
        // Indices rather than copies: the records are a year's worth or more.
        var byYear: [Int: [Int]] = [:]
        for (index, record) in records.enumerated() { byYear[startYear(of: record.reportingDate), default: []].append(index) }
        return byYear.keys.sorted().map { year in
            let inYear = (byYear[year] ?? []).lazy.map { records[$0] }
            let latest = InvolvementReport.latestPerProject(inYear).lazy.map { inYear[$0] }
            let yearEnd = min(CalendarDate(year: year + 1, month: 3, day: 31) ?? periodEnd, periodEnd)
            return ReportingYearFigures(
                startYear: year, records: inYear.count, projects: latest.count,
                dutyApplied: inYear.count { $0.verdict == .applies || $0.verdict == .likelyApplies },
                decisionsRecorded: inYear.count(where: \.hasDecision),
                activity: ActivityFigures(latest.map { $0.activity(periodEnd: yearEnd) }))
        }
    }
}
