/// The one-off changes to England and Wales bank holidays, as data.
///
/// These were made by royal proclamation for particular events and cannot be derived
/// from any rule, so they live in a table with the reason for each. Names follow gov.uk.
/// When a new one is proclaimed, add a row here (or pass it to
/// `BankHolidays.englandAndWales(year:oneOffs:)` until the table is updated).
extension BankHolidays {
    public static let oneOffChanges: [BankHolidayOneOff] = [
        BankHolidayOneOff(year: 1977, change: .moved(.spring, month: 6, day: 6, name: "Spring bank holiday"),
                          reason: "Moved from 30 May to sit beside the Silver Jubilee of Queen Elizabeth II"),
        BankHolidayOneOff(year: 1977, change: .added(month: 6, day: 7, name: "Silver Jubilee bank holiday"),
                          reason: "Silver Jubilee of Queen Elizabeth II"),
        BankHolidayOneOff(year: 1981, change: .added(month: 7, day: 29, name: "Royal wedding"),
                          reason: "Wedding of the Prince of Wales and Lady Diana Spencer"),
        BankHolidayOneOff(year: 1995, change: .moved(.earlyMay, month: 5, day: 8, name: "Early May bank holiday (VE day)"),
                          reason: "Moved from 1 May for the 50th anniversary of VE Day"),
        BankHolidayOneOff(year: 1999, change: .added(month: 12, day: 31, name: "Millennium celebrations"),
                          reason: "Millennium"),
        BankHolidayOneOff(year: 2002, change: .moved(.spring, month: 6, day: 4, name: "Spring bank holiday"),
                          reason: "Moved from 27 May to sit beside the Golden Jubilee of Queen Elizabeth II"),
        BankHolidayOneOff(year: 2002, change: .added(month: 6, day: 3, name: "Golden Jubilee bank holiday"),
                          reason: "Golden Jubilee of Queen Elizabeth II"),
        BankHolidayOneOff(year: 2011, change: .added(month: 4, day: 29, name: "Royal wedding"),
                          reason: "Wedding of Prince William and Catherine Middleton"),
        BankHolidayOneOff(year: 2012, change: .moved(.spring, month: 6, day: 4, name: "Spring bank holiday"),
                          reason: "Moved from 28 May to sit beside the Diamond Jubilee of Queen Elizabeth II"),
        BankHolidayOneOff(year: 2012, change: .added(month: 6, day: 5, name: "Queen's Diamond Jubilee"),
                          reason: "Diamond Jubilee of Queen Elizabeth II"),
        BankHolidayOneOff(year: 2020, change: .moved(.earlyMay, month: 5, day: 8, name: "Early May bank holiday (VE day)"),
                          reason: "Moved from Monday 4 May to Friday 8 May for the 75th anniversary of VE Day"),
        BankHolidayOneOff(year: 2022, change: .moved(.spring, month: 6, day: 2, name: "Spring bank holiday"),
                          reason: "Moved from Monday 30 May to Thursday 2 June for the Platinum Jubilee weekend"),
        BankHolidayOneOff(year: 2022, change: .added(month: 6, day: 3, name: "Platinum Jubilee bank holiday"),
                          reason: "Platinum Jubilee of Queen Elizabeth II"),
        BankHolidayOneOff(year: 2022, change: .added(month: 9, day: 19, name: "Bank Holiday for the State Funeral of Queen Elizabeth II"),
                          reason: "State Funeral of Queen Elizabeth II"),
        BankHolidayOneOff(year: 2023, change: .added(month: 5, day: 8, name: "Bank holiday for the coronation of King Charles III"),
                          reason: "Coronation of King Charles III"),
    ]
}
