/// England and Wales bank holidays for any year 1-9999.
///
/// Why computed rather than listed: a consultation may run in any year, and the
/// gov.uk list only covers a few years around today. The Banking and Financial
/// Dealings Act 1971 (Schedule 1) and the royal proclamations made under it follow
/// a stable pattern, so we generate that pattern and keep the genuinely one-off
/// changes (jubilees, royal events, VE Day anniversaries) as data in
/// `BankHolidays.oneOffChanges`, each with its reason.
///
/// The pattern, as practised today:
/// - New Year's Day, 1 January (by proclamation since 1974);
/// - Good Friday and Easter Monday (Easter from `EasterDate`);
/// - Early May bank holiday, first Monday in May (by proclamation since 1978);
/// - Spring bank holiday, last Monday in May;
/// - Summer bank holiday, last Monday in August;
/// - Christmas Day, 25 December, and Boxing Day, 26 December.
/// A holiday falling on a Saturday or Sunday is replaced by the next weekday that is
/// not already a bank holiday ("substitute day"). Hence: Christmas on a Friday gives
/// Monday 28th for Boxing Day; on a Saturday, Monday 27th and Tuesday 28th; on a
/// Sunday, Boxing Day stays on Monday 26th and Tuesday 27th substitutes for Christmas.
///
/// The list contains only the days actually taken off (weekdays), as gov.uk lists them:
/// a Christmas Day on a Saturday is not itself in the list, its substitute is.
///
/// Years before 1978 are a projection of today's pattern, not history (there was no
/// New Year's Day holiday before 1974 nor Early May holiday before 1978 in England).
/// Future one-off proclamations are unknowable and must be added to the table.
public struct BankHoliday: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let date: CalendarDate
    public let name: String

    public init(date: CalendarDate, name: String) {
        self.date = date
        self.name = name
    }

    /// By date; same-day entries (never expected) fall back to name so sorting stays deterministic.
    public static func < (lhs: BankHoliday, rhs: BankHoliday) -> Bool {
        lhs.date != rhs.date ? lhs.date < rhs.date : lhs.name < rhs.name
    }

    public var description: String { "\(date) \(name)" }
}

/// The holidays that recur every year, so a one-off change can say which one it moves.
public enum RecurringBankHoliday: String, CaseIterable, Hashable, Sendable {
    case newYearsDay, goodFriday, easterMonday, earlyMay, spring, summer, christmasDay, boxingDay

    /// The name gov.uk uses.
    public var name: String {
        switch self {
        case .newYearsDay: return "New Year's Day"
        case .goodFriday: return "Good Friday"
        case .easterMonday: return "Easter Monday"
        case .earlyMay: return "Early May bank holiday"
        case .spring: return "Spring bank holiday"
        case .summer: return "Summer bank holiday"
        case .christmasDay: return "Christmas Day"
        case .boxingDay: return "Boxing Day"
        }
    }

    /// Where the holiday falls by the ordinary rule, before any substitution or one-off move.
    public func usualDate(year: Int) -> CalendarDate? {
        switch self {
        case .newYearsDay: return CalendarDate(year: year, month: 1, day: 1)
        case .goodFriday: return EasterDate.sunday(year: year)?.adding(days: -2)
        case .easterMonday: return EasterDate.sunday(year: year)?.adding(days: 1)
        case .earlyMay: return CalendarDate.nth(1, isoWeekday: 1, month: 5, year: year)
        case .spring: return CalendarDate.last(isoWeekday: 1, month: 5, year: year)
        case .summer: return CalendarDate.last(isoWeekday: 1, month: 8, year: year)
        case .christmasDay: return CalendarDate(year: year, month: 12, day: 25)
        case .boxingDay: return CalendarDate(year: year, month: 12, day: 26)
        }
    }
}

/// One proclaimed departure from the usual pattern in one year, with why it happened.
public struct BankHolidayOneOff: Hashable, Sendable {
    public enum Change: Hashable, Sendable {
        /// That year the recurring holiday was held on another day (and under this name).
        case moved(RecurringBankHoliday, month: Int, day: Int, name: String)
        /// An extra bank holiday that year.
        case added(month: Int, day: Int, name: String)
    }

    public let year: Int
    public let change: Change
    public let reason: String

    public init(year: Int, change: Change, reason: String) {
        self.year = year
        self.change = change
        self.reason = reason
    }
}

public enum BankHolidays {
    /// The bank holidays (days off) in England and Wales in `year`, sorted by date.
    /// Empty outside years 1-9999. `oneOffs` defaults to the built-in table; pass a
    /// longer list when a new holiday is proclaimed before the table is updated.
    public static func englandAndWales(
        year: Int, oneOffs: [BankHolidayOneOff] = BankHolidays.oneOffChanges
    ) -> [BankHoliday] {
        let kept = BankHolidayYears.shared
        // The comparison is quick for the built-in table itself (the same storage).
        if kept.years.contains(year) && oneOffs == BankHolidays.oneOffChanges {
            return kept.holidays(year) { workedOut(year: $0, oneOffs: BankHolidays.oneOffChanges) }
        }
        return workedOut(year: year, oneOffs: oneOffs)
    }

    /// The year's holidays from the recurring pattern and `oneOffs`, as `englandAndWales(year:oneOffs:)`
    /// gives them, without the kept years (`BankHolidayYears`).
    static func workedOut(year: Int, oneOffs: [BankHolidayOneOff]) -> [BankHoliday] {
        guard (1...9999).contains(year) else { return [] }
        var moves: [RecurringBankHoliday: BankHoliday] = [:]
        var holidays: [BankHoliday] = []
        for oneOff in oneOffs where oneOff.year == year {
            switch oneOff.change {
            case let .moved(recurring, month, day, name):
                if let date = CalendarDate(year: year, month: month, day: day) {
                    moves[recurring] = BankHoliday(date: date, name: name)
                }
            case let .added(month, day, name):
                if let date = CalendarDate(year: year, month: month, day: day) {
                    holidays.append(BankHoliday(date: date, name: name))
                }
            }
        }
        for recurring in RecurringBankHoliday.allCases {
            if let moved = moves[recurring] {
                holidays.append(moved)
            } else if let date = recurring.usualDate(year: year) {
                holidays.append(BankHoliday(date: date, name: recurring.name))
            }
        }
        return substitutingWeekends(holidays)
    }

    /// All bank holidays falling within `range`, sorted by date.
    public static func englandAndWales(
        in range: CalendarDateRange, oneOffs: [BankHolidayOneOff] = BankHolidays.oneOffChanges
    ) -> [BankHoliday] {
        (range.start.year...range.end.year)
            .flatMap { englandAndWales(year: $0, oneOffs: oneOffs) }
            .filter { range.contains($0.date) }
    }

    public static func isBankHoliday(
        _ date: CalendarDate, oneOffs: [BankHolidayOneOff] = BankHolidays.oneOffChanges
    ) -> Bool {
        englandAndWales(year: date.year, oneOffs: oneOffs).contains { $0.date == date }
    }

    /// Replaces each weekend holiday by the next weekday not already a holiday, in date
    /// order, which is the practice that yields the 27th/28th December substitutes.
    /// Substitutes for 1 January and 25/26 December always stay in the same year.
    private static func substitutingWeekends(_ holidays: [BankHoliday]) -> [BankHoliday] {
        let sorted = holidays.sorted()
        var taken = Set(sorted.filter { !$0.date.isWeekend }.map(\.date))
        var result = sorted.filter { !$0.date.isWeekend }
        for holiday in sorted where holiday.date.isWeekend {
            var candidate = holiday.date.adding(days: 1)
            while candidate.isWeekend || taken.contains(candidate) {
                candidate = candidate.adding(days: 1)
            }
            taken.insert(candidate)
            result.append(BankHoliday(date: candidate, name: "\(holiday.name) (substitute day)"))
        }
        return result.sorted()
    }
}
