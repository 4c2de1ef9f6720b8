/// A decision record: one assessment of one project as of one date, the human decision about
/// involvement, and enough about the input to match the record to exactly the bytes it
/// assessed. Records are what `involve record` writes and what `involve report` reads to
/// build the annual report section on how the organisation discharged its duty to involve
/// (NHS Act 2006 s14Z58 for ICBs, s13U for NHS England; seed 001 line 1340).
///
/// The record holds plain data rather than `Rule` values, so that a record written by an older
/// rulebook can still be read and shown as it was written. The JSON form is documented in
/// docs/records.md.
public struct DecisionRecord: Sendable, Equatable {
    /// The `format` value of every record file.
    public static let format = "involve.decision-record"
    /// Changes when a key is removed or changes meaning; adding an optional key does not.
    public static let formatVersion = 1

    public var recordID: String
    public var asOf: CalendarDate
    public var toolVersion: String
    public var rulebookVersion: String
    public var input: RecordInput
    public var project: RecordProject
    public var verdict: RecordVerdict
    /// Which route the project takes (information, engagement, consultation …), or nil when the
    /// tool that wrote the record did not assess it. Filled in by `RecordSections.route`.
    public var route: RecordRoute?
    /// The Gunning principles, or nil when not assessed. Filled in by `RecordSections.fairness`.
    public var fairness: RecordFairness?
    /// The human decision, or nil when none is recorded yet.
    public var decision: Decision?
    public var keyDates: [RecordKeyDate]
    public var audiences: [Audience]
    public var affectedGroups: [AffectedGroup]
    public var plan: RecordPlan?
    public var findings: [RecordFinding]
    public var waivers: [RecordWaiver]
    public var openQuestions: [RecordQuestion]
    public var nextSteps: [String]
    public var trail: [RecordStep]
    /// What reading the record noticed without refusing it (keys from a newer version); not
    /// part of the record, and empty for one just made.
    public var readingNotes: [String] = []
    /// The file the record was read from, when it was; not part of the record. The annual
    /// report keeps records without their trails and reads each again for the full appendix.
    public var source: String?

    public init(recordID: String, asOf: CalendarDate, toolVersion: String, rulebookVersion: String,
                input: RecordInput, project: RecordProject, verdict: RecordVerdict, route: RecordRoute? = nil,
                fairness: RecordFairness? = nil, decision: Decision? = nil, keyDates: [RecordKeyDate] = [],
                audiences: [Audience] = [], affectedGroups: [AffectedGroup] = [], plan: RecordPlan? = nil,
                findings: [RecordFinding] = [], waivers: [RecordWaiver] = [], openQuestions: [RecordQuestion] = [],
                nextSteps: [String] = [], trail: [RecordStep] = []) {
        self.recordID = recordID
        self.asOf = asOf
        self.toolVersion = toolVersion
        self.rulebookVersion = rulebookVersion
        self.input = input
        self.project = project
        self.verdict = verdict
        self.route = route
        self.fairness = fairness
        self.decision = decision
        self.keyDates = keyDates
        self.audiences = audiences
        self.affectedGroups = affectedGroups
        self.plan = plan
        self.findings = findings
        self.waivers = waivers
        self.openQuestions = openQuestions
        self.nextSteps = nextSteps
        self.trail = trail
    }

    /// The date that places the record in a reporting period: the date of the decision when
    /// one is recorded (the annual report is about decisions taken in the year), otherwise the
    /// as-of date of the assessment.
    public var reportingDate: CalendarDate { decision?.date ?? asOf }
}

/// The file the record was made from: its name (without directories, so that the record does
/// not depend on where it was run) and the SHA-256 of its exact bytes.
public struct RecordInput: Sendable, Equatable {
    public var file: String
    public var sha256: String
    public var bytes: Int

    public init(file: String, sha256: String, bytes: Int) {
        self.file = file
        self.sha256 = sha256
        self.bytes = bytes
    }
}

public struct RecordProject: Sendable, Equatable {
    public var id: String
    public var title: String
    public var summary: String?
    public var organisation: Organisation

    public init(id: String, title: String, summary: String? = nil, organisation: Organisation) {
        self.id = id
        self.title = title
        self.summary = summary
        self.organisation = organisation
    }
}

public struct RecordVerdict: Sendable, Equatable {
    public var value: DutyVerdict
    public var headline: String
    public var reason: String
    public var statutoryDuty: String?

    public init(value: DutyVerdict, headline: String, reason: String, statutoryDuty: String? = nil) {
        self.value = value
        self.headline = headline
        self.reason = reason
        self.statutoryDuty = statutoryDuty
    }
}

/// The kinds of route a project can take (design.md, "Which route"). A project can take
/// several: a public consultation and a consultation of the health scrutiny committee.
public enum RecordRouteKind: String, InputEnum {
    case informationOnly = "information-only"
    case engagement
    case publicConsultation = "public-consultation"
    case scrutinyConsultation = "scrutiny-consultation"
    case secretaryOfStateNotification = "secretary-of-state-notification"
    case serviceChangeAssurance = "service-change-assurance"

    public var displayName: String {
        switch self {
        case .informationOnly: return "Information only"
        case .engagement: return "Engagement"
        case .publicConsultation: return "Public consultation"
        case .scrutinyConsultation: return "Consultation of the health scrutiny committee"
        case .secretaryOfStateNotification: return "Notice to the Secretary of State"
        case .serviceChangeAssurance: return "NHS England service change assurance"
        }
    }
}

public struct RecordRoute: Sendable, Equatable {
    public var kinds: [RecordRouteKind]
    /// One or two sentences: the route and why.
    public var summary: String

    public init(kinds: [RecordRouteKind], summary: String) {
        self.kinds = kinds
        self.summary = summary
    }
}

public struct RecordPrinciple: Sendable, Equatable {
    public var name: String
    public var status: PrincipleStatus
    public var explanation: String

    public init(name: String, status: PrincipleStatus, explanation: String) {
        self.name = name
        self.status = status
        self.explanation = explanation
    }
}

public struct RecordFairness: Sendable, Equatable {
    public var summary: String
    public var principles: [RecordPrinciple]

    public init(summary: String, principles: [RecordPrinciple]) {
        self.summary = summary
        self.principles = principles
    }
}

/// A date worth showing in the annual report's table: the decision, a consultation's launch
/// and close, the expected end of a temporary change.
public struct RecordKeyDate: Sendable, Equatable {
    public var label: String
    public var date: CalendarDate

    public init(label: String, date: CalendarDate) {
        self.label = label
        self.date = date
    }
}

/// How the involvement plan reaches one audience ("how activities were designed to reach
/// specific groups", seed 001 line 1346).
public struct RecordReach: Sendable, Equatable {
    public var audience: String
    public var how: String

    public init(audience: String, how: String) {
        self.audience = audience
        self.how = how
    }
}

public struct RecordPlan: Sendable, Equatable {
    /// inform, engage, consult or co-produce, as the project file gives it.
    public var approach: String?
    public var reach: [RecordReach]
    /// Where the organisation stands with the health scrutiny committee (`not-contacted`,
    /// `informed`, `agreed-substantial`, `agreed-not-substantial`, `consulted`), as the project
    /// file gives it; nil when the file does not say, or the record was made before it was kept.
    public var scrutinyStatus: String?
    /// Whether the Secretary of State has been notified of the reconfiguration; nil when the
    /// file does not say, or the record was made before it was kept.
    public var secretaryOfStateNotified: Bool?
    /// When the plan's engagement or consultation opens, as the project file gives it: the
    /// annual report does not count as done an approach that opens after its period.
    public var launchDate: CalendarDate?

    public init(approach: String? = nil, reach: [RecordReach] = [], scrutinyStatus: String? = nil,
                secretaryOfStateNotified: Bool? = nil, launchDate: CalendarDate? = nil) {
        self.approach = approach
        self.reach = reach
        self.scrutinyStatus = scrutinyStatus
        self.secretaryOfStateNotified = secretaryOfStateNotified
        self.launchDate = launchDate
    }
}

public struct RecordFact: Sendable, Equatable {
    public var path: String
    public var value: String
    public var line: Int?
    public var column: Int?

    public init(path: String, value: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.value = value
        self.line = line
        self.column = column
    }
}

public struct RecordFinding: Sendable, Equatable {
    public var ruleID: String
    public var severity: Severity
    public var message: String
    public var facts: [RecordFact]

    public init(ruleID: String, severity: Severity, message: String, facts: [RecordFact] = []) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.facts = facts
    }
}

/// A rule waived for this project, and on whose authority.
public struct RecordWaiver: Sendable, Equatable {
    public var ruleID: String
    public var reason: String?
    public var approvedBy: String?
    public var expires: CalendarDate?

    public init(ruleID: String, reason: String? = nil, approvedBy: String? = nil, expires: CalendarDate? = nil) {
        self.ruleID = ruleID
        self.reason = reason
        self.approvedBy = approvedBy
        self.expires = expires
    }
}

public struct RecordQuestion: Sendable, Equatable {
    public var path: String
    public var question: String
    public var whyItMatters: String

    public init(path: String, question: String, whyItMatters: String) {
        self.path = path
        self.question = question
        self.whyItMatters = whyItMatters
    }
}

public struct RecordCitation: Sendable, Equatable {
    public var document: String
    public var documentTitle: String
    public var section: String
    public var lines: String?
    public var quote: String?

    public init(document: String, documentTitle: String, section: String, lines: String? = nil, quote: String? = nil) {
        self.document = document
        self.documentTitle = documentTitle
        self.section = section
        self.lines = lines
        self.quote = quote
    }

    /// The same one-line form as `Citation.shortText`: a document this version knows is named
    /// as a citation names it; one it does not, by the title the record kept.
    public var shortText: String {
        Citation.reference(SourceDocument(rawValue: document)?.citedAs ?? documentTitle, section, quote: quote)
    }
}

public struct RecordStep: Sendable, Equatable {
    public var step: Int
    public var ruleID: String
    public var title: String
    public var question: String
    public var answer: String
    public var inferred: Bool
    public var facts: [RecordFact]
    public var citations: [RecordCitation]

    public init(step: Int, ruleID: String, title: String, question: String, answer: String, inferred: Bool,
                facts: [RecordFact], citations: [RecordCitation]) {
        self.step = step
        self.ruleID = ruleID
        self.title = title
        self.question = question
        self.answer = answer
        self.inferred = inferred
        self.facts = facts
        self.citations = citations
    }
}

// MARK: - Making a record

extension DecisionRecord {
    /// The record of `assessment`, made from `project` whose file was `inputBytes`. Pure: the
    /// caller reads the file, and the same bytes and as-of date give the same record.
    public static func make(project: Project, assessment: Assessment, inputBytes: [UInt8], inputName: String) -> DecisionRecord {
        let sourceMap = assessment.sourceMap
        func facts(_ facts: [Fact]) -> [RecordFact] {
            facts.map { fact in
                let location = sourceMap.location(of: fact.path)
                return RecordFact(path: fact.path, value: fact.value, line: location?.line, column: location?.column)
            }
        }
        return DecisionRecord(
            recordID: RecordID.make(projectID: project.id, asOf: assessment.asOf),
            asOf: assessment.asOf,
            toolVersion: ToolVersion.current,
            rulebookVersion: Rulebook.version,
            input: RecordInput(file: RecordID.baseName(inputName), sha256: SHA256.hexDigest(inputBytes), bytes: inputBytes.count),
            project: RecordProject(id: project.id, title: project.title, summary: project.summary, organisation: project.organisation),
            verdict: RecordVerdict(value: assessment.verdict, headline: assessment.verdict.headline,
                                   reason: assessment.verdictReason, statutoryDuty: assessment.statutoryDuty),
            route: RecordSections.route(project, assessment),
            fairness: RecordSections.fairness(project, assessment),
            decision: project.decision,
            keyDates: RecordSections.keyDates(project, assessment),
            audiences: assessment.audiences,
            affectedGroups: project.affectedGroups ?? [],
            plan: RecordSections.plan(project, assessment),
            findings: assessment.findings.map {
                RecordFinding(ruleID: $0.rule.id, severity: $0.severity, message: $0.message, facts: facts($0.facts))
            },
            waivers: RecordSections.waivers(project, assessment),
            openQuestions: assessment.openQuestions.map {
                RecordQuestion(path: $0.path, question: $0.question, whyItMatters: $0.whyItMatters)
            },
            nextSteps: assessment.nextSteps,
            trail: assessment.trail.enumerated().map { index, step in
                RecordStep(step: index + 1, ruleID: step.rule.id, title: step.rule.title, question: step.rule.question,
                           answer: step.answer, inferred: step.rule.inferred, facts: facts(step.facts),
                           citations: step.rule.citations.map {
                               RecordCitation(document: $0.document.rawValue, documentTitle: $0.document.title,
                                              section: $0.section, lines: $0.lines, quote: $0.quote)
                           })
            })
    }
}

/// Record ids and file names: derived from the project id and the as-of date, so that the same
/// project assessed as of the same day always has the same record, and a later assessment a
/// new one.
public enum RecordID {
    /// `<project id>-<hash>-<as-of>`: the project id in lower case, its letters (any script),
    /// digits and '.' kept and anything else turned into '-' (runs collapsed, at most 80
    /// characters), then the first 8 hexadecimal digits of the SHA-256 of the id as given.
    /// The hash keeps ids apart that read the same once cleaned ("NFD/2025 #14", "nfd-2025-14",
    /// "NFD 2025 14", or two long ids sharing their first 80 characters), so a different
    /// project is never taken for one recorded before. "NFD/2025 #14" as of 2025-05-12 gives
    /// "nfd-2025-14-1f0a5c2e-2025-05-12" (hash illustrative).
    public static func make(projectID: String, asOf: CalendarDate) -> String {
        var sanitised = ""
        for scalar in projectID.unicodeScalars {
            let properties = scalar.properties
            let keep = properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "."
                // Combining accents, so that "é" written as e + U+0301 keeps its accent.
                || properties.generalCategory == .nonspacingMark
            if keep {
                sanitised += String(scalar).lowercased()
            } else if !sanitised.hasSuffix("-") {
                sanitised += "-"
            }
        }
        var trimmed = Substring(sanitised)
        while let first = trimmed.first, first == "-" || first == "." { trimmed = trimmed.dropFirst() }
        trimmed = Substring(String(String.UnicodeScalarView(trimmed.unicodeScalars.prefix(80))))
        while trimmed.last == "-" { trimmed = trimmed.dropLast() }
        let stem = trimmed.isEmpty ? "project" : String(trimmed)
        let hash = String(SHA256.hexDigest(Array(projectID.utf8)).prefix(8))
        return stem + "-" + hash + "-" + asOf.description
    }

    /// The last component of a path, so records do not depend on the directory they were made in.
    public static func baseName(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        let name = String(path[path.index(after: slash)...])
        return name.isEmpty ? path : name
    }
}
