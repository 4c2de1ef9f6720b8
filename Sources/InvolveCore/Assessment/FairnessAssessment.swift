/// The four Gunning principles (R v Brent LBC ex p Gunning (1985); approved in Coughlan and in
/// R (Moseley) v Haringey LBC [2014] UKSC 56 at [25]), as set out in the guidance at seed 001
/// lines 1131-1149.
public enum GunningPrinciple: String, Sendable, CaseIterable {
    case formativeStage = "G1"
    case sufficientInformation = "G2"
    case adequateTime = "G3"
    case conscientiousConsideration = "G4"

    public var title: String {
        switch self {
        case .formativeStage: return "Consultation at a formative stage"
        case .sufficientInformation: return "Sufficient information and reasons"
        case .adequateTime: return "Adequate time for consideration and response"
        case .conscientiousConsideration: return "Conscientious consideration of the responses"
        }
    }
}

public enum PrincipleStatus: String, InputEnum, Comparable {
    case met
    case atRisk = "at-risk"
    case notMet = "not-met"
    case notAssessable = "not-assessable"

    /// For combining checks: not met outranks at risk outranks not assessable outranks met.
    var rank: Int {
        switch self {
        case .met: return 0
        case .notAssessable: return 1
        case .atRisk: return 2
        case .notMet: return 3
        }
    }

    public static func < (lhs: PrincipleStatus, rhs: PrincipleStatus) -> Bool { lhs.rank < rhs.rank }

    public var displayName: String {
        switch self {
        case .met: return "met"
        case .atRisk: return "at risk"
        case .notMet: return "not met"
        case .notAssessable: return "not assessable"
        }
    }
}

/// Whether the principles apply formally (a consultation) or as advice (other approaches:
/// "These four principles relate to formal consultation but can be informative for other
/// approaches", seed 001 line 699).
public enum GunningApplication: String, Sendable, CaseIterable {
    case formal
    case advisory
}

/// One principle's result: its status, the reasons, the facts (with policy figures as
/// `policy.*` facts) and the rule.
public struct PrincipleAssessment: Sendable, Hashable {
    public let principle: GunningPrinciple
    public let ruleID: String
    public let status: PrincipleStatus
    public let reasons: [String]
    public let facts: [Fact]

    public init(principle: GunningPrinciple, ruleID: String, status: PrincipleStatus, reasons: [String], facts: [Fact]) {
        self.principle = principle
        self.ruleID = ruleID
        self.status = status
        self.reasons = reasons
        self.facts = facts
    }
}

/// Is the plan fair? The four Gunning principles, applied formally to a consultation and as
/// advice to other approaches.
public struct FairnessAssessment: Sendable, Hashable {
    public let application: GunningApplication
    /// Why the principles apply formally or as advice.
    public let applicationReason: String
    /// G1 to G4, in order.
    public let principles: [PrincipleAssessment]

    public init(application: GunningApplication, applicationReason: String, principles: [PrincipleAssessment]) {
        self.application = application
        self.applicationReason = applicationReason
        self.principles = principles
    }

    /// The same assessment with the facts of the plan (`$.plan…`) at the exercise that was judged.
    func moved(to exercisePath: String) -> FairnessAssessment {
        // At `$.plan` (a format 1 file) every fact is where it was read.
        if exercisePath == "$.plan" { return self }
        return FairnessAssessment(application: application, applicationReason: applicationReason, principles: principles.map { principle in
            PrincipleAssessment(principle: principle.principle, ruleID: principle.ruleID, status: principle.status, reasons: principle.reasons,
                                facts: principle.facts.map { Fact(ExercisePaths.move($0.path, to: exercisePath), $0.value) })
        })
    }

    public func status(of principle: GunningPrinciple) -> PrincipleStatus? {
        principles.first { $0.principle == principle }?.status
    }
}
