/// Settings that are not facts of the project: the date the assessment is made "as of", so
/// that results are reproducible, and the policy whose local figures the rules use.
public struct AssessmentOptions: Sendable {
    /// "Today" for the assessment: a launch date on or before it has already happened.
    public var asOf: CalendarDate
    /// Local good-practice figures (consultation norm, lead times, holiday windows…).
    public var policy: Policy

    public init(asOf: CalendarDate, policy: Policy = .builtIn) {
        self.asOf = asOf
        self.policy = policy
    }
}

/// Runs the rules in the order the guidance sets out: the three-step test, who must be
/// involved, urgency and temporary changes, the common-law duty, the route and the plan's fit to
/// it, and the Gunning principles.
public enum Assessor {
    public static func assess(_ project: Project, options: AssessmentOptions) -> Assessment {
        var recorder = AssessmentRecorder()
        let (verdict, reason, duty, path) = dutyVerdict(project, &recorder)
        recorder.settle(verdict)
        let audiences = WhoMustBeInvolved.evaluate(project, verdict: verdict, &recorder)
        UrgentAndTemporaryChanges.evaluate(project, verdict: verdict, &recorder)
        let commonLawTrigger = CommonLawDutyToConsult.evaluate(project, verdict: verdict, &recorder)
        let route = RouteEvaluation.evaluate(project, verdict: verdict, commonLawTrigger: commonLawTrigger, options: options, &recorder)
        PlanChecks.evaluate(project, verdict: verdict, route: route, options: options, &recorder)
        let fairness = GunningEvaluation.evaluate(project, verdict: verdict, route: route, options: options, &recorder)
        DecisionRecorded.evaluate(project, verdict: verdict, &recorder)

        return Assessment(
            projectID: project.id, projectTitle: project.title, organisation: project.organisation,
            asOf: options.asOf, verdict: verdict, verdictReason: reason, statutoryDuty: duty,
            openQuestions: recorder.openQuestions, audiences: audiences, findings: recorder.findings,
            trail: recorder.trail,
            nextSteps: NextSteps.list(verdict: verdict, findings: recorder.findings, audiences: audiences,
                                      openQuestions: recorder.openQuestions, commonLawTrigger: commonLawTrigger)
                + NextSteps.route(route, fairness: fairness),
            sourceMap: project.sourceMap, route: route, fairness: fairness, policy: options.policy, dutyPath: path)
    }

    /// Steps 1 to 3 of NHS England's three-step process (seed 001, Annex B1).
    private static func dutyVerdict(_ project: Project, _ recorder: inout AssessmentRecorder) -> (DutyVerdict, String, String?, DutyPath) {
        let step1 = Step1BodyAndServices.evaluate(project, &recorder)
        if case .notBound(let reason) = step1 {
            return (.doesNotApply, "Step 1: \(reason).", nil, .of(step1, nil, nil))
        }
        let duty: String? = if case .bound(let duty) = step1 { duty } else { nil }
        let step2 = Step2ActivityType.evaluate(project, &recorder)

        let verdict: DutyVerdict
        let reason: String
        var step3Outcome: Step3Outcome?
        switch step2 {
        case .planning:
            (verdict, reason) = (.applies, "Step 2: the activity is planning, and the duty applies to planning regardless of impact.")
        case .outsideTheDuty:
            (verdict, reason) = (.doesNotApply, "Step 2: the activity is none of planning, a proposal for change or an operational decision.")
        case .impactTest, .unknown:
            let step3 = Step3Impact.evaluate(project, &recorder)
            step3Outcome = step3
            if step2 == .unknown {
                (verdict, reason) = (.undetermined, "Step 2 cannot be answered: the type of activity is not stated.")
            } else {
                switch step3 {
                case .impact: (verdict, reason) = (.applies, "Step 3: there would be an impact on the way services are delivered or on their range.")
                case .likelyImpact: (verdict, reason) = (.likelyApplies, "Step 3: the changes would probably have an impact on the way services are delivered or on their range.")
                case .unknown: (verdict, reason) = (.undetermined, "Step 3 cannot be answered: the file does not say whether there would be an impact, and the changes do not settle it.")
                case .unlikelyImpact: (verdict, reason) = (.unlikelyToApply, "Step 3: the guidance says changes of this kind would not typically affect the way services are delivered or their range.")
                case .noImpact: (verdict, reason) = (.doesNotApply, "Step 3: the organisation declares no impact on the way services are delivered or on their range.")
                }
            }
        }
        let path = DutyPath.of(step1, step2, step3Outcome)
        if case .unknown = step1, verdict != .doesNotApply {
            return (.undetermined, "Step 1 cannot be answered: the file does not say how the organisation stands to the services. " + reason, duty, path)
        }
        return (verdict, reason, duty, path)
    }
}

/// "What to do first": the few actions a non-lawyer should take, most urgent first.
enum NextSteps {
    static func list(verdict: DutyVerdict, findings: [Finding], audiences: [Audience],
                     openQuestions: [OpenQuestion], commonLawTrigger: Bool) -> [String] {
        var steps: [String] = []
        let errors = findings.filter { $0.severity == .error }.count
        if errors > 0 {
            steps.append("Resolve the \(errors) error\(errors == 1 ? "" : "s") under Findings before relying on this assessment.")
        }
        switch verdict {
        case .applies, .likelyApplies:
            if verdict == .likelyApplies {
                steps.append("Confirm the impact on patients and record your reasons; treat the duty as applying unless they show otherwise.")
            }
            let required = audiences.filter(\.required).map { $0.who.lowercased() }
            steps.append("Plan how to involve " + (required.isEmpty ? "the people affected" : required.joined(separator: " and "))
                         + " while options are still open, before any decision is taken.")
            if findings.contains(where: { $0.rule == .peopleEquality && $0.severity >= .warning }) {
                steps.append("Identify the affected groups, including those with protected characteristics and those facing health inequalities.")
            }
        case .undetermined:
            let deciding = openQuestions.filter { $0.decides == .verdict }.count
            steps.append("Answer the \(deciding) open question\(deciding == 1 ? "" : "s") below that decide\(deciding == 1 ? "s" : "") whether the duty applies.")
        case .unlikelyToApply:
            steps.append("Record why patients would not be affected; reassess if the change grows or its specification changes.")
        case .doesNotApply:
            if findings.contains(where: { $0.rule == .dutyOtherBody }) {
                steps.append("Find out which body holds the duty for these services (see Findings) and make sure it assesses the change.")
            } else {
                steps.append("Record the reasons for this conclusion; consider involving people anyway as good practice.")
            }
        }
        if commonLawTrigger {
            steps.append("Take legal advice on the common-law duty to consult.")
        }
        return steps
    }

    /// Route and fairness actions, then the closing reminder to keep the record.
    static func route(_ route: RouteAssessment, fairness: FairnessAssessment) -> [String] {
        var steps: [String] = []
        switch route.scrutiny.level {
        case .required where !route.scrutiny.done:
            steps.append("Consult the local authority's health scrutiny committee formally (reg 23), giving the proposed decision date and the date for comments.")
        case .likely:
            steps.append("Agree with the health scrutiny committee whether the change is substantial; if it is, consult the committee formally (reg 23).")
        case .urgencyExemption where !route.scrutiny.done:
            steps.append("Notify the local authority immediately of the urgent change, with the reasons (reg 23 urgency exemption), and engage people rapidly as an interim measure.")
        default:
            break
        }
        if route.kind == .formalConsultation {
            if route.level == .mayBeRequired {
                steps.append("Take legal advice on whether a formal consultation is required at common law.")
            }
            if !route.preConsultationEngagement.done {
                steps.append("Carry out pre-consultation engagement to shape the options before the formal consultation.")
            }
        }
        if route.notification.level == .required && !route.notification.done {
            steps.append("Notify the Secretary of State of the reconfiguration (notifiable since 31 January 2024).")
        }
        if (route.assurance.level == .required || route.assurance.level == .likely) && !route.assurance.done {
            steps.append("Agree NHS England service change assurance: a pre-consultation business case for Clinical Senate review, before consultation.")
        }
        let failing = fairness.principles.filter { $0.status == .notMet }.map(\.principle.rawValue)
        if !failing.isEmpty {
            steps.append("Fix the plan so that Gunning \(failing.joined(separator: ", ")) \(failing.count == 1 ? "is" : "are") met before launch (see Findings).")
        }
        steps.append("Keep this assessment as the record of when and how you decided to involve people.")
        return steps
    }
}
