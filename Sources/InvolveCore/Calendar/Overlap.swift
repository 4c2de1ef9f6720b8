// How much of a consultation falls in holiday windows, pre-election periods and on
// bank holidays.
//
// The fairness question is proportion: a four-week consultation with nine days over
// Christmas has lost about a third of its time, while a twelve-week one has lost
// less. So each overlap carries both its days and its share of the consultation.

public enum CalendarOverlapKind: String, CaseIterable, Hashable, Sendable {
    case holidayWindow
    case preElectionPeriod
    case bankHolidays
}

/// The overlap of one consultation with one window, period or bank holiday.
public struct CalendarOverlap: Hashable, Sendable, CustomStringConvertible {
    /// The window's, period's or bank holiday's name.
    public let name: String
    public let kind: CalendarOverlapKind
    /// The whole window (not clipped to the consultation), both days inclusive.
    /// For a bank holiday both are its date.
    public let windowStart: CalendarDate
    public let windowEnd: CalendarDate
    /// Days in both the consultation and the window.
    public let overlapDays: Int
    /// Days in the consultation, both ends counted.
    public let consultationDays: Int

    public init(name: String, kind: CalendarOverlapKind, windowStart: CalendarDate, windowEnd: CalendarDate,
                overlapDays: Int, consultationDays: Int) {
        self.name = name
        self.kind = kind
        self.windowStart = windowStart
        self.windowEnd = windowEnd
        self.overlapDays = overlapDays
        self.consultationDays = consultationDays
    }

    /// `overlapDays / consultationDays`, from 0 to 1 (0 for an impossible empty consultation).
    public var share: Double {
        consultationDays > 0 ? Double(overlapDays) / Double(consultationDays) : 0
    }

    /// `share` as a percentage, 0 to 100.
    public var percentage: Double { share * 100 }

    public var description: String {
        "\(name) \(windowStart)..\(windowEnd): \(overlapDays) of \(consultationDays) days"
    }
}

public enum CalendarOverlaps {
    /// Days from `start` to `end`, both counted; nil when `end` is before `start`.
    public static func consultationDays(start: CalendarDate, end: CalendarDate) -> Int? {
        CalendarDateRange(start: start, end: end)?.days
    }

    /// The overlap of a consultation with one window; nil when they share no day.
    public static func overlap(
        of consultation: CalendarDateRange, with window: CalendarDateRange, name: String, kind: CalendarOverlapKind
    ) -> CalendarOverlap? {
        guard let shared = consultation.intersection(window) else { return nil }
        return CalendarOverlap(name: name, kind: kind, windowStart: window.start, windowEnd: window.end,
                               overlapDays: shared.days, consultationDays: consultation.days)
    }

    /// Every overlap of the consultation `start`...`end` (inclusive): holiday windows,
    /// then pre-election periods, then each bank holiday inside it as a one-day entry,
    /// each group in date order. Empty when `end` is before `start` or nothing overlaps.
    public static func overlaps(
        consultationStart start: CalendarDate,
        end: CalendarDate,
        holidayRules: HolidayWindowRules = .standard,
        electionRules: PreElectionRules = .standard,
        bankHolidayOneOffs: [BankHolidayOneOff] = BankHolidays.oneOffChanges
    ) -> [CalendarOverlap] {
        guard let consultation = CalendarDateRange(start: start, end: end) else { return [] }
        let windows = HolidayWindows.windows(overlapping: consultation, rules: holidayRules).compactMap {
            overlap(of: consultation, with: $0.range, name: $0.name, kind: .holidayWindow)
        }
        let periods = PreElectionPeriods.periods(overlapping: consultation, rules: electionRules).compactMap {
            overlap(of: consultation, with: $0.range, name: "Pre-election period (\($0.name))", kind: .preElectionPeriod)
        }
        let holidays = BankHolidays.englandAndWales(in: consultation, oneOffs: bankHolidayOneOffs).map {
            CalendarOverlap(name: $0.name, kind: .bankHolidays, windowStart: $0.date, windowEnd: $0.date,
                            overlapDays: 1, consultationDays: consultation.days)
        }
        return windows + periods + holidays
    }

    /// How many bank holidays fall within `start`...`end` (inclusive); 0 when `end` is before `start`.
    public static func bankHolidayCount(
        from start: CalendarDate, through end: CalendarDate,
        oneOffs: [BankHolidayOneOff] = BankHolidays.oneOffChanges
    ) -> Int {
        guard let range = CalendarDateRange(start: start, end: end) else { return 0 }
        return Set(BankHolidays.englandAndWales(in: range, oneOffs: oneOffs).map(\.date)).count
    }
}
