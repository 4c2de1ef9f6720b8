/// Reading an organisation's policy file. The same reader as project files, so an unknown or
/// misspelt key is an error with "did you mean", and every problem names its line and column.
/// Figures the file leaves out are inherited from the built-in policy and cited as inherited.
extension Policy: ObjectDecodable {
    public static func decode(from reader: ObjectReader) -> Policy? {
        let formatVersion = reader.integer("formatVersion", in: 1...Policy.currentFormatVersion, required: true)
        let name = reader.string("name", required: true)
        let version = reader.string("version", required: true)
        let description = reader.string("description")

        var policy = Policy.builtIn
        policy.description = description
        policy.explicitKeys = []
        func weeks(_ key: PolicyKey, _ range: ClosedRange<Int>, _ apply: (inout Policy, Int) -> Void) {
            if let value = reader.integer(key.rawValue, in: range) {
                apply(&policy, value)
                policy.explicitKeys.insert(key)
            }
        }
        weeks(.consultationNormWeeks, 1...104) { $0.consultationNormWeeks = $1 }
        weeks(.consultationMinimumWeeks, 1...104) { $0.consultationMinimumWeeks = $1 }
        weeks(.consultationFloorWeeks, 1...104) { $0.consultationFloorWeeks = $1 }
        weeks(.holidayShareAtRiskPercent, 1...100) { $0.holidayShareAtRiskPercent = $1 }
        weeks(.planningLeadWeeks, 0...104) { $0.planningLeadWeeks = $1 }
        weeks(.analysisMinimumWeeks, 0...104) { $0.analysisMinimumWeeks = $1 }
        weeks(.engagementProgrammeMonths, 0...60) { $0.engagementProgrammeMonths = $1 }
        weeks(.consultationProgrammeMonths, 0...60) { $0.consultationProgrammeMonths = $1 }
        if let windows = reader.object(PolicyKey.holidayWindows.rawValue, as: HolidayWindowsSpec.self) {
            policy.holidayWindows = windows.rules
            policy.explicitKeys.insert(.holidayWindows)
        }
        if let election = reader.object(PolicyKey.preElection.rawValue, as: PreElectionSpec.self) {
            policy.preElection = election.rules
            policy.explicitKeys.insert(.preElection)
        }

        if name == Policy.builtInName {
            reader.context.report(reader.path.appending("name"), at: location(reader, "name"),
                                  "is the name of the built-in policy; give your organisation's policy its own name so that findings cite the right one",
                                  expected: "a name such as \"acme-icb-involvement\"", found: "\"\(Policy.builtInName)\"")
        }
        // The three consultation lengths must be in order, or the grades would contradict each other.
        if policy.consultationFloorWeeks > policy.consultationMinimumWeeks {
            reader.context.report(reader.path.appending(PolicyKey.consultationFloorWeeks.rawValue),
                                  at: location(reader, PolicyKey.consultationFloorWeeks.rawValue),
                                  "must not be more than consultationMinimumWeeks (\(policy.consultationMinimumWeeks))",
                                  expected: "at most \(policy.consultationMinimumWeeks)", found: String(policy.consultationFloorWeeks))
        }
        if policy.consultationMinimumWeeks > policy.consultationNormWeeks {
            reader.context.report(reader.path.appending(PolicyKey.consultationMinimumWeeks.rawValue),
                                  at: location(reader, PolicyKey.consultationMinimumWeeks.rawValue),
                                  "must not be more than consultationNormWeeks (\(policy.consultationNormWeeks))",
                                  expected: "at most \(policy.consultationNormWeeks)", found: String(policy.consultationMinimumWeeks))
        }
        guard formatVersion != nil, let name, let version, name != Policy.builtInName else { return nil }
        policy.name = name
        policy.version = version
        return policy
    }

    private static func location(_ reader: ObjectReader, _ key: String) -> SourceLocation {
        reader.context.sourceMap.location(of: reader.path.appending(key).description) ?? reader.location
    }
}

/// `"holidayWindows": { "annual": [...], "easter": [...] }`. Given, it replaces the built-in
/// windows whole, so both lists are required (either may be empty).
struct HolidayWindowsSpec: ObjectDecodable {
    let rules: HolidayWindowRules

    static func decode(from reader: ObjectReader) -> HolidayWindowsSpec? {
        let annual = reader.objects("annual", as: AnnualWindowSpec.self, required: true)
        let easter = reader.objects("easter", as: EasterWindowSpec.self, required: true)
        guard let annual, let easter else { return nil }
        return HolidayWindowsSpec(rules: HolidayWindowRules(annual: annual.map(\.rule), easter: easter.map(\.rule)))
    }
}

/// `{ "name": "Christmas and New Year", "start": "12-20", "end": "01-03" }`: the same days every
/// year; an end before the start runs into the next year.
struct AnnualWindowSpec: ObjectDecodable {
    let rule: HolidayWindowRules.AnnualRule

    static func decode(from reader: ObjectReader) -> AnnualWindowSpec? {
        let name = reader.string("name", required: true)
        let start = monthDay(reader, "start")
        let end = monthDay(reader, "end")
        guard let name, let start, let end else { return nil }
        return AnnualWindowSpec(rule: HolidayWindowRules.AnnualRule(name: name, start: start, end: end))
    }

    /// Reads "MM-DD".
    private static func monthDay(_ reader: ObjectReader, _ key: String) -> HolidayWindowRules.MonthDay? {
        guard let text = reader.string(key, required: true) else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
           let month = Int(parts[0]), let day = Int(parts[1]),
           let value = HolidayWindowRules.MonthDay(month: month, day: day) {
            return value
        }
        let path = reader.path.appending(key)
        reader.context.report(path, at: reader.context.sourceMap.location(of: path.description) ?? reader.location,
                              "is not a day of the year in the form MM-DD",
                              expected: "a month and day such as \"12-20\"", found: "\"\(text)\"")
        return nil
    }
}

/// `{ "name": "Easter holidays", "daysBefore": 8, "daysAfter": 7 }` around Easter Sunday.
struct EasterWindowSpec: ObjectDecodable {
    let rule: HolidayWindowRules.EasterRule

    static func decode(from reader: ObjectReader) -> EasterWindowSpec? {
        let name = reader.string("name", required: true)
        let before = reader.integer("daysBefore", in: 0...60, required: true)
        let after = reader.integer("daysAfter", in: 0...60, required: true)
        guard let name, let before, let after else { return nil }
        return EasterWindowSpec(rule: HolidayWindowRules.EasterRule(name: name, daysBefore: before, daysAfter: after))
    }
}

/// `"preElection": { "weeksBefore": 6, "annualLocalElections": true, "extraPollingDays": [...] }`.
/// Keys left out keep the built-in values; `extraPollingDays` defaults to none.
struct PreElectionSpec: ObjectDecodable {
    let rules: PreElectionRules

    static func decode(from reader: ObjectReader) -> PreElectionSpec? {
        let standard = PreElectionRules.standard
        let weeks = reader.integer("weeksBefore", in: 0...26)
        let annual = reader.bool("annualLocalElections")
        let extra = reader.objects("extraPollingDays", as: PollingDaySpec.self)
        return PreElectionSpec(rules: PreElectionRules(weeksBefore: weeks ?? standard.weeksBefore,
                                                       annualLocalElections: annual ?? standard.annualLocalElections,
                                                       extraPollingDays: extra?.map(\.day) ?? standard.extraPollingDays))
    }
}

/// `{ "name": "General election", "date": "2029-05-03" }`.
struct PollingDaySpec: ObjectDecodable {
    let day: PollingDay

    static func decode(from reader: ObjectReader) -> PollingDaySpec? {
        let name = reader.string("name", required: true)
        let date = reader.date("date", required: true)
        guard let name, let date else { return nil }
        return PollingDaySpec(day: PollingDay(name: name, date: date))
    }
}

/// Turns the bytes of a policy file into a `Policy`, or into every problem found in it. The
/// command-line tool reads the file; the core never touches the file system.
public enum PolicyLoader {
    public static func load(_ bytes: [UInt8], file: String) -> Result<Policy, InputErrors> {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            return .failure(InputErrors(diagnostics: [InputDiagnostic(file: file, syntax: error)]))
        }
        guard case .object = root.value else {
            return .failure(InputErrors(diagnostics: [InputDiagnostic(
                file: file, location: root.location, path: .root, message: "the policy file must be one JSON object",
                expected: "an object { … }", found: root.value.kindName)]))
        }
        let context = DecodingContext(file: file)
        let policy = ObjectReader.decodeRoot(root, as: Policy.self, context: context)
        guard context.diagnostics.isEmpty, let policy else {
            return .failure(InputErrors(diagnostics: context.diagnostics.sorted(by: InputErrors.order)))
        }
        return .success(policy)
    }
}
