/// How findings and the trail word each figure of a policy: its value as text, the citation in
/// a sentence, the trail fact, the `involve-policy` citation.
///
/// Why kept rather than composed when asked: the rules ask for the same few figures for every
/// project, and the holiday windows and pre-election periods are long texts joined from parts.
/// A policy is made once for a run, so its wording is worked out when it is made and whenever
/// one of its figures changes (`Policy`'s property observers), and a copy of the policy shares it.
struct PolicyWording: Sendable, Equatable {
    /// One entry a key, in `PolicyKey.allCases` order (`PolicyKey.position`).
    private let values: [String]
    private let cites: [String]
    private let references: [String]
    private let facts: [Fact]
    private let citations: [Citation]

    /// Before the policy's figures are all set; `Policy.init` replaces it.
    static let unset = PolicyWording(values: [], cites: [], references: [], facts: [], citations: [])

    private init(values: [String], cites: [String], references: [String], facts: [Fact], citations: [Citation]) {
        self.values = values
        self.cites = cites
        self.references = references
        self.facts = facts
        self.citations = citations
    }

    /// Each key's value and source are composed once and the other texts built from them.
    init(_ policy: Policy) {
        var values: [String] = [], cites: [String] = [], references: [String] = []
        var facts: [Fact] = [], citations: [Citation] = []
        let keys = PolicyKey.allCases
        values.reserveCapacity(keys.count); cites.reserveCapacity(keys.count); references.reserveCapacity(keys.count)
        facts.reserveCapacity(keys.count); citations.reserveCapacity(keys.count)
        let versioned = "policy " + policy.name + " (version " + policy.version + "): "
        let own = "policy " + policy.name + " " + policy.version
        let builtIn = Policy.builtInName + " " + Policy.builtInVersion
        for key in keys {
            let value = Self.valueText(policy, key)
            // An organisation's file that left the figure out has the built-in one, and says so.
            let inherited = !policy.explicitKeys.contains(key) && policy.name != Policy.builtInName
            let named = versioned + key.rawValue
            let note = inherited ? " (inherited from " + builtIn + ")" : ""
            let source = inherited ? own + ", inherited from " + builtIn : own
            values.append(value)
            // "policy involve-default (version 2026.1): consultationNormWeeks = 12"
            cites.append(named + " = " + value + note)
            // "policy involve-default (version 2026.1): holidayWindows"
            references.append(named + note)
            // Its path starts with "policy." rather than "$." because it is read from the
            // policy, not from the project file.
            facts.append(Fact("policy." + key.rawValue, value + " (" + source + ")"))
            citations.append(Citation(.involvePolicy, source + ", " + key.rawValue, quote: key.rawValue + ": " + value))
        }
        self.init(values: values, cites: cites, references: references, facts: facts, citations: citations)
    }

    func value(_ key: PolicyKey) -> String { values[key.position] }
    func cite(_ key: PolicyKey) -> String { cites[key.position] }
    func reference(_ key: PolicyKey) -> String { references[key.position] }
    func fact(_ key: PolicyKey) -> Fact { facts[key.position] }
    func citation(_ key: PolicyKey) -> Citation { citations[key.position] }

    static func valueText(_ policy: Policy, _ key: PolicyKey) -> String {
        switch key {
        case .consultationNormWeeks: return String(policy.consultationNormWeeks)
        case .consultationMinimumWeeks: return String(policy.consultationMinimumWeeks)
        case .consultationFloorWeeks: return String(policy.consultationFloorWeeks)
        case .holidayShareAtRiskPercent: return String(policy.holidayShareAtRiskPercent)
        case .planningLeadWeeks: return String(policy.planningLeadWeeks)
        case .analysisMinimumWeeks: return String(policy.analysisMinimumWeeks)
        case .engagementProgrammeMonths: return String(policy.engagementProgrammeMonths)
        case .consultationProgrammeMonths: return String(policy.consultationProgrammeMonths)
        case .holidayWindows: return PolicyText.windows(policy.holidayWindows)
        case .preElection: return PolicyText.preElection(policy.preElection)
        }
    }
}

extension PolicyKey {
    /// Where the key is in `allCases`, without searching it.
    var position: Int {
        switch self {
        case .consultationNormWeeks: return 0
        case .consultationMinimumWeeks: return 1
        case .consultationFloorWeeks: return 2
        case .holidayShareAtRiskPercent: return 3
        case .planningLeadWeeks: return 4
        case .analysisMinimumWeeks: return 5
        case .engagementProgrammeMonths: return 6
        case .consultationProgrammeMonths: return 7
        case .holidayWindows: return 8
        case .preElection: return 9
        }
    }
}
