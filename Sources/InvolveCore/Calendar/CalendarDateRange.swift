/// An inclusive run of whole days, `start` through `end`.
///
/// Consultations, holiday windows and pre-election periods are all spoken of as
/// "from day A to day B" with both days counted, so one inclusive type keeps the
/// off-by-one questions in a single place. A range is never empty: `end >= start`.
public struct CalendarDateRange: Hashable, Sendable, CustomStringConvertible {
    public let start: CalendarDate
    public let end: CalendarDate

    /// Nil when `end` is before `start`: a backwards range is an input error, not an empty range.
    public init?(start: CalendarDate, end: CalendarDate) {
        guard start <= end else { return nil }
        self.start = start
        self.end = end
    }

    /// Days in the range, both ends counted (a one-day range has 1 day).
    public var days: Int { start.days(until: end) + 1 }

    public func contains(_ date: CalendarDate) -> Bool { start <= date && date <= end }

    /// The days both ranges share, or nil when they share none.
    public func intersection(_ other: CalendarDateRange) -> CalendarDateRange? {
        CalendarDateRange(start: max(start, other.start), end: min(end, other.end))
    }

    public func overlaps(_ other: CalendarDateRange) -> Bool { intersection(other) != nil }

    public var description: String { "\(start)..\(end)" }
}
