import Testing
@testable import InvolveCore

/// Expected lists are the published gov.uk England and Wales lists, written out by hand.
@Suite struct CalendarBankHolidayTests {
    private func listed(_ year: Int) -> [String] {
        BankHolidays.englandAndWales(year: year).map(\.description)
    }

    @Test func year2020VEDayMovedToFriday() {
        #expect(listed(2020) == [
            "2020-01-01 New Year's Day",
            "2020-04-10 Good Friday",
            "2020-04-13 Easter Monday",
            "2020-05-08 Early May bank holiday (VE day)",
            "2020-05-25 Spring bank holiday",
            "2020-08-31 Summer bank holiday",
            "2020-12-25 Christmas Day",
            "2020-12-28 Boxing Day (substitute day)",
        ])
    }

    @Test func year2021ChristmasOnSaturday() {
        #expect(listed(2021) == [
            "2021-01-01 New Year's Day",
            "2021-04-02 Good Friday",
            "2021-04-05 Easter Monday",
            "2021-05-03 Early May bank holiday",
            "2021-05-31 Spring bank holiday",
            "2021-08-30 Summer bank holiday",
            "2021-12-27 Christmas Day (substitute day)",
            "2021-12-28 Boxing Day (substitute day)",
        ])
    }

    @Test func year2022JubileeFuneralAndChristmasOnSunday() {
        #expect(listed(2022) == [
            "2022-01-03 New Year's Day (substitute day)",
            "2022-04-15 Good Friday",
            "2022-04-18 Easter Monday",
            "2022-05-02 Early May bank holiday",
            "2022-06-02 Spring bank holiday",
            "2022-06-03 Platinum Jubilee bank holiday",
            "2022-08-29 Summer bank holiday",
            "2022-09-19 Bank Holiday for the State Funeral of Queen Elizabeth II",
            "2022-12-26 Boxing Day",
            "2022-12-27 Christmas Day (substitute day)",
        ])
    }

    @Test func year2023Coronation() {
        #expect(listed(2023) == [
            "2023-01-02 New Year's Day (substitute day)",
            "2023-04-07 Good Friday",
            "2023-04-10 Easter Monday",
            "2023-05-01 Early May bank holiday",
            "2023-05-08 Bank holiday for the coronation of King Charles III",
            "2023-05-29 Spring bank holiday",
            "2023-08-28 Summer bank holiday",
            "2023-12-25 Christmas Day",
            "2023-12-26 Boxing Day",
        ])
    }

    @Test func year2024() {
        #expect(listed(2024) == [
            "2024-01-01 New Year's Day",
            "2024-03-29 Good Friday",
            "2024-04-01 Easter Monday",
            "2024-05-06 Early May bank holiday",
            "2024-05-27 Spring bank holiday",
            "2024-08-26 Summer bank holiday",
            "2024-12-25 Christmas Day",
            "2024-12-26 Boxing Day",
        ])
    }

    @Test func year2025() {
        #expect(listed(2025) == [
            "2025-01-01 New Year's Day",
            "2025-04-18 Good Friday",
            "2025-04-21 Easter Monday",
            "2025-05-05 Early May bank holiday",
            "2025-05-26 Spring bank holiday",
            "2025-08-25 Summer bank holiday",
            "2025-12-25 Christmas Day",
            "2025-12-26 Boxing Day",
        ])
    }

    @Test func year2026BoxingDayOnSaturday() {
        #expect(listed(2026) == [
            "2026-01-01 New Year's Day",
            "2026-04-03 Good Friday",
            "2026-04-06 Easter Monday",
            "2026-05-04 Early May bank holiday",
            "2026-05-25 Spring bank holiday",
            "2026-08-31 Summer bank holiday",
            "2026-12-25 Christmas Day",
            "2026-12-28 Boxing Day (substitute day)",
        ])
    }

    @Test func year2027ChristmasOnSaturday() {
        #expect(listed(2027) == [
            "2027-01-01 New Year's Day",
            "2027-03-26 Good Friday",
            "2027-03-29 Easter Monday",
            "2027-05-03 Early May bank holiday",
            "2027-05-31 Spring bank holiday",
            "2027-08-30 Summer bank holiday",
            "2027-12-27 Christmas Day (substitute day)",
            "2027-12-28 Boxing Day (substitute day)",
        ])
    }

    @Test func year2016ChristmasOnSunday() {
        #expect(listed(2016) == [
            "2016-01-01 New Year's Day",
            "2016-03-25 Good Friday",
            "2016-03-28 Easter Monday",
            "2016-05-02 Early May bank holiday",
            "2016-05-30 Spring bank holiday",
            "2016-08-29 Summer bank holiday",
            "2016-12-26 Boxing Day",
            "2016-12-27 Christmas Day (substitute day)",
        ])
    }

    @Test func year2010ChristmasOnSaturday() {
        #expect(listed(2010) == [
            "2010-01-01 New Year's Day",
            "2010-04-02 Good Friday",
            "2010-04-05 Easter Monday",
            "2010-05-03 Early May bank holiday",
            "2010-05-31 Spring bank holiday",
            "2010-08-30 Summer bank holiday",
            "2010-12-27 Christmas Day (substitute day)",
            "2010-12-28 Boxing Day (substitute day)",
        ])
    }

    @Test func year2011RoyalWeddingAndNewYearOnSaturday() {
        #expect(listed(2011) == [
            "2011-01-03 New Year's Day (substitute day)",
            "2011-04-22 Good Friday",
            "2011-04-25 Easter Monday",
            "2011-04-29 Royal wedding",
            "2011-05-02 Early May bank holiday",
            "2011-05-30 Spring bank holiday",
            "2011-08-29 Summer bank holiday",
            "2011-12-26 Boxing Day",
            "2011-12-27 Christmas Day (substitute day)",
        ])
    }

    @Test func year2017NewYearOnSunday() {
        #expect(listed(2017) == [
            "2017-01-02 New Year's Day (substitute day)",
            "2017-04-14 Good Friday",
            "2017-04-17 Easter Monday",
            "2017-05-01 Early May bank holiday",
            "2017-05-29 Spring bank holiday",
            "2017-08-28 Summer bank holiday",
            "2017-12-25 Christmas Day",
            "2017-12-26 Boxing Day",
        ])
    }

    @Test func otherOneOffYears() {
        let dates: (Int) -> [String] = { BankHolidays.englandAndWales(year: $0).map(\.date.description) }
        // 1995: Early May moved from 1 May to 8 May (VE Day 50th).
        #expect(dates(1995).contains("1995-05-08") && !dates(1995).contains("1995-05-01"))
        // 1999: millennium Friday 31 December, after Christmas-on-Saturday substitutes.
        #expect(dates(1999).suffix(3) == ["1999-12-27", "1999-12-28", "1999-12-31"])
        // 2002: Spring bank holiday moved from 27 May to 4 June; Golden Jubilee 3 June.
        #expect(dates(2002).contains("2002-06-03") && dates(2002).contains("2002-06-04"))
        #expect(!dates(2002).contains("2002-05-27"))
        // 2012: Spring bank holiday moved from 28 May to 4 June; Diamond Jubilee 5 June.
        #expect(dates(2012).contains("2012-06-04") && dates(2012).contains("2012-06-05"))
        #expect(!dates(2012).contains("2012-05-28"))
        #expect(!dates(2022).contains("2022-05-30"))
        #expect(!dates(2020).contains("2020-05-04"))
    }

    @Test func everyYearHasOnlyWeekdaysInOrderWithoutDuplicates() {
        for year in stride(from: 1, through: 9999, by: 13) {
            let holidays = BankHolidays.englandAndWales(year: year)
            #expect(holidays.count >= 8, "year \(year)")
            #expect(holidays.allSatisfy { !$0.date.isWeekend && $0.date.year == year }, "year \(year)")
            #expect(zip(holidays, holidays.dropFirst()).allSatisfy { $0.date < $1.date }, "year \(year)")
        }
        #expect(BankHolidays.englandAndWales(year: 0).isEmpty)
        #expect(BankHolidays.englandAndWales(year: 10000).isEmpty)
    }

    @Test func everyOneOffHasAReasonAndARealDate() {
        #expect(!BankHolidays.oneOffChanges.isEmpty)
        for oneOff in BankHolidays.oneOffChanges {
            #expect(!oneOff.reason.isEmpty)
            switch oneOff.change {
            case let .moved(_, month, day, _), let .added(month, day, _):
                let date = CalendarDate(year: oneOff.year, month: month, day: day)
                #expect(date.map { !$0.isWeekend } == true, "\(oneOff)")
            }
        }
    }

    @Test func aNewProclamationCanBePassedAsData() throws {
        let extra = BankHolidayOneOff(year: 2030, change: .added(month: 6, day: 7, name: "Test holiday"),
                                      reason: "test")
        let holidays = BankHolidays.englandAndWales(year: 2030, oneOffs: BankHolidays.oneOffChanges + [extra])
        let date = try #require(CalendarDate(iso: "2030-06-07"))
        #expect(holidays.contains(BankHoliday(date: date, name: "Test holiday")))
        #expect(!BankHolidays.isBankHoliday(date))
        #expect(BankHolidays.isBankHoliday(date, oneOffs: [extra]))
    }

    @Test func holidaysInARangeSpanYears() throws {
        let start = try #require(CalendarDate(iso: "2025-12-20"))
        let end = try #require(CalendarDate(iso: "2026-04-03"))
        let range = try #require(CalendarDateRange(start: start, end: end))
        #expect(BankHolidays.englandAndWales(in: range).map(\.date.description)
                == ["2025-12-25", "2025-12-26", "2026-01-01", "2026-04-03"])
    }
}
