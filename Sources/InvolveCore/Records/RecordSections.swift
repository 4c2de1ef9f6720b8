/// The one place where parts of a project and its assessment become sections of the decision
/// record: the route, the Gunning principles, waivers, how the plan reaches people, and the
/// dates for the annual report. The record format, the JSON writer and reader, the Markdown and
/// HTML renderers and the annual report carry and show each section; a change in what the
/// assessment knows changes only a body here.
public enum RecordSections {
    /// The assessment's route as `RecordRouteKind`s, with a one-line summary. The annual report
    /// counts engagement, consultations, scrutiny consultations and notices to the Secretary of
    /// State from these kinds.
    ///
    /// The route kind is listed (information only, engagement or public consultation) as the
    /// assessment chose it, with its level in the summary; except that a consultation which
    /// only "may be required" at common law is not counted as one: the record lists the route
    /// the statutory duty gives (engagement when the duty applies or is likely to, information
    /// only otherwise) and the summary says to take legal advice. An undetermined route lists
    /// no kind. Beside it, scrutiny consultation, notice to the Secretary of State and NHS
    /// England assurance are listed when their level is required or likely, never when not
    /// indicated, not required or undetermined (the urgency exemption is notification of the
    /// local authority, not consultation of the committee). Pre-consultation engagement adds
    /// engagement to a public consultation when it is required or likely, or done.
    public static func route(_ project: Project, _ assessment: Assessment) -> RecordRoute? {
        let route = assessment.route
        var kinds: [RecordRouteKind] = []
        switch route.kind {
        case .informationOnly: kinds.append(.informationOnly)
        case .engagement: kinds.append(.engagement)
        case .formalConsultation where route.level == .mayBeRequired:
            // Consultation only "may be required" at common law: record the statutory route
            // beneath it, which the verdict settles.
            if let statutory = statutoryRoute(assessment.verdict) { kinds.append(statutory) }
        case .formalConsultation: kinds.append(.publicConsultation)
        case .undetermined: break
        }
        let preConsultation = route.preConsultationEngagement
        let consulting = kinds.contains(.publicConsultation)
        if consulting && (counts(preConsultation.level) || preConsultation.done) {
            kinds.insert(.engagement, at: 0)
        }
        let beside: [(RecordRouteKind, String, RouteRequirement)] = [
            (.scrutinyConsultation, "consultation of the health scrutiny committee", route.scrutiny),
            (.secretaryOfStateNotification, "notice to the Secretary of State", route.notification),
            (.serviceChangeAssurance, "NHS England service change assurance", route.assurance),
        ]
        for (kind, _, requirement) in beside where counts(requirement.level) {
            kinds.append(kind)
        }

        var sentences = [routeText(route, verdict: assessment.verdict)]
        var listed: [String] = []
        for (_, name, requirement) in beside where counts(requirement.level) {
            listed.append(name + " (" + requirementText(requirement) + ")")
        }
        if consulting && preConsultation.level != .notIndicated && preConsultation.level != .notRequired {
            listed.append("pre-consultation engagement (" + requirementText(preConsultation) + ")")
        }
        if !listed.isEmpty {
            sentences.append("With it: " + listed.joined(separator: "; ") + ".")
        }
        if route.scrutiny.level == .urgencyExemption {
            sentences.append("Under the reg 23 urgency exemption the local authority must be notified immediately, with reasons"
                             + (route.scrutiny.done ? " (the file records that it has been)." : " (the file does not record that it has been)."))
        }
        return RecordRoute(kinds: kinds, summary: sentences.joined(separator: " "))
    }

    /// The route the statutory duty alone gives, by the verdict (route-kind's last step).
    static func statutoryRoute(_ verdict: DutyVerdict) -> RecordRouteKind? {
        switch verdict {
        case .applies, .likelyApplies: return .engagement
        case .unlikelyToApply, .doesNotApply: return .informationOnly
        case .undetermined: return nil
        }
    }

    /// Required or likely: what the record lists as part of the route.
    static func counts(_ level: RequirementLevel) -> Bool {
        level == .required || level == .likely
    }

    /// The route and its level in a sentence, for each way `route-kind` can decide it.
    static func routeText(_ route: RouteAssessment, verdict: DutyVerdict) -> String {
        let commonLaw = route.reasons.contains { $0.ruleID == Rule.commonLawConsultation.id }
        var text: String
        switch (route.kind, route.level) {
        case (.undetermined, _):
            return "Facts are missing, so the route cannot be settled; answer the open questions."
        case (.informationOnly, _):
            text = "Information only: no statutory involvement is required; telling people about the change is good practice."
        case (.formalConsultation, .required):
            text = "Formal public consultation, required: the health scrutiny committee has agreed the change is substantial."
        case (.formalConsultation, .likely):
            text = "Formal public consultation, likely: the indicators of a substantial change are present; agree with the health scrutiny committee whether it is substantial."
        case (.formalConsultation, .mayBeRequired):
            let statutory: String
            switch statutoryRoute(verdict) {
            case .engagement?: statutory = "Engagement at least, because the duty to involve \(verdict == .applies ? "applies" : "is likely to apply")"
            case .informationOnly?: statutory = "Information only under the statute, because the duty to involve \(verdict == .doesNotApply ? "does not apply" : "is unlikely to apply")"
            default: statutory = "The statutory route is undetermined"
            }
            return statutory + "; formal public consultation may be required at common law (a promise, an established practice or conspicuous unfairness): take legal advice."
        case (.engagement, .required):
            text = "Engagement, required: the duty to involve applies and nothing indicates a substantial change; proportionate to the change."
        case (.engagement, .likely):
            text = "Engagement, likely: the duty to involve is likely to apply and nothing indicates a substantial change; proportionate to the change."
        case (.engagement, .expected):
            text = "Engagement, as an interim measure: an urgent risk to patients or staff justifies limited involvement for now; a later decision to make the change permanent takes the full route."
        case (_, let level):
            text = "\(route.kind.headline) (\(levelText(level)))."
        }
        // On a consultation route the consultation itself answers a common-law duty; elsewhere say so.
        if commonLaw && route.kind != .formalConsultation {
            text += " A common-law trigger is also present: formal consultation may be required; take legal advice."
        }
        return text
    }

    /// "likely", "required, done", "expected, not yet done".
    static func requirementText(_ requirement: RouteRequirement) -> String {
        let level = levelText(requirement.level)
        return requirement.done ? level + ", done" : level
    }

    static func levelText(_ level: RequirementLevel) -> String {
        switch level {
        case .required: return "required"
        case .likely: return "likely"
        case .mayBeRequired: return "may be required"
        case .expected: return "expected by guidance"
        case .urgencyExemption: return "urgency exemption"
        case .notRequired: return "not required"
        case .notIndicated: return "not indicated"
        case .undetermined: return "undetermined"
        }
    }

    /// The four Gunning principles, each met / at risk / not met / not assessable with its
    /// reasons, and whether they apply formally (a consultation) or as advice.
    public static func fairness(_ project: Project, _ assessment: Assessment) -> RecordFairness? {
        let fairness = assessment.fairness
        let principles = fairness.principles.map { principle in
            RecordPrinciple(name: "\(principle.principle.rawValue): \(principle.principle.title)",
                            status: principle.status,
                            explanation: principle.reasons.isEmpty
                                ? principle.status.displayName.capitalisedFirst + "."
                                : principle.reasons.joined(separator: "; ").capitalisedFirst + ".")
        }
        let tally = PrincipleStatus.allCases.compactMap { status -> String? in
            let count = fairness.principles.filter { $0.status == status }.count
            return count == 0 ? nil : "\(count) \(status.displayName)"
        }
        var summary = fairness.applicationReason
        if !tally.isEmpty { summary += " Of the four principles: " + tally.joined(separator: ", ") + "." }
        return RecordFairness(summary: summary, principles: principles)
    }

    /// HOOK(waivers): the rules waived for this project. Today a waiver names only its rule; add
    /// the reason, who approved it and when it expires here when the waiver model has them.
    public static func waivers(_ project: Project, _ assessment: Assessment) -> [RecordWaiver] {
        project.waivers.map { RecordWaiver(ruleID: $0.rule, reason: $0.justification, approvedBy: $0.approvedBy, expires: $0.expires) }
    }

    /// The plan's approach, and how it reaches each kind of audience it names (people who use
    /// the services, carers, representatives, groups with protected characteristics, those
    /// facing health inequalities, Healthwatch, staff …), in the plan's order, with the plan's
    /// own words for who and how; and what the file says was done with the health scrutiny
    /// committee and the Secretary of State, which the annual report counts beside the route
    /// the assessment gave (what was done is not always what was assessed).
    public static func plan(_ project: Project, _ assessment: Assessment) -> RecordPlan? {
        guard let plan = project.plan else { return nil }
        let reach = (plan.audiences ?? []).map { audience in
            RecordReach(audience: audience.kind.displayName, how: audience.details ?? notDetailed)
        }
        return RecordPlan(approach: plan.approach?.rawValue, reach: reach, scrutinyStatus: plan.healthScrutiny?.status.rawValue,
                          secretaryOfStateNotified: plan.secretaryOfStateNotified, launchDate: plan.launchDate)
    }

    /// What the record says of an audience the plan names without saying how.
    public static let notDetailed = "named in the plan, without details of how"

    /// Dates for the annual report's table, in date order: the plan's launch and close dates and
    /// the date the decision on the proposal is due (left out when it is the day of the decision
    /// recorded), the decision recorded in the file, and the expected end of a temporary change.
    public static func keyDates(_ project: Project, _ assessment: Assessment) -> [RecordKeyDate] {
        var dates: [RecordKeyDate] = []
        if let plan = project.plan {
            let activity: String
            switch plan.approach {
            case .consult?: activity = "Consultation"
            case .engage?: activity = "Engagement"
            case .coProduce?, .inform?, nil: activity = "Involvement"
            }
            if let launch = plan.launchDate { dates.append(RecordKeyDate(label: activity + " opens", date: launch)) }
            if let close = plan.closeDate { dates.append(RecordKeyDate(label: activity + " closes", date: close)) }
            if let due = plan.decisionDate, due != project.decision?.date {
                dates.append(RecordKeyDate(label: "Decision on the proposal due", date: due))
            }
        }
        if let decision = project.decision {
            dates.append(RecordKeyDate(label: "Decision", date: decision.date))
        }
        if let change = project.temporaryChange, change.isTemporary, let end = change.expectedEnd {
            dates.append(RecordKeyDate(label: "Temporary change expected to end", date: end))
        }
        return dates.enumerated().sorted { a, b in
            a.element.date != b.element.date ? a.element.date < b.element.date : a.offset < b.offset
        }.map(\.element)
    }
}
