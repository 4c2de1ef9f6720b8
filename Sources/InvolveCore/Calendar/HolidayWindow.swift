/// A named stretch of days when many people are away or busy, so fewer can respond
/// to a consultation (school holidays, Christmas and New Year).
///
/// Not law: the consultation principles and case law ask whether people had a fair
/// chance to respond, and running over a holiday is a common complaint. The windows
/// are local good practice, so their rules are plain values (`HolidayWindowRules`)
/// that a policy file can replace.
public struct HolidayWindow: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    public let range: CalendarDateRange

    public init(name: String, range: CalendarDateRange) {
        self.name = name
        self.range = range
    }

    /// First day of the window (inclusive).
    public var start: CalendarDate { range.start }
    /// Last day of the window (inclusive).
    public var end: CalendarDate { range.end }

    public var description: String { "\(name) \(range)" }
}

/// The rules that produce concrete `HolidayWindow`s for each year.
///
/// Two kinds of rule, because holidays come in two kinds: fixed calendar dates
/// (Christmas, the school summer holiday) and dates that move with Easter.
public struct HolidayWindowRules: Hashable, Sendable {
    /// A day of the year without a year, e.g. 20 December.
    public struct MonthDay: Hashable, Comparable, Sendable, CustomStringConvertible {
        public let month: Int
        public let day: Int

        /// Nil for days that exist in no year. 29 February is allowed (see `date(in:)`).
        public init?(month: Int, day: Int) {
            guard (1...12).contains(month), (1...CalendarDate.daysIn(month: month, year: 2000)).contains(day) else {
                return nil
            }
            self.month = month
            self.day = day
        }

        /// For the built-in constants only: clamps instead of failing, so no force-unwrap is needed.
        init(clamping month: Int, _ day: Int) {
            let month = min(max(month, 1), 12)
            self.month = month
            self.day = min(max(day, 1), CalendarDate.daysIn(month: month, year: 2000))
        }

        /// This day in `year`; 29 February becomes 28 February in common years so a
        /// window never silently disappears. Nil outside years 1-9999.
        public func date(in year: Int) -> CalendarDate? {
            CalendarDate(year: year, month: month, day: min(day, CalendarDate.daysIn(month: month, year: year)))
        }

        public static func < (lhs: MonthDay, rhs: MonthDay) -> Bool {
            (lhs.month, lhs.day) < (rhs.month, rhs.day)
        }

        public var description: String { "\(month)/\(day)" }
    }

    /// A window on the same calendar days every year. When `end` comes before `start`
    /// in the year (20 December to 3 January) the window runs into the following year,
    /// and the instance belongs to the year it starts in.
    public struct AnnualRule: Hashable, Sendable {
        public var name: String
        public var start: MonthDay
        public var end: MonthDay

        public init(name: String, start: MonthDay, end: MonthDay) {
            self.name = name
            self.start = start
            self.end = end
        }

        public var crossesYearEnd: Bool { end < start }
    }

    /// A window around Easter Sunday: from `daysBefore` days before it to `daysAfter`
    /// days after it, both inclusive. English school Easter holidays are usually the
    /// two weeks around Easter, so the default is Saturday 8 days before Easter Sunday
    /// to the Sunday 7 days after (16 days: two school weeks and their weekends).
    public struct EasterRule: Hashable, Sendable {
        public var name: String
        public var daysBefore: Int
        public var daysAfter: Int

        public init(name: String, daysBefore: Int, daysAfter: Int) {
            self.name = name
            self.daysBefore = daysBefore
            self.daysAfter = daysAfter
        }
    }

    public var annual: [AnnualRule]
    public var easter: [EasterRule]

    public init(annual: [AnnualRule], easter: [EasterRule]) {
        self.annual = annual
        self.easter = easter
    }

    /// Local good-practice defaults: Christmas and New Year 20 December to 3 January,
    /// Easter as described on `EasterRule`, summer 22 July to 31 August (the usual
    /// English school summer holiday).
    public static let standard = HolidayWindowRules(
        annual: [
            AnnualRule(name: "Christmas and New Year", start: MonthDay(clamping: 12, 20), end: MonthDay(clamping: 1, 3)),
            AnnualRule(name: "Summer holidays", start: MonthDay(clamping: 7, 22), end: MonthDay(clamping: 8, 31)),
        ],
        easter: [EasterRule(name: "Easter holidays", daysBefore: 8, daysAfter: 7)]
    )
}
