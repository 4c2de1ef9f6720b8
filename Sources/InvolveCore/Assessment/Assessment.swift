/// The result of assessing one project: the verdict and what to do first, who must be
/// involved, findings, open questions, and the ordered rationale trail behind all of it.
public struct Assessment: Sendable {
    public let projectID: String
    public let projectTitle: String
    public let organisation: Organisation
    public let asOf: CalendarDate
    public let verdict: DutyVerdict
    /// One or two sentences saying why, in plain words.
    public let verdictReason: String
    /// The statutory duty in play, for example "NHS Act 2006 s14Z45", or nil when none binds.
    public let statutoryDuty: String?
    public let openQuestions: [OpenQuestion]
    public let audiences: [Audience]
    public let findings: [Finding]
    public let trail: [TrailStep]
    public let nextSteps: [String]
    /// Where each fact was read (JSON path to line and column).
    public let sourceMap: SourceMap
    /// Which route the project needs, with scrutiny, notification, assurance and
    /// pre-consultation engagement beside it.
    public let route: RouteAssessment
    /// The four Gunning principles, applied formally or as advice.
    public let fairness: FairnessAssessment
    /// The policy whose figures the assessment used (built-in `involve-default` unless overridden).
    public let policy: Policy
    /// How the three-step test went, step by step (the HTML report draws it).
    public let dutyPath: DutyPath
    /// Each body's own duty (the organisation, then each party), for a header that names them all.
    public var bodies: [BodyDuty] = []
    /// Each exercise's Gunning principles at its own stage, oldest first; `fairness` is the last's.
    public var exercises: [ExerciseFairness] = []
}

/// Accumulates the trail, findings and questions as the rules run, in the order they run.
struct AssessmentRecorder {
    private(set) var trail: [TrailStep] = []
    private(set) var findings: [Finding] = []
    private(set) var openQuestions: [OpenQuestion] = []
    /// False when no output will print the trail (brief text): `step` then composes nothing.
    /// Findings and questions are recorded either way, so every conclusion is the same.
    let keepsTrail: Bool

    init(keepsTrail: Bool = true) {
        self.keepsTrail = keepsTrail
    }

    /// Records a trail step. The answer and facts are composed only when the trail is kept:
    /// building the wording is much of an assessment's work, and brief text never prints it.
    mutating func step(_ rule: Rule, _ answer: @autoclosure () -> String, facts: @autoclosure () -> [Fact]) {
        guard keepsTrail else { return }
        trail.append(TrailStep(rule: rule, answer: answer(), facts: facts()))
    }

    /// Records a finding; `at` names the fact it concerns when that is not its first fact.
    mutating func finding(_ rule: Rule, _ severity: Severity, _ message: String, facts: [Fact], at location: String? = nil) {
        findings.append(Finding(rule: rule, severity: severity, message: message, facts: facts, location: location))
    }

    /// Records a question. `decides` says what its answer can change: pass `.verdict` or
    /// `.route` only when a different answer would change that conclusion.
    mutating func ask(_ path: String, _ question: String, because whyItMatters: String,
                      decides: OpenQuestion.Decides = .plan) {
        let question = OpenQuestion(path: path, question: question, whyItMatters: whyItMatters, decides: decides)
        if let index = openQuestions.firstIndex(where: { $0.path == question.path && $0.question == question.question }) {
            // Asked twice, for two reasons: it keeps the stronger one.
            if openQuestions[index].decides == .plan && question.decides != .plan { openQuestions[index] = question }
        } else {
            openQuestions.append(question)
        }
    }

    /// Takes in another recorder's trail, findings and questions as they are (each question
    /// asked again, so that one asked by both is kept once, as `ask` keeps it).
    mutating func absorbUnchanged(_ other: AssessmentRecorder) {
        if keepsTrail { trail.append(contentsOf: other.trail) }
        findings.append(contentsOf: other.findings)
        for question in other.openQuestions {
            ask(question.path, question.question, because: question.whyItMatters, decides: question.decides)
        }
    }

    /// Once the three-step test has reached "applies" or "does not apply", the questions it
    /// asked on the way (one impact dimension, when the other already shows an impact) can no
    /// longer change the verdict: they stay as questions, but not as ones the verdict waits on.
    mutating func settle(_ verdict: DutyVerdict) {
        guard verdict == .applies || verdict == .doesNotApply else { return }
        openQuestions = openQuestions.map { question in
            guard question.decides == .verdict else { return question }
            return OpenQuestion(path: question.path, question: question.question,
                                whyItMatters: question.whyItMatters, decides: .plan)
        }
    }
}
