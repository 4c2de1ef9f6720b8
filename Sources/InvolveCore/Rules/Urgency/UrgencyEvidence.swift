/// Whether the file shows urgency that can justify limited involvement now. Urgency must be
/// evidenced (what the risk is, the evidence for it, who assessed it and when it arose); a label
/// with nothing behind it is "not evidenced" and earns no exemption. Urgency that comes from the
/// organisation's own delay, or from money, is excluded whatever the evidence (seed 001 line 709).
struct UrgencyEvidence {
    enum Standing: Equatable {
        /// The file does not declare the change urgent.
        case notDeclared
        /// Declared urgent, but a reason stated in the file rules the exemption out.
        case excluded
        /// Declared urgent, but facts that would evidence it are missing.
        case notEvidenced
        /// Declared urgent and evidenced: limited involvement can be justified for now.
        case evidenced
    }

    struct Missing: Equatable {
        let path: String
        let what: String
        let question: String
    }

    let standing: Standing
    /// Why the exemption is ruled out (for `excluded`).
    let exclusions: [String]
    /// What would evidence the urgency (for `notEvidenced`).
    let missing: [Missing]
    /// True when an exclusion rests on the project's reading rather than on the guidance's words.
    let inferred: Bool
    let facts: [Fact]

    /// The reg 23 urgency exemption and the guidance's limited involvement can be relied on.
    var justifiesLimitedInvolvement: Bool { standing == .evidenced }

    static func of(_ project: Project, policy: Policy) -> UrgencyEvidence {
        guard let urgency = project.urgency, urgency.isUrgent else {
            return UrgencyEvidence(standing: .notDeclared, exclusions: [], missing: [], inferred: false,
                                   facts: project.urgency.map { [Fact("$.urgency.isUrgent", String($0.isUrgent))] } ?? [])
        }
        let facts = facts(urgency)
        var exclusions: [String] = []
        var inferred = false
        if urgency.involvementLeftLate == true {
            exclusions.append("the file says the lack of time came from leaving involvement late: urgency \"does not permit commissioners or providers to leave public involvement until the last moment\" (statutory guidance, Annex A2, Decisions in urgent situations)")
        }
        switch urgency.origin {
        case .organisationDelay?:
            exclusions.append("the urgency comes from the organisation's own delay, which is not \"an urgent situation\" (statutory guidance, Annex A2, Decisions in urgent situations)")
        case .financialPressure?:
            exclusions.append("the urgency comes from financial pressure; the guidance accepts only an urgent situation or \"a genuine risk to the health, safety or welfare of patients or staff\" (statutory guidance, Annex A2, Decisions in urgent situations), and money is neither (a temporary closure to make savings still had to be consulted on: ex p Pow [1997] EWHC Admin 765)")
            inferred = true
        case .riskToSafetyOrWelfare?, .externalEvent?, nil:
            break
        }
        if let identified = urgency.proposalFirstIdentified, let arose = urgency.riskArose {
            let lead = identified.days(until: arose)
            if lead >= policy.planningLeadWeeks * 7 {
                exclusions.append("the proposal was first identified on \(identified), \(WeeksText.of(days: lead)) before the risk arose on \(arose): time enough to plan involvement (\(policy.cite(.planningLeadWeeks))), so the lack of time now comes from not starting then")
                inferred = true
            }
        }
        if project.temporaryChange?.isTemporary == true && project.temporaryChange?.permanenceUnderConsideration == true {
            exclusions.append("the decision is whether to make a temporary change permanent, which the urgency exception does not cover: the guidance treats that decision like any other (statutory guidance, Annex A2, Decisions in urgent situations)")
        }
        if !exclusions.isEmpty {
            return UrgencyEvidence(standing: .excluded, exclusions: exclusions, missing: [], inferred: inferred, facts: facts)
        }

        var missing: [Missing] = []
        if urgency.riskToPatientsOrStaff.stated == nil && urgency.origin != .externalEvent {
            missing.append(Missing(path: "$.urgency.riskToPatientsOrStaff", what: "what the risk to the health, safety or welfare of patients or staff is",
                                   question: "What is the risk to the health, safety or welfare of patients or staff that makes the change urgent?"))
        }
        if urgency.cause.stated == nil && urgency.riskToPatientsOrStaff.stated == nil {
            missing.append(Missing(path: "$.urgency.cause", what: "what makes it urgent",
                                   question: "What makes the change urgent (for example staff shortages, estate failure, a provider's collapse)?"))
        }
        if urgency.riskEvidence.stated == nil {
            missing.append(Missing(path: "$.urgency.riskEvidence", what: "the evidence for the risk",
                                   question: "What is the evidence for the risk (incident reports, staffing figures, an inspection, a safety review)?"))
        }
        if urgency.riskAssessedBy.stated == nil {
            missing.append(Missing(path: "$.urgency.riskAssessedBy", what: "who assessed the risk",
                                   question: "Who assessed the risk (for example the medical director, the head of midwifery, the CQC)?"))
        }
        if urgency.riskArose == nil {
            missing.append(Missing(path: "$.urgency.riskArose", what: "when the risk arose",
                                   question: "When did the risk arise, or first become known?"))
        }
        if urgency.involvementLeftLate == nil && urgency.proposalFirstIdentified == nil {
            missing.append(Missing(path: "$.urgency.proposalFirstIdentified", what: "when the proposal was first identified (or whether involvement was left late)",
                                   question: "When was the proposal first identified? (Or state urgency.involvementLeftLate.)"))
        }
        return UrgencyEvidence(standing: missing.isEmpty ? .evidenced : .notEvidenced, exclusions: [], missing: missing,
                               inferred: false, facts: facts)
    }

    private static func facts(_ urgency: Urgency) -> [Fact] {
        var facts = [Fact("$.urgency.isUrgent", String(urgency.isUrgent))]
        if let cause = urgency.cause { facts.append(Fact("$.urgency.cause", cause)) }
        facts.append(Fact("$.urgency.riskToPatientsOrStaff", urgency.riskToPatientsOrStaff ?? Fact.notStated))
        if let origin = urgency.origin { facts.append(Fact("$.urgency.origin", origin.rawValue)) }
        facts.append(Fact("$.urgency.riskEvidence", urgency.riskEvidence ?? Fact.notStated))
        facts.append(Fact("$.urgency.riskAssessedBy", urgency.riskAssessedBy ?? Fact.notStated))
        facts.append(Fact("$.urgency.riskArose", urgency.riskArose?.description ?? Fact.notStated))
        if let identified = urgency.proposalFirstIdentified { facts.append(Fact("$.urgency.proposalFirstIdentified", identified.description)) }
        if let late = urgency.involvementLeftLate { facts.append(Fact("$.urgency.involvementLeftLate", String(late))) }
        if let possible = urgency.involvementStillPossible { facts.append(Fact("$.urgency.involvementStillPossible", possible)) }
        return facts
    }
}

extension Optional where Wrapped == String {
    /// The text when it says something; nil when absent, empty or only spaces. An empty string is
    /// not a fact.
    var stated: String? {
        guard let text = self, !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }
}
