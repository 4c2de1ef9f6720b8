/// Easter Sunday, from which Good Friday and Easter Monday (bank holidays) and the
/// Easter holiday window are all derived.
///
/// Easter is a lunisolar date, so it cannot be written as "nth weekday of a month".
/// We compute it with the anonymous Gregorian algorithm (published by Meeus in
/// *Astronomical Algorithms*), which is exact for every Gregorian year with integer
/// arithmetic only, so results are deterministic and need no tables.
///
/// Years before the Gregorian reform (1582, or 1752 in Britain) get the proleptic
/// Gregorian Easter, matching `CalendarDate`, which is proleptic Gregorian throughout.
public enum EasterDate {
    /// Easter Sunday in `year`, or nil outside the years `CalendarDate` supports (1-9999).
    public static func sunday(year: Int) -> CalendarDate? {
        guard (1...9999).contains(year) else { return nil }
        let a = year % 19                 // position in the 19-year Metonic cycle
        let b = year / 100                // century
        let c = year % 100
        let d = b / 4                     // Gregorian leap-century correction …
        let e = b % 4
        let f = (b + 8) / 25              // … and the lunar (Metonic) correction
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30   // days from 21 March to the Paschal full moon (epact)
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7 // days from the full moon to the following Sunday
        let m = (a + 11 * h + 22 * l) / 451      // the two exceptional cases (19 and 18 April rules)
        let monthAndDay = h + l - 7 * m + 114
        return CalendarDate(year: year, month: monthAndDay / 31, day: monthAndDay % 31 + 1)
    }
}
