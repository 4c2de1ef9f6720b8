#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Each year's bank holidays under the built-in table of one-off changes, worked out the first
/// time the year is asked for and kept for the rest of the run.
///
/// Why: the fairness and planning rules ask for the same few years for project after project,
/// and working a year out (Easter, the substitute days) costs far more than looking it up. Only
/// the years of the calendar's supported range (`CalendarDate.supportedRange`) are kept, and
/// only for the built-in table: a caller passing its own one-offs gets them worked out afresh.
///
/// Assessments may run on several threads, so the table is read and filled under a lock; a year
/// is worked out inside it, so each is worked out once.
final class BankHolidayYears: @unchecked Sendable {
    static let shared = BankHolidayYears()

    let years: ClosedRange<Int>
    // `@unchecked Sendable`: `table` is only touched while `lock` is held.
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    private var table: [[BankHoliday]?]

    init(years: ClosedRange<Int> = CalendarDate.supportedRange.lowerBound.year...CalendarDate.supportedRange.upperBound.year) {
        self.years = years
        table = Array(repeating: nil, count: years.count)
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// The kept list for `year` (which must be in `years`), from `workOut` the first time.
    func holidays(_ year: Int, workOut: (Int) -> [BankHoliday]) -> [BankHoliday] {
        let index = year - years.lowerBound
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        if let kept = table[index] { return kept }
        let holidays = workOut(year)
        table[index] = holidays
        return holidays
    }
}
