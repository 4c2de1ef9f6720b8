import Testing
@testable import InvolveCore

/// Bank holidays are worked out once a year and kept (`BankHolidayYears`); what is kept must be
/// what working the year out gives, and a caller's own one-offs must never be answered from it.
@Suite struct CalendarBankHolidayYearsTests {
    @Test func everySupportedYearIsWhatWorkingItOutGives() {
        for year in 1890...2210 {
            let workedOut = BankHolidays.workedOut(year: year, oneOffs: BankHolidays.oneOffChanges)
            #expect(BankHolidays.englandAndWales(year: year) == workedOut, "\(year)")
            // Asked again, from the kept table.
            #expect(BankHolidays.englandAndWales(year: year) == workedOut, "\(year)")
        }
        #expect(BankHolidayYears.shared.years == 1900...2200)
        #expect(BankHolidays.englandAndWales(year: 0).isEmpty)
    }

    @Test func ownOneOffsAreWorkedOutAfresh() {
        let usual = BankHolidays.englandAndWales(year: 2027)
        let proclaimed = BankHolidays.oneOffChanges + [
            BankHolidayOneOff(year: 2027, change: .added(month: 6, day: 8, name: "Test bank holiday"), reason: "a test"),
        ]
        let withExtra = BankHolidays.englandAndWales(year: 2027, oneOffs: proclaimed)
        #expect(withExtra.count == usual.count + 1)
        #expect(withExtra.contains { $0.name == "Test bank holiday" })
        #expect(BankHolidays.englandAndWales(year: 2027, oneOffs: []) == BankHolidays.workedOut(year: 2027, oneOffs: []))
        #expect(BankHolidays.englandAndWales(year: 2027) == usual)
        // An equal copy of the built-in table (other storage) gives the same as the table.
        let copy = BankHolidays.oneOffChanges.map { $0 }
        #expect(BankHolidays.englandAndWales(year: 2022, oneOffs: copy) == BankHolidays.englandAndWales(year: 2022))
    }

    @Test func aYearIsWorkedOutOnceAndKept() {
        let years = BankHolidayYears(years: 2000...2001)
        var calls = 0
        let first = years.holidays(2000) { calls += 1; return BankHolidays.workedOut(year: $0, oneOffs: BankHolidays.oneOffChanges) }
        let again = years.holidays(2000) { _ in calls += 1; return [] }
        #expect(calls == 1)
        #expect(first == again && first.count == 8)
    }

    @Test func manyThreadsGetTheSameYears() async {
        let expected = (2020...2030).map { BankHolidays.workedOut(year: $0, oneOffs: BankHolidays.oneOffChanges) }
        let years = BankHolidayYears(years: 2020...2030)
        let results = await withTaskGroup(of: Bool.self) { group in
            for task in 0..<64 {
                group.addTask {
                    let year = 2020 + task % 11
                    return years.holidays(year) { BankHolidays.workedOut(year: $0, oneOffs: BankHolidays.oneOffChanges) }
                        == expected[task % 11]
                }
            }
            var all: [Bool] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 64 && results.allSatisfy { $0 })
    }
}
