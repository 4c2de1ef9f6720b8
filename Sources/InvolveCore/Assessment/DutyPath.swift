/// The path one project took through NHS England's three-step test, step by step, for the
/// picture of the test in the HTML report: which steps were answered, how, and where it stopped.
public struct DutyPath: Sendable, Hashable {
    public enum Mark: String, Sendable, Hashable {
        /// The step is answered in the way that leads on towards the duty.
        case yes
        /// The step is answered in the way that ends the test: the duty does not apply.
        case no
        /// Probably yes, or probably no (step 3, from the kind of change).
        case likely, unlikely
        /// The file does not give what the step needs.
        case unknown
        /// An earlier step ended the test, or made this one unnecessary (planning).
        case notReached = "not-reached"
    }

    public struct Step: Sendable, Hashable {
        public let mark: Mark
        /// A few words: "bound, and responsible for the services", "planning"…
        public let summary: String
    }

    public let step1: Step
    public let step2: Step
    public let step3: Step

    public var steps: [Step] { [step1, step2, step3] }

    static func of(_ step1: Step1Outcome, _ step2: Step2Outcome?, _ step3: Step3Outcome?) -> DutyPath {
        let first: Step
        switch step1 {
        case .bound(let duty): first = Step(mark: .yes, summary: "bound by \(duty) for these services")
        case .notBound: first = Step(mark: .no, summary: "not bound for these services")
        case .unknown: first = Step(mark: .unknown, summary: "how the body stands to the services is not stated")
        }
        let second: Step
        switch step2 {
        case .planning?: second = Step(mark: .yes, summary: "planning: the duty applies whatever the impact")
        case .impactTest?: second = Step(mark: .yes, summary: "a proposal for change or an operational decision: go to step 3")
        case .outsideTheDuty?: second = Step(mark: .no, summary: "none of the three types of activity")
        case .unknown?: second = Step(mark: .unknown, summary: "the type of activity is not stated")
        case nil: second = Step(mark: .notReached, summary: "not reached")
        }
        let third: Step
        switch step3 {
        case .impact?: third = Step(mark: .yes, summary: "an impact on delivery or range")
        case .likelyImpact?: third = Step(mark: .likely, summary: "probably an impact on delivery or range")
        case .unknown?: third = Step(mark: .unknown, summary: "whether there is an impact is not stated")
        case .unlikelyImpact?: third = Step(mark: .unlikely, summary: "changes of this kind typically have no impact")
        case .noImpact?: third = Step(mark: .no, summary: "no impact, as the organisation declares")
        case nil: third = Step(mark: .notReached, summary: step2 == .planning ? "not needed: planning" : "not reached")
        }
        return DutyPath(step1: first, step2: second, step3: third)
    }
}
