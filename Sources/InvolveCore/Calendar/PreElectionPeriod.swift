// Pre-election periods ("purdah"): the weeks before a poll when public bodies,
// including NHS bodies, avoid launching consultations or announcements that could
// look like they affect the result. Cabinet Office and NHS England guidance describe
// the period rather than fixing a statutory length, so its length is a parameter.
//
// English local elections are normally held on the first Thursday in May (Representation
// of the People Act 1983, s.37), and the period customarily begins about six weeks
// before, when notices of election are published. Other polls (a general election, a
// mayoral or police and crime commissioner election, a postponed local election) are
// not predictable, so they are passed in as data.

/// A day on which a poll is held.
public struct PollingDay: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    public let date: CalendarDate

    public init(name: String, date: CalendarDate) {
        self.name = name
        self.date = date
    }

    public var description: String { "\(name) \(date)" }
}

/// One pre-election period: from its start through polling day, both inclusive.
public struct PreElectionPeriod: Hashable, Sendable, CustomStringConvertible {
    /// What the poll is, e.g. "Local elections" (joined with " and " when polls coincide).
    public let name: String
    public let pollingDay: CalendarDate
    public let range: CalendarDateRange

    public init(name: String, pollingDay: CalendarDate, range: CalendarDateRange) {
        self.name = name
        self.pollingDay = pollingDay
        self.range = range
    }

    public var start: CalendarDate { range.start }
    /// Polling day itself: the period ends when the polls close.
    public var end: CalendarDate { range.end }

    public var description: String { "Pre-election period (\(name)) \(range)" }
}

public struct PreElectionRules: Hashable, Sendable {
    /// Whole weeks before polling day at which the period starts (default 6, i.e. 42 days).
    public var weeksBefore: Int
    /// Whether to assume English local elections on the first Thursday in May every year.
    /// Almost every year has some; turn off to rely on `extraPollingDays` alone.
    public var annualLocalElections: Bool
    /// Further polls known in advance (a general election, a moved local election).
    public var extraPollingDays: [PollingDay]

    public init(weeksBefore: Int = 6, annualLocalElections: Bool = true, extraPollingDays: [PollingDay] = []) {
        self.weeksBefore = weeksBefore
        self.annualLocalElections = annualLocalElections
        self.extraPollingDays = extraPollingDays
    }

    public static let standard = PreElectionRules()
}

public enum PreElectionPeriods {
    public static let localElectionsName = "Local elections"

    /// The usual English local elections polling day: the first Thursday in May.
    public static func localElectionPollingDay(year: Int) -> CalendarDate? {
        CalendarDate.nth(1, isoWeekday: 4, month: 5, year: year)
    }

    /// The period before `pollingDay`; nil when `weeksBefore` is negative or the start
    /// would fall before year 1.
    public static func period(for pollingDay: PollingDay, weeksBefore: Int) -> PreElectionPeriod? {
        guard weeksBefore >= 0 else { return nil }
        let startNumber = pollingDay.date.dayNumber - weeksBefore * 7
        let start = CalendarDate(dayNumber: startNumber)
        guard start.dayNumber == startNumber,
              let range = CalendarDateRange(start: start, end: pollingDay.date) else { return nil }
        return PreElectionPeriod(name: pollingDay.name, pollingDay: pollingDay.date, range: range)
    }

    /// Every pre-election period intersecting `start`...`end` (inclusive), sorted by
    /// polling day. Polls on the same day (say a general election held with the local
    /// elections) make one period, so its days are not counted twice. Empty when `end`
    /// is before `start`.
    public static func periods(
        overlapping start: CalendarDate, end: CalendarDate, rules: PreElectionRules = .standard
    ) -> [PreElectionPeriod] {
        guard let range = CalendarDateRange(start: start, end: end) else { return [] }
        return periods(overlapping: range, rules: rules)
    }

    public static func periods(
        overlapping range: CalendarDateRange, rules: PreElectionRules = .standard
    ) -> [PreElectionPeriod] {
        var polls: [PollingDay] = []
        if rules.annualLocalElections {
            // A period ends on polling day, so only polls on or after the range start
            // matter; a long period can start in the range while its poll is years later.
            let reach = max(rules.weeksBefore, 0) * 7 / 365 + 1
            for year in CalendarDate.supportedYears(range.start.year, range.end.year + reach) {
                if let date = localElectionPollingDay(year: year) {
                    polls.append(PollingDay(name: localElectionsName, date: date))
                }
            }
        }
        polls += rules.extraPollingDays
        var namesByDate: [CalendarDate: [String]] = [:]
        for poll in polls where !(namesByDate[poll.date]?.contains(poll.name) ?? false) {
            namesByDate[poll.date, default: []].append(poll.name)
        }
        return namesByDate
            .compactMap { date, names in
                period(for: PollingDay(name: names.joined(separator: " and "), date: date), weeksBefore: rules.weeksBefore)
            }
            .filter { $0.range.overlaps(range) }
            .sorted { $0.pollingDay < $1.pollingDay }
    }
}
