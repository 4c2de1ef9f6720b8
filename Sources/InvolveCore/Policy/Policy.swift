/// Figures that are local good practice rather than law: the consultation norm, planning lead
/// times, time to analyse responses, holiday windows and pre-election weeks. There is no
/// statutory minimum length for a consultation (seed 001 line 1145: adequate time "is not
/// prescribed by law"), so every threshold the fairness and planning rules use lives here, and
/// every finding that used one names the policy, its version, the key and the value.
///
/// The built-in policy is `involve-default`. An organisation may replace any figure with its own
/// policy file (`Policy.defaultFileName`), read by the command-line tool and decoded here.
public struct Policy: Sendable, Equatable {
    /// The file name the command-line tool looks for beside the project files.
    public static let defaultFileName = "involve-policy.json"
    public static let builtInName = "involve-default"
    public static let builtInVersion = "2026.1"
    /// The version of the policy file format.
    public static let currentFormatVersion = 1

    public var name: String { didSet { reword() } }
    public var version: String { didSet { reword() } }
    public var description: String?

    /// The usual length of a formal consultation, in weeks (seed 004 line 576: "Always time
    /// limited (usually 12 weeks)"; the 2008 Code of Practice said at least 12 weeks). Shorter
    /// consultations are "at risk" under Gunning 3 unless backed by pre-consultation engagement
    /// (seed 001 line 1208).
    public var consultationNormWeeks: Int { didSet { reword() } }
    /// Below this many weeks a formal consultation is "at risk" under Gunning 3 even with
    /// pre-consultation engagement, and "not met" if a holiday window also takes at least
    /// `holidayShareAtRiskPercent` of it (about four weeks over Christmas for a complex proposal
    /// is a case example of inadequate time).
    public var consultationMinimumWeeks: Int { didSet { reword() } }
    /// Below this many weeks a formal consultation is "not met" under Gunning 3 whatever else is
    /// true (seven days is a case example of inadequate time).
    public var consultationFloorWeeks: Int { didSet { reword() } }
    /// The share of a consultation falling in holiday windows, in percent, at or above which
    /// Gunning 3 is "at risk" (seed 001 line 1145: "may be inadequate if it is during a holiday period").
    public var holidayShareAtRiskPercent: Int { didSet { reword() } }
    /// Weeks of planning needed before first speaking to people (seed 003 line 250: "a minimum
    /// of 6-8 weeks"; seed 004 line 524: "at least two months").
    public var planningLeadWeeks: Int { didSet { reword() } }
    /// Weeks between the close of a consultation and the decision, to analyse the responses and
    /// report them to the decision-maker (Gunning 4). A local figure: no source sets one.
    public var analysisMinimumWeeks: Int { didSet { reword() } }
    /// Months from the start of planning to the decision for engagement that does not need formal
    /// consultation (seed 003 line 272: "at least four to six months").
    public var engagementProgrammeMonths: Int { didSet { reword() } }
    /// Months from the start of planning to the decision for a formal public consultation
    /// (seed 003 line 280: "at least nine to 12 months").
    public var consultationProgrammeMonths: Int { didSet { reword() } }
    /// Holiday windows (Christmas and New Year, Easter, summer).
    public var holidayWindows: HolidayWindowRules { didSet { reword() } }
    /// Pre-election periods: weeks before polling day, and known polling days.
    public var preElection: PreElectionRules { didSet { reword() } }
    /// Keys the policy file set itself. Every other figure is inherited from the built-in policy,
    /// and citations say so.
    public var explicitKeys: Set<PolicyKey> { didSet { reword() } }

    public init(name: String, version: String, description: String? = nil,
                consultationNormWeeks: Int, consultationMinimumWeeks: Int, consultationFloorWeeks: Int,
                holidayShareAtRiskPercent: Int, planningLeadWeeks: Int, analysisMinimumWeeks: Int,
                engagementProgrammeMonths: Int, consultationProgrammeMonths: Int,
                holidayWindows: HolidayWindowRules, preElection: PreElectionRules,
                explicitKeys: Set<PolicyKey> = Set(PolicyKey.allCases)) {
        self.name = name
        self.version = version
        self.description = description
        self.consultationNormWeeks = consultationNormWeeks
        self.consultationMinimumWeeks = consultationMinimumWeeks
        self.consultationFloorWeeks = consultationFloorWeeks
        self.holidayShareAtRiskPercent = holidayShareAtRiskPercent
        self.planningLeadWeeks = planningLeadWeeks
        self.analysisMinimumWeeks = analysisMinimumWeeks
        self.engagementProgrammeMonths = engagementProgrammeMonths
        self.consultationProgrammeMonths = consultationProgrammeMonths
        self.holidayWindows = holidayWindows
        self.preElection = preElection
        self.explicitKeys = explicitKeys
        reword()
    }

    /// Each figure's wording, kept in step with the figures (see `PolicyWording`).
    private var wording = PolicyWording.unset

    private mutating func reword() { wording = PolicyWording(self) }

    /// The built-in policy, `involve-default`.
    public static let builtIn = Policy(
        name: builtInName, version: builtInVersion,
        description: "Built-in defaults: local good practice from the south east London and North East and North Cumbria toolkits, not law.",
        consultationNormWeeks: 12, consultationMinimumWeeks: 6, consultationFloorWeeks: 2,
        holidayShareAtRiskPercent: 25, planningLeadWeeks: 8, analysisMinimumWeeks: 4,
        engagementProgrammeMonths: 4, consultationProgrammeMonths: 9,
        holidayWindows: .standard, preElection: .standard)

    public var isBuiltIn: Bool { name == Policy.builtInName && self == Policy.builtIn }

    /// The value of one figure as text, as a policy file would give it.
    public func valueText(_ key: PolicyKey) -> String { wording.value(key) }

    /// "policy involve-default (version 2026.1): consultationNormWeeks = 12", with "inherited from
    /// involve-default" when an organisation's file left the figure out.
    public func cite(_ key: PolicyKey) -> String { wording.cite(key) }

    /// "policy involve-default (version 2026.1): holidayWindows": names a figure without its value,
    /// for figures too long to repeat in a sentence.
    public func reference(_ key: PolicyKey) -> String { wording.reference(key) }

    /// A trail fact for a figure, path "policy." and the key.
    public func fact(_ key: PolicyKey) -> Fact { wording.fact(key) }

    /// A citation of a figure, document `involve-policy`.
    public func citation(_ key: PolicyKey) -> Citation { wording.citation(key) }
}

/// The figures a policy file may set. Raw values are the JSON keys.
public enum PolicyKey: String, CaseIterable, Sendable, Hashable, Comparable {
    case consultationNormWeeks
    case consultationMinimumWeeks
    case consultationFloorWeeks
    case holidayShareAtRiskPercent
    case planningLeadWeeks
    case analysisMinimumWeeks
    case engagementProgrammeMonths
    case consultationProgrammeMonths
    case holidayWindows
    case preElection

    public static func < (lhs: PolicyKey, rhs: PolicyKey) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// Policy values as one line of text, the same on every machine.
enum PolicyText {
    static func monthDay(_ value: HolidayWindowRules.MonthDay) -> String {
        (value.month < 10 ? "0" : "") + String(value.month) + "-" + (value.day < 10 ? "0" : "") + String(value.day)
    }

    static func windows(_ rules: HolidayWindowRules) -> String {
        let annual = rules.annual.map { "\($0.name) \(monthDay($0.start)) to \(monthDay($0.end))" }
        let easter = rules.easter.map { "\($0.name) \($0.daysBefore) days before to \($0.daysAfter) days after Easter Sunday" }
        let all = annual + easter
        return all.isEmpty ? "none" : all.joined(separator: "; ")
    }

    static func preElection(_ rules: PreElectionRules) -> String {
        var text = "\(rules.weeksBefore) weeks before polling day"
        text += rules.annualLocalElections ? "; local elections on the first Thursday in May each year" : "; no annual local elections assumed"
        if !rules.extraPollingDays.isEmpty {
            text += "; also " + rules.extraPollingDays.map { "\($0.name) \($0.date)" }.joined(separator: ", ")
        }
        return text
    }
}

extension CalendarDate {
    /// The same day `months` calendar months later (earlier when negative), clamped to the end of
    /// a shorter month (31 January plus one month is 28 or 29 February).
    func adding(months: Int) -> CalendarDate {
        let index = year * 12 + (month - 1) + months
        let newYear = min(max(index / 12, 1), 9999)
        let newMonth = index % 12 + 1
        let newDay = min(day, CalendarDate.daysIn(month: newMonth, year: newYear))
        return CalendarDate(year: newYear, month: newMonth, day: newDay) ?? self
    }
}
