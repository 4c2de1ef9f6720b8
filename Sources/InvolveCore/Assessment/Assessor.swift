/// Settings that are not facts of the project: the date the assessment is made "as of", so
/// that results are reproducible, and the policy whose local figures the rules use.
public struct AssessmentOptions: Sendable {
    /// "Today" for the assessment: a launch date on or before it has already happened.
    public var asOf: CalendarDate
    /// Local good-practice figures (consultation norm, lead times, holiday windows…).
    public var policy: Policy
    /// False when no output will print the rationale trail (brief text, a first screen): the
    /// assessment's `trail` is then empty, and its steps' wording is never composed. The
    /// verdict, route, findings, questions and next steps are the same either way.
    public var keepsTrail: Bool

    public init(asOf: CalendarDate, policy: Policy = .builtIn, keepsTrail: Bool = true) {
        self.asOf = asOf
        self.policy = policy
        self.keepsTrail = keepsTrail
    }
}

/// Runs the rules in the order the guidance sets out: the three-step test, who must be
/// involved, urgency and temporary changes, the common-law duty, the route and the plan's fit to
/// it, and the Gunning principles.
public enum Assessor {
    public static func assess(_ project: Project, options: AssessmentOptions) -> Assessment {
        var recorder = AssessmentRecorder(keepsTrail: options.keepsTrail)
        let (verdict, reason, duty, path) = dutyVerdict(project, &recorder)
        recorder.settle(verdict)
        let audiences = WhoMustBeInvolved.evaluate(project, verdict: verdict, asOf: options.asOf, &recorder)
        UrgentAndTemporaryChanges.evaluate(project, verdict: verdict, options: options, &recorder)
        let commonLawTrigger = CommonLawDutyToConsult.evaluate(project, verdict: verdict, &recorder)
        let exercises = StagedExercise.all(project, asOf: options.asOf)
        let stage = ProjectStageEvaluation.evaluate(project, exercises: exercises, asOf: options.asOf, &recorder)
        // The route is the project's, judged with its latest exercise (`plan`); every exercise then
        // gets its own plan and Gunning checks, as advice before it launches and as history after it closes.
        let routeExercise = exercises.last
        var routeRecorder = AssessmentRecorder(keepsTrail: options.keepsTrail)
        let route = RouteEvaluation.evaluate(project, verdict: verdict, commonLawTrigger: commonLawTrigger, options: options, &routeRecorder)
        // A format 2 file with no exercise yet: the rules' `$.plan` is the missing `$.exercises`.
        let planPath = routeExercise?.path ?? (project.formatVersion >= 2 ? "$.exercises" : "$.plan")
        recorder.absorb(routeRecorder, path: planPath)
        var eachExercise: [ExerciseFairness] = []
        let fairness = ExerciseAssessment.evaluate(project, exercises: exercises, planPath: planPath, verdict: verdict,
                                                   route: route, options: options, &recorder, each: &eachExercise)
        EarlierExercises.evaluate(project, exercises: exercises, verdict: verdict, &recorder)
        ProposalDecisions.evaluate(project, exercises: exercises, verdict: verdict, options: options, &recorder)
        ImplementationReview.evaluate(project, exercises: exercises, stage: stage, &recorder)
        PublicSectorEqualityDuty.evaluate(project, &recorder)
        DecisionRecorded.evaluate(project, verdict: verdict, &recorder)

        return Assessment(
            projectID: project.id, projectTitle: project.title, organisation: project.organisation,
            asOf: options.asOf, verdict: verdict, verdictReason: reason, statutoryDuty: duty,
            openQuestions: recorder.openQuestions, audiences: audiences, findings: recorder.findings,
            trail: recorder.trail,
            nextSteps: NextSteps.list(verdict: verdict, findings: recorder.findings, audiences: audiences,
                                      openQuestions: recorder.openQuestions, commonLawTrigger: commonLawTrigger,
                                      outsideNHS: RouteContext.outsideNHSRoutes(project), stage: stage,
                                      substantivePromise: project.promises.contains { $0.about != .consultation })
                + NextSteps.route(route, fairness: fairness, stage: stage,
                                  jointScrutiny: (project.services?.localAuthorityAreas?.count ?? 0) > 1),
            sourceMap: project.sourceMap, route: route, fairness: fairness, policy: options.policy, dutyPath: path,
            bodies: BodyDuty.all(project, audiences: audiences), exercises: eachExercise)
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
                     openQuestions: [OpenQuestion], commonLawTrigger: Bool, outsideNHS: String? = nil,
                     stage: ProjectStage = .planning, substantivePromise: Bool = false) -> [String] {
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
            let people = required.isEmpty ? "the people affected" : required.joined(separator: " and ")
            switch stage {
            case .earlyIdea, .planning, .preConsultationEngagement:
                steps.append("Plan how to involve " + people + " while options are still open, before any decision is taken.")
            case .engagementOpen, .consultationOpen:
                steps.append("While the exercise is open, make sure it reaches " + people + ".")
            case .closedAwaitingDecision:
                steps.append("Before deciding, take the responses into account conscientiously, and check that " + people + " were involved (the exercises are judged as history below).")
            case .decided, .implementing:
                steps.append("Keep the record showing how " + people + " were involved before the decision (the exercises are judged as history below).")
            }
            if findings.contains(where: { $0.rule == .peopleEquality && $0.severity >= .warning }) {
                steps.append("Identify the affected groups, including those with protected characteristics and those facing health inequalities.")
            }
        case .undetermined:
            let deciding = openQuestions.filter { $0.decides == .verdict }.count
            steps.append("Answer the \(deciding) open question\(deciding == 1 ? "" : "s") below that decide\(deciding == 1 ? "s" : "") whether the duty applies.")
        case .unlikelyToApply:
            steps.append("Record why patients would not be affected; reassess if the change grows or its specification changes.")
        case .doesNotApply:
            if let outsideNHS, !commonLawTrigger {
                steps.append("No NHS involvement duty or NHS route applies (\(outsideNHS)). The body's own duties remain: due regard under the public sector equality duty, and any statute for this service that requires consultation; the file points to no common-law duty to consult.")
            } else if outsideNHS != nil {
                steps.append("No NHS involvement duty or NHS route applies (\(outsideNHS ?? "")); the body's own duties decide what it must do.")
            } else if findings.contains(where: { $0.rule == .dutyOtherBody }) {
                steps.append("Find out which body holds the duty for these services (see Findings) and make sure it assesses the change.")
            } else {
                steps.append("Record the reasons for this conclusion; consider involving people anyway as good practice.")
            }
        }
        if commonLawTrigger {
            steps.append("Take legal advice on the common-law duty to consult.")
        }
        // A promise about the service or the place itself (not a promise to consult), which
        // common-law-consult reports: breaking it needs an overriding public interest (Coughlan).
        if substantivePromise {
            steps.append("Take legal advice before going back on a promise made to the people affected about the service or the place (see Findings): consult those it was made to, and record the overriding public interest that justifies it.")
        }
        return steps
    }

    /// Route and fairness actions, then the closing reminder to keep the record.
    static func route(_ route: RouteAssessment, fairness: FairnessAssessment, stage: ProjectStage = .planning,
                      jointScrutiny: Bool = false) -> [String] {
        var steps: [String] = []
        let decided = stage == .decided || stage == .implementing
        switch route.scrutiny.level {
        case .required where !route.scrutiny.done && decided:
            steps.append("Take legal advice: the file does not record that the health scrutiny committee was consulted (reg 23) before the decision.")
        case .required where !route.scrutiny.done:
            steps.append((jointScrutiny ? "Consult the local authorities, through the joint health scrutiny committee they must appoint (reg 30), formally (reg 23)"
                                        : "Consult the local authority's health scrutiny committee formally (reg 23)")
                         + ", giving the proposed decision date and the date for comments.")
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
            if !route.preConsultationEngagement.done && [.earlyIdea, .planning, .preConsultationEngagement].contains(stage) {
                steps.append("Carry out pre-consultation engagement to shape the options before the formal consultation.")
            }
        }
        if route.notification.level == .required && !route.notification.done && decided {
            steps.append("Take legal advice: the file does not record that the Secretary of State was notified of this notifiable reconfiguration before the decision.")
        } else if route.notification.level == .required && !route.notification.done {
            steps.append("Notify the Secretary of State of the reconfiguration (notifiable since 31 January 2024).")
        }
        if (route.assurance.level == .required || route.assurance.level == .likely) && !route.assurance.done {
            steps.append("Agree NHS England service change assurance: a pre-consultation business case for Clinical Senate review, before consultation.")
        }
        let failing = fairness.principles.filter { $0.status == .notMet }.map(\.principle.rawValue)
        if !failing.isEmpty {
            switch stage {
            case .closedAwaitingDecision:
                steps.append("The exercise that ran fell short of Gunning \(failing.joined(separator: ", ")) (see Findings): before deciding, weigh whether the decision can fairly rest on it, or involve people again on what it lacked.")
            case .decided, .implementing:
                steps.append("The exercise the decision rested on fell short of Gunning \(failing.joined(separator: ", ")) (see Findings): take legal advice on the risk of challenge and on involving people again.")
            case .engagementOpen, .consultationOpen:
                steps.append("The exercise is running and falls short of Gunning \(failing.joined(separator: ", ")) (see Findings): put it right while it is open (extend it, publish what is missing), or record why it is fair.")
            case .earlyIdea, .planning, .preConsultationEngagement:
                steps.append("Fix the plan so that Gunning \(failing.joined(separator: ", ")) \(failing.count == 1 ? "is" : "are") met before launch (see Findings).")
            }
        }
        steps.append("Keep this assessment as the record of when and how you decided to involve people.")
        return steps
    }
}
