/// A provision of law with the days it is in force, as rules-as-code projects date theirs
/// (OpenFisca's dated formulas). A change in the law is one new entry with its own dates; an old
/// entry is never edited, so that what was done on a day is judged by the law of that day.
public struct DatedProvision: Sendable, Hashable {
    public let id: String
    /// What the provision requires, in a sentence.
    public let summary: String
    public let source: String
    /// The first day it is in force.
    public let inForceFrom: CalendarDate
    /// The last day it is in force, or nil while it still is.
    public let inForceUntil: CalendarDate?

    public func isInForce(on date: CalendarDate) -> Bool {
        date >= inForceFrom && (inForceUntil.map { date <= $0 } ?? true)
    }

    /// "carers-and-representatives-2022 (in force from 2022-07-01)", for the trail.
    public var versionText: String {
        "\(id) (in force from \(inForceFrom)" + (inForceUntil.map { " until \($0)" } ?? "") + ")"
    }
}

/// The dated provisions the rules consult. When the duties of NHS England and ICBs change, add
/// the new provision here with its commencement date, and give the old one its last day.
public enum LawInForce {
    public static let carersAndRepresentatives = DatedProvision(
        id: "carers-and-representatives-2022",
        summary: "NHS England and ICBs must secure the involvement of individuals' carers and representatives (if any), as well as the individuals.",
        source: "NHS Act 2006 s13Q(2) and s14Z45(2), as amended by the Health and Care Act 2022 (commenced 1 July 2022)",
        inForceFrom: CalendarDate(year: 2022, month: 7, day: 1) ?? CalendarDate(dayNumber: 0),
        inForceUntil: nil)

    public static let secretaryOfStateNotice = DatedProvision(
        id: "reconfiguration-notice-2024",
        summary: "Commissioners must notify the Secretary of State of notifiable reconfigurations, which the Secretary of State may call in.",
        source: "NHS Act 2006 Schedule 10A; SI 2024/15 and SI 2024/16 (in force 31 January 2024)",
        inForceFrom: CalendarDate(year: 2024, month: 1, day: 31) ?? CalendarDate(dayNumber: 0),
        inForceUntil: nil)

    public static let all: [DatedProvision] = [carersAndRepresentatives, secretaryOfStateNotice]

    /// The day whose law judges an exercise: its launch date, past (what happened is judged by
    /// the law then) or planned (the law known for that day). With no launch date, the as-of date
    /// will do only while no provision starts or ends after it; otherwise nil: the date decides.
    static func dayForJudging(_ plan: InvolvementPlan?, asOf: CalendarDate) -> CalendarDate? {
        if let launch = plan?.launchDate { return launch }
        return changesAfter(asOf) ? nil : asOf
    }

    /// The day whose law judges a decision: its date, past or planned; without one, as above.
    static func dayForDecision(_ plan: InvolvementPlan?, asOf: CalendarDate) -> CalendarDate? {
        if let decision = plan?.decisionDate { return decision }
        return changesAfter(asOf) ? nil : asOf
    }

    /// Whether the law recorded here changes after `date`.
    static func changesAfter(_ date: CalendarDate) -> Bool {
        all.contains { $0.inForceFrom > date || ($0.inForceUntil.map { $0 >= date } ?? false) }
    }
}
