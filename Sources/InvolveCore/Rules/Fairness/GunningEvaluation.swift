/// Collects one principle's checks: each either passes (a note), fails (at risk or not met), or
/// lacks a fact (not assessable, with an open question). The principle's status is the worst.
struct PrincipleChecks {
    private(set) var status: PrincipleStatus = .met
    private(set) var problems: [String] = []
    private(set) var notes: [String] = []
    private(set) var missing: [String] = []
    var facts: [Fact] = []

    mutating func pass(_ note: String) { notes.append(note) }

    /// The fact the worst problem concerns: where the principle's finding points.
    private(set) var problemPath: String?

    mutating func fail(_ level: PrincipleStatus, _ problem: String, at path: String? = nil) {
        problems.append(problem)
        if level > status || problemPath == nil, let path { problemPath = path }
        if level > status { status = level }
    }

    mutating func lack(_ what: String) {
        missing.append(what)
        if PrincipleStatus.notAssessable > status { status = .notAssessable }
    }

    /// One yes-or-no fact: `failing` is the answer that is a problem (graded `level`), the other
    /// answer passes, and no answer is a lack with an open question.
    mutating func yesNo(_ value: Bool?, at path: String, failing: Bool, _ level: PrincipleStatus, problem: String,
                        pass passed: String, missing what: String, question: String, because why: String,
                        _ recorder: inout AssessmentRecorder) {
        facts.append(Fact(path, value.map { String($0) } ?? Fact.notStated))
        guard let value else {
            lack(what)
            recorder.ask(path, question, because: why)
            return
        }
        if value == failing { fail(level, problem) } else { pass(passed) }
    }

    /// Records the dates that are missing, naming only those: "the launch date", or "the
    /// launch and decision dates" when both are. A stated date is never called not stated.
    mutating func lackDates(_ dates: [(name: String, value: CalendarDate?)]) {
        let missing = dates.filter { $0.value == nil }.map(\.name)
        guard !missing.isEmpty else { return }
        lack(missing.count == 1 ? "the \(missing[0]) date" : "the " + missing.joined(separator: " and ") + " dates")
    }

    /// The step's answer: the status, then the problems, what is missing, and what passed.
    func answer(_ principle: GunningPrinciple) -> String {
        var parts = ["\(principle.rawValue) \(label(status))."]
        if !problems.isEmpty { parts.append(problems.joined(separator: "; ").capitalisedFirst + ".") }
        if !missing.isEmpty { parts.append("Not stated: " + missing.joined(separator: "; ") + ".") }
        if !notes.isEmpty { parts.append(notes.joined(separator: "; ").capitalisedFirst + ".") }
        return parts.joined(separator: " ")
    }

    /// The problems, then what is not stated, then the notes: built in one array, since every
    /// principle of every plan asks for it.
    var reasons: [String] {
        var reasons = problems
        reasons.reserveCapacity(problems.count + missing.count + notes.count)
        for fact in missing { reasons.append("not stated: " + fact) }
        reasons.append(contentsOf: notes)
        return reasons
    }

    private func label(_ status: PrincipleStatus) -> String {
        switch status {
        case .met: return "met"
        case .atRisk: return "at risk"
        case .notMet: return "not met"
        case .notAssessable: return "not assessable"
        }
    }
}

enum GunningEvaluation {
    static func evaluate(_ project: Project, verdict: DutyVerdict, route: RouteAssessment, options: AssessmentOptions,
                         _ recorder: inout AssessmentRecorder) -> FairnessAssessment {
        evaluate(project.plan, of: project, verdict: verdict, route: route, options: options, &recorder)
    }

    /// The four principles for one involvement exercise (`plan`) of a project: every plan fact is read
    /// from `plan`, so that a project with several exercises can assess each the same way.
    /// `consultation` names another exercise of the project that is the consultation the route
    /// needs, when this one is not it: this one is then judged as advice (see `scope`).
    static func evaluate(_ plan: InvolvementPlan?, of project: Project, verdict: DutyVerdict, route: RouteAssessment,
                         options: AssessmentOptions, consultation: String? = nil,
                         _ recorder: inout AssessmentRecorder) -> FairnessAssessment {
        let (application, reason) = scope(plan, route: route, consultation: consultation)
        recorder.step(.gunningScope, reason, facts: [Fact("$.plan.approach", plan?.approach?.rawValue ?? Fact.notStated),
                                                     Fact("assessment.route.kind", route.kind.rawValue)])
        let formal = application == .formal
        let dutyMayApply = verdict == .applies || verdict == .likelyApplies
        let principles: [PrincipleAssessment]
        if let plan {
            principles = [
                formative(plan, formal: formal, dutyMayApply: dutyMayApply, &recorder),
                information(plan, formal: formal, route: route, &recorder),
                time(plan, formal: formal, urgencyExempt: UrgencyEvidence.of(project, policy: options.policy).justifiesLimitedInvolvement, options: options, &recorder),
                consideration(plan, formal: formal, options: options, &recorder),
            ]
        } else {
            principles = GunningPrinciple.allCases.map { principle in
                let rule = rule(for: principle)
                let answer = "\(principle.rawValue) not assessable: the file has no involvement plan."
                recorder.step(rule, answer, facts: [Fact("$.plan", Fact.notStated)])
                return PrincipleAssessment(principle: principle, ruleID: rule.id, status: .notAssessable,
                                           reasons: ["the file has no involvement plan"], facts: [Fact("$.plan", Fact.notStated)])
            }
        }
        return FairnessAssessment(application: application, applicationReason: reason, principles: principles)
    }

    static func rule(for principle: GunningPrinciple) -> Rule {
        switch principle {
        case .formativeStage: return .gunning1Formative
        case .sufficientInformation: return .gunning2Information
        case .adequateTime: return .gunning3Time
        case .conscientiousConsideration: return .gunning4Conscientious
        }
    }

    /// Substance over labels: when the route needs a formal consultation (statute, scrutiny or the
    /// common law), the plan is judged as one whatever its `approach` calls it; the mismatch itself
    /// is a finding of route-plan-approach. Only when consultation is not needed does the plan's own
    /// approach decide, and then the principles are advice, never a reason to call a failing
    /// principle "met".
    ///
    /// In a project of several exercises only one is the consultation the route needs (the last
    /// that calls itself one, else the latest); the others engage people before it (pre-consultation
    /// engagement) or after it, and are judged as advice, unless they call themselves consultations.
    static func scope(_ plan: InvolvementPlan?, route: RouteAssessment, consultation: String? = nil) -> (GunningApplication, String) {
        if let consultation, plan?.approach != .consult {
            return (.advisory, "As advice: \(consultation) is the consultation the route needs, and this exercise is another stage of the involvement (engagement that shapes or follows it). The principles \"relate to formal consultation but can be informative for other approaches\" (statutory guidance, Annex A2, Fair and proportionate approaches), so findings are one step less severe; a failing principle is never called met.")
        }
        switch (route.kind, plan?.approach) {
        case (_, .consult?):
            return (.formal, "Formally: the plan is a public consultation, to which the Gunning principles apply (statutory guidance, Annex B1, The Gunning Principles).")
        case (.formalConsultation, nil):
            return (.formal, "Formally: the route is formal public consultation and the plan states no other approach, so it is assessed as a consultation.")
        case (.formalConsultation, let approach?):
            return (.formal, "Formally: the route is formal public consultation, so the plan is judged as a consultation whatever it is called. It calls itself \(approach.displayName); that mismatch is reported under route-plan-approach, and what people are given and how long they have are judged as for a consultation.")
        case (_, let approach?):
            return (.advisory, "As advice: the plan is \(approach.displayName), not a formal consultation, and the route does not need one. The principles \"relate to formal consultation but can be informative for other approaches\" (statutory guidance, Annex A2, Fair and proportionate approaches), so findings are one step less severe; a failing principle is never called met.")
        case (_, nil):
            return (.advisory, "As advice: the plan states no approach and the route is not formal consultation. The principles are informative for approaches other than consultation (statutory guidance, Annex A2, Fair and proportionate approaches).")
        }
    }

    /// Severity of a principle's finding: formally, not met is an error and at risk a warning; as
    /// advice, one step less.
    private static func severity(_ status: PrincipleStatus, formal: Bool) -> Severity? {
        switch status {
        case .notMet: return formal ? .error : .warning
        case .atRisk: return formal ? .warning : .info
        case .met, .notAssessable: return nil
        }
    }

    private static func finish(_ principle: GunningPrinciple, _ checks: PrincipleChecks, formal: Bool,
                               severityOverride: Severity? = nil, findingText: String? = nil,
                               _ recorder: inout AssessmentRecorder) -> PrincipleAssessment {
        let rule = rule(for: principle)
        recorder.step(rule, checks.answer(principle), facts: checks.facts)
        if let text = findingText, let severity = severityOverride ?? severity(checks.status, formal: formal) {
            recorder.finding(rule, severity, text, facts: checks.facts, at: checks.problemPath)
        }
        return PrincipleAssessment(principle: principle, ruleID: rule.id, status: checks.status, reasons: checks.reasons, facts: checks.facts)
    }

    static func bool(_ value: Bool?) -> String { value.map { String($0) } ?? Fact.notStated }

    // MARK: G1 formative stage

    private static func formative(_ plan: InvolvementPlan, formal: Bool, dutyMayApply: Bool,
                                  _ recorder: inout AssessmentRecorder) -> PrincipleAssessment {
        var checks = PrincipleChecks()
        checks.facts = [Fact("$.plan.decisionAlreadyTaken", bool(plan.decisionAlreadyTaken)),
                        Fact("$.plan.optionsGenuinelyOpen", bool(plan.optionsGenuinelyOpen)),
                        Fact("$.plan.optionsDeliverable", bool(plan.optionsDeliverable)),
                        Fact("$.plan.launchDate", plan.launchDate?.description ?? Fact.notStated),
                        Fact("$.plan.decisionDate", plan.decisionDate?.description ?? Fact.notStated)]
        let why = "Gunning 1 asks whether the proposal is still at a formative stage."
        switch plan.decisionAlreadyTaken {
        case true?: checks.fail(.notMet, "the decision has already been taken: \"Meaningful consultation cannot take place about a decision that has already been made\" (statutory guidance, Annex B1, The Gunning Principles)", at: "$.plan.decisionAlreadyTaken")
        case false?: checks.pass("the decision has not been taken")
        case nil:
            checks.lack("whether the decision has already been taken")
            recorder.ask("$.plan.decisionAlreadyTaken", "Has the decision, in substance, already been taken?", because: why)
        }
        switch plan.optionsGenuinelyOpen {
        case false?: checks.fail(.notMet, "the options are not all genuinely under consideration: consulting on them \"would be misleading\" (statutory guidance, Annex B1, The Gunning Principles)", at: "$.plan.optionsGenuinelyOpen")
        case true?: checks.pass("the options are genuinely open")
        case nil:
            checks.lack("whether the options are genuinely open")
            recorder.ask("$.plan.optionsGenuinelyOpen", "Is every option put to people genuinely under consideration?", because: why)
        }
        switch plan.optionsDeliverable {
        case false?: checks.fail(.notMet, "an option is undeliverable: consulting on it \"would be misleading\" (statutory guidance, Annex B1, The Gunning Principles)", at: "$.plan.optionsDeliverable")
        case true?: checks.pass("the options are deliverable")
        case nil:
            checks.lack("whether the options are deliverable")
            recorder.ask("$.plan.optionsDeliverable", "Could every option put to people be delivered?", because: why)
        }
        settled(plan.settledInPractice, &checks, &recorder)
        if let launch = plan.launchDate, let decision = plan.decisionDate {
            if decision <= launch {
                checks.fail(.notMet, "the decision date \(decision) is on or before the launch on \(launch): the involvement would follow the decision", at: "$.plan.decisionDate")
            } else {
                checks.pass("the decision (\(decision)) follows the launch (\(launch))")
            }
        } else {
            checks.lackDates([("launch", plan.launchDate), ("decision", plan.decisionDate)])
        }
        // A decision already taken defeats involvement "in the development and consideration of
        // proposals" wherever the statutory duty applies, consultation or not.
        let settledNow = plan.settledInPractice.map { [$0.spendingCommitted, $0.contractsSigned, $0.servicesAlreadyMoved].contains(true) } ?? false
        let decided = plan.decisionAlreadyTaken == true || settledNow || (plan.decisionDate.map { d in plan.launchDate.map { d <= $0 } ?? false } ?? false)
        let override: Severity? = checks.status == .notMet && decided && dutyMayApply ? .error : nil
        let text = checks.status == .notMet
            ? "Gunning 1 not met: " + checks.problems.joined(separator: "; ") + "." + (decided && dutyMayApply ? " The duty to involve requires involvement in the development and consideration of proposals, which a decision already taken leaves no room for." : "") + " Involve people while the proposal is still formative, on options that are genuinely open and deliverable."
            : nil
        return finish(.formativeStage, checks, formal: formal, severityOverride: override, findingText: text, &recorder)
    }

    // MARK: G2 sufficient information

    /// The published documents whose names are plural ("the reasons … are published").
    private static let pluralDocuments: Set<String> = ["reasons", "evaluationCriteria", "alternativesRejected"]

    private static func information(_ plan: InvolvementPlan, formal: Bool, route: RouteAssessment,
                                    _ recorder: inout AssessmentRecorder) -> PrincipleAssessment {
        var checks = PrincipleChecks()
        let documents = plan.publishedDocuments
        let why = "Gunning 2 asks whether people have enough information and reasons to respond intelligently."
        let majorChange = route.assurance.level == .required
        var items: [(key: String, value: Bool?, missingLevel: PrincipleStatus, problem: String, label: String)] = [
            ("proposal", documents?.proposal, .notMet, "the proposal is not published", "the proposal"),
            ("reasons", documents?.reasons, .notMet, "the reasons for the proposal are not published", "the reasons for the proposal"),
            ("evaluationCriteria", documents?.evaluationCriteria, .atRisk,
             "the criteria against which the proposals are judged are not published (statutory guidance, Annex B1, The Gunning Principles: people \"should be made aware of the criteria\")", "the evaluation criteria"),
            ("alternativesRejected", documents?.alternativesRejected, .atRisk,
             "realistic alternatives and why they were rejected are not published (statutory guidance, Annex B1, The Gunning Principles; Moseley)", "the alternatives rejected and why"),
        ]
        if formal {
            items.append(("consultationDocument", documents?.consultationDocument, .atRisk, "there is no consultation document", "a consultation document"))
        }
        if majorChange {
            items.append(("preConsultationBusinessCase", documents?.preConsultationBusinessCase, .atRisk,
                          "the pre-consultation business case is not public (statutory guidance, Annex B3, Applying the principles to major service change: it \"will be publicly available\")", "the pre-consultation business case"))
        }
        for item in items {
            let path = "$.plan.publishedDocuments.\(item.key)"
            let verb = pluralDocuments.contains(item.key) ? "are" : "is"
            checks.facts.append(Fact(path, bool(item.value)))
            switch item.value {
            case false?: checks.fail(item.missingLevel, item.problem, at: path)
            case true?: checks.pass("\(item.label) \(verb) published")
            case nil:
                checks.lack("whether \(item.label) \(verb) published")
                recorder.ask(path, "\(verb.capitalisedFirst) \(item.label) published with the \(formal ? "consultation" : "involvement")?", because: why)
            }
        }

        substance(documents, &checks, &recorder)

        checks.facts.append(Fact("$.plan.launchDate", plan.launchDate?.description ?? Fact.notStated))
        switch plan.accessibleFormats {
        case nil:
            checks.facts.append(Fact("$.plan.accessibleFormats", Fact.notStated))
            checks.lack("which accessible formats are planned")
            recorder.ask("$.plan.accessibleFormats", "Which alternative formats (easy read, large print, BSL, audio, community languages, braille) are planned, and when is each ready?",
                         because: "Alternative formats must be ready at the same time as the main documents (statutory guidance, Annex B3, Applying the principles to major service change).")
        case let formats? where formats.isEmpty:
            checks.facts.append(Fact("$.plan.accessibleFormats", "[]"))
            checks.fail(.atRisk, "no alternative formats are planned (statutory guidance, Annex B3, Applying the principles to major service change: alternative formats \"must be ready at the same time\")", at: "$.plan.accessibleFormats")
        case let formats?:
            var late: [String] = []
            var undated: [String] = []
            for (index, format) in formats.enumerated() {
                checks.facts.append(Fact("$.plan.accessibleFormats[\(index)].format", format.format.rawValue))
                checks.facts.append(Fact("$.plan.accessibleFormats[\(index)].readyDate", format.readyDate?.description ?? Fact.notStated))
                guard let ready = format.readyDate else { undated.append(format.format.displayName); continue }
                if let launch = plan.launchDate, ready > launch { late.append("\(format.format.displayName) (ready \(ready))") }
            }
            if !late.isEmpty, let launch = plan.launchDate {
                checks.fail(.atRisk, "alternative formats are not ready at launch on \(launch): \(late.joined(separator: ", ")) (statutory guidance, Annex B3, Applying the principles to major service change: they \"must be ready at the same time\")", at: "$.plan.accessibleFormats")
            }
            if !undated.isEmpty {
                checks.lack("when \(undated.joined(separator: ", ")) will be ready")
                recorder.ask("$.plan.accessibleFormats", "When is each alternative format ready?",
                             because: "Alternative formats must be ready at the same time as the main documents (statutory guidance, Annex B3, Applying the principles to major service change).")
            } else if plan.launchDate == nil {
                checks.lack("the launch date, to compare with when the formats are ready")
            } else if late.isEmpty {
                checks.pass("alternative formats (\(formats.map(\.format.displayName).joined(separator: ", "))) are ready by launch")
            }
        }
        let text = checks.status == .notMet || checks.status == .atRisk
            ? "Gunning 2 \(checks.status == .notMet ? "not met" : "at risk"): " + checks.problems.joined(separator: "; ") + ". Publish what people need to understand the proposal and respond, in accessible formats ready at launch."
            : nil
        return finish(.sufficientInformation, checks, formal: formal, findingText: text, &recorder)
    }

    // MARK: G3 adequate time

    private static func time(_ plan: InvolvementPlan, formal: Bool, urgencyExempt: Bool, options: AssessmentOptions,
                             _ recorder: inout AssessmentRecorder) -> PrincipleAssessment {
        let policy = options.policy
        var checks = PrincipleChecks()
        let dateFacts = [Fact("$.plan.launchDate", plan.launchDate?.description ?? Fact.notStated),
                         Fact("$.plan.closeDate", plan.closeDate?.description ?? Fact.notStated)]
        checks.facts = dateFacts
        guard let launch = plan.launchDate, let close = plan.closeDate, let range = CalendarDateRange(start: launch, end: close) else {
            if plan.launchDate != nil && plan.closeDate != nil {
                checks.lack("a close date after the launch date (see plan-timeline)")
            } else {
                checks.lackDates([("launch", plan.launchDate), ("close", plan.closeDate)])
            }
            return finish(.adequateTime, checks, formal: formal, &recorder)
        }
        let days = range.days
        let bankHolidays = BankHolidays.englandAndWales(in: range)
        let working = WorkingDays.count(in: range, bankHolidays: bankHolidays)
        checks.facts.append(Fact("assessment.consultationDays", String(days)))
        checks.facts.append(Fact("assessment.workingDays", String(working)))
        checks.facts.append(Fact("assessment.bankHolidays", bankHolidays.isEmpty ? "none" : bankHolidays.map { "\($0.name) \($0.date)" }.joined(separator: ", ")))
        let length = WeeksText.of(days: days)
        let kind = formal ? "consultation" : "involvement period"
        checks.pass("the \(kind) runs \(launch) to \(close): \(days) days (\(length)), \(working) working days, \(bankHolidays.count) bank holiday\(bankHolidays.count == 1 ? "" : "s")")

        // Length. The same figures apply whatever the plan is called: formally for a consultation,
        // as advice otherwise. Engagement has no fixed length, so only the norm is skipped for it;
        // a window too short for people to respond is never "met".
        checks.facts += [policy.fact(.consultationNormWeeks), policy.fact(.consultationMinimumWeeks), policy.fact(.consultationFloorWeeks)]
        checks.facts.append(Fact("$.plan.preConsultationEngagementDone", bool(plan.preConsultationEngagementDone)))
        let rule = Rule.gunning3Length
        let lengthFacts = dateFacts + [Fact("assessment.consultationDays", String(days)),
                           policy.fact(.consultationNormWeeks), policy.fact(.consultationMinimumWeeks), policy.fact(.consultationFloorWeeks),
                           Fact("$.plan.preConsultationEngagementDone", bool(plan.preConsultationEngagementDone))]
        let asAdvice = formal ? "" : " The plan is not a formal consultation, so this is advice; but people asked for their views still need time to give them (statutory guidance, Annex A2, Fair and proportionate approaches)."
        if days < policy.consultationFloorWeeks * 7 {
            let problem = "the \(kind) lasts \(length), less than the floor of \(policy.consultationFloorWeeks) weeks (\(policy.cite(.consultationFloorWeeks)))"
            checks.fail(.notMet, problem)
            recorder.finding(rule, severity(.notMet, formal: formal) ?? .warning, "Gunning 3 not met: " + problem + ". There is no statutory minimum, but the case examples of inadequate time include a consultation of seven days. Lengthen it." + asAdvice, facts: lengthFacts)
        } else if days < policy.consultationMinimumWeeks * 7 && urgencyExempt {
            checks.pass("it lasts \(length), less than the minimum of \(policy.consultationMinimumWeeks) weeks (\(policy.cite(.consultationMinimumWeeks))), but an evidenced urgent risk to patients or staff justifies rapid engagement as an interim measure (statutory guidance, Annex A2, Decisions in urgent situations); the full duties return when the urgency passes")
        } else if days < policy.consultationMinimumWeeks * 7 {
            let problem = "the \(kind) lasts \(length), less than the minimum of \(policy.consultationMinimumWeeks) weeks (\(policy.cite(.consultationMinimumWeeks)))"
            checks.fail(.atRisk, problem)
            recorder.finding(rule, severity(.atRisk, formal: formal) ?? .info, "Gunning 3 at risk: " + problem + ". There is no statutory minimum; a short time for complex proposals may be inadequate (statutory guidance, Annex B1, The Gunning Principles). Lengthen it or record why it is enough." + asAdvice, facts: lengthFacts)
        } else if !formal {
            checks.pass("it lasts at least the minimum of \(policy.consultationMinimumWeeks) weeks (\(policy.cite(.consultationMinimumWeeks))); engagement has no fixed length (South East London toolkit, Appendix: legal duties: \"No time limit\"), so the 12-week norm for consultations does not apply")
        } else if days < policy.consultationNormWeeks * 7 {
            if plan.preConsultationEngagementDone == true {
                checks.pass("it is shorter than the norm of \(policy.consultationNormWeeks) weeks but backed by pre-consultation engagement")
                recorder.finding(rule, .info, "The consultation lasts \(length), shorter than the norm (\(policy.cite(.consultationNormWeeks))), backed by pre-consultation engagement: \"Shorter consultations backed by significant evidence of engagement beforehand may be most effective\" (statutory guidance, Annex B3, Applying the principles to major service change). Record why this length is proportionate.", facts: lengthFacts)
            } else {
                let problem = "the consultation lasts \(length), shorter than the norm of \(policy.consultationNormWeeks) weeks (\(policy.cite(.consultationNormWeeks))), with no pre-consultation engagement recorded"
                checks.fail(.atRisk, problem)
                recorder.finding(rule, .warning, "Gunning 3 at risk: " + problem + ". A shorter consultation can be fair when backed by significant engagement beforehand (statutory guidance, Annex B3, Applying the principles to major service change); otherwise lengthen it or record why it is enough.", facts: lengthFacts)
            }
        } else {
            checks.pass("it is at least the norm of \(policy.consultationNormWeeks) weeks (\(policy.cite(.consultationNormWeeks)))")
        }

        // Holidays.
        let windows = HolidayWindows.windows(overlapping: range, rules: policy.holidayWindows)
        var holidayDays = Set<Int>()
        var windowTexts: [String] = []
        for window in windows {
            guard let shared = range.intersection(window.range) else { continue }
            for day in shared.start.dayNumber...shared.end.dayNumber { holidayDays.insert(day) }
            windowTexts.append("\(window.name) \(window.start) to \(window.end): \(shared.days) days")
        }
        let percent = days > 0 ? holidayDays.count * 100 / days : 0
        let exactPercent = days > 0 ? Double(holidayDays.count) * 100 / Double(days) : 0
        let holidayOnlyFacts = [Fact("assessment.holidayDays", String(holidayDays.count)),
                                Fact("assessment.holidaySharePercent", String(percent)),
                                policy.fact(.holidayWindows), policy.fact(.holidayShareAtRiskPercent)]
        let holidayFacts = dateFacts + holidayOnlyFacts
        checks.facts += holidayOnlyFacts.filter { !checks.facts.contains($0) }
        if !holidayDays.isEmpty {
            let overlapText = "\(holidayDays.count) of its \(days) days (\(percent)%) fall in holiday windows (\(windowTexts.joined(separator: "; ")); windows from \(policy.reference(.holidayWindows)))"
            if exactPercent >= Double(policy.holidayShareAtRiskPercent) {
                let rule = Rule.gunning3Holidays
                if days < policy.consultationMinimumWeeks * 7 {
                    let problem = overlapText + ", at or above the \(policy.holidayShareAtRiskPercent)% threshold (\(policy.cite(.holidayShareAtRiskPercent))), in a \(kind) shorter than \(policy.consultationMinimumWeeks) weeks (\(policy.cite(.consultationMinimumWeeks)))"
                    checks.fail(.notMet, problem)
                    recorder.finding(rule, formal ? .error : .warning, "Gunning 3 not met: " + problem + ". A time period \"may be inadequate if it is during a holiday period\" (statutory guidance, Annex B1, The Gunning Principles), and the case examples of inadequate time include about four weeks over Christmas for a complex proposal. This is the policy's threshold, not a rule of law: move or lengthen the consultation.", facts: holidayFacts)
                } else {
                    let problem = overlapText + ", at or above the \(policy.holidayShareAtRiskPercent)% threshold (\(policy.cite(.holidayShareAtRiskPercent)))"
                    checks.fail(.atRisk, problem)
                    recorder.finding(rule, formal ? .warning : .info, "Gunning 3 at risk: " + problem + ". A time period \"may be inadequate if it is during a holiday period\" (statutory guidance, Annex B1, The Gunning Principles): extend it by at least \(holidayDays.count) days or move it.", facts: holidayFacts)
                }
            } else {
                checks.pass(overlapText + ", below the \(policy.holidayShareAtRiskPercent)% threshold (\(policy.cite(.holidayShareAtRiskPercent)))")
                recorder.finding(.gunning3Holidays, .info, "\(holidayDays.count) days of the \(kind) (\(percent)%) fall in holiday windows (\(windowTexts.joined(separator: "; ")); windows from \(policy.reference(.holidayWindows))), below the \(policy.holidayShareAtRiskPercent)% threshold (\(policy.cite(.holidayShareAtRiskPercent))). Consider extending it by that many days.", facts: holidayFacts)
            }
        } else {
            checks.pass("no day falls in a holiday window")
        }

        // Pre-election periods.
        let periods = PreElectionPeriods.periods(overlapping: range, rules: policy.preElection)
        let electionFacts = dateFacts + [policy.fact(.preElection)]
        checks.facts.append(policy.fact(.preElection))
        if let period = periods.first(where: { $0.range.contains(launch) }) {
            let problem = "it launches on \(launch), inside the pre-election period for \(period.name) (\(period.start) to polling day \(period.pollingDay); \(policy.cite(.preElection)))"
            checks.fail(.atRisk, problem)
            recorder.finding(.gunning3PreElection, formal ? .warning : .info,
                             "Gunning 3 at risk: " + problem + ". Consultation \"should generally not be launched\" in a pre-election period (statutory guidance, Annex B3, Applying the principles to major service change): launch after polling day, or record why it cannot wait.",
                             facts: electionFacts)
        } else if let period = periods.first {
            checks.pass("it does not launch in a pre-election period, but runs into the one for \(period.name) (\(period.start) to \(period.pollingDay)); take care with announcements then")
        } else {
            checks.pass("it does not touch a pre-election period")
        }
        return finish(.adequateTime, checks, formal: formal, &recorder)
    }

    // MARK: G4 conscientious consideration

    /// Time from close to decision proportionate to the responses expected: the analysts' own
    /// estimate for the number expected, not a figure guessed here.
    private static func proportionateAnalysisTime(_ plan: InvolvementPlan, _ checks: inout PrincipleChecks,
                                                  _ recorder: inout AssessmentRecorder) {
        let analysis = plan.responseAnalysis
        if let expected = analysis?.expectedResponses {
            checks.facts.append(Fact("$.plan.responseAnalysis.expectedResponses", String(expected)))
        }
        checks.facts.append(Fact("$.plan.responseAnalysis.weeksToAnalyse", analysis?.weeksToAnalyse.map { String($0) } ?? Fact.notStated))
        let expectedText = analysis?.expectedResponses.map { " for the \($0) responses expected" } ?? ""
        guard let weeks = analysis?.weeksToAnalyse else {
            checks.lack("how long analysing the responses expected will take")
            recorder.ask("$.plan.responseAnalysis.weeksToAnalyse", "How many weeks will the analysts need to analyse the responses expected and report them to the decision-makers?",
                         because: "Gunning 4 needs time between the close and the decision proportionate to the responses, so that decision-makers can consider them conscientiously.")
            return
        }
        guard let close = plan.closeDate, let decision = plan.decisionDate else { return }
        let gap = close.days(until: decision)
        if gap < weeks * 7 {
            checks.fail(.atRisk, "only \(WeeksText.of(days: max(gap, 0))) between the close and the decision, less than the \(weeks) weeks the analysts need\(expectedText)")
        } else {
            checks.pass("the time between the close and the decision allows the \(weeks) weeks the analysts need\(expectedText)")
        }
    }

    private static func consideration(_ plan: InvolvementPlan, formal: Bool, options: AssessmentOptions,
                                      _ recorder: inout AssessmentRecorder) -> PrincipleAssessment {
        let policy = options.policy
        var checks = PrincipleChecks()
        let why = "Gunning 4 asks whether decision-makers can show they conscientiously took the responses into account."
        checks.facts = [Fact("$.plan.closeDate", plan.closeDate?.description ?? Fact.notStated),
                        Fact("$.plan.decisionDate", plan.decisionDate?.description ?? Fact.notStated),
                        policy.fact(.analysisMinimumWeeks)]
        if let close = plan.closeDate, let decision = plan.decisionDate {
            let gap = close.days(until: decision)
            checks.facts.append(Fact("assessment.analysisDays", String(gap)))
            if gap <= 0 {
                checks.fail(.notMet, "the decision date \(decision) is on or before the close on \(close), so the responses cannot be taken into account", at: "$.plan.decisionDate")
            } else if gap < policy.analysisMinimumWeeks * 7 {
                checks.fail(.atRisk, "only \(WeeksText.of(days: gap)) between the close (\(close)) and the decision (\(decision)) to analyse the responses, less than the \(policy.analysisMinimumWeeks) weeks the policy asks for (\(policy.cite(.analysisMinimumWeeks)))", at: "$.plan.decisionDate")
            } else {
                checks.pass("\(WeeksText.of(days: gap)) between the close and the decision, at least the \(policy.analysisMinimumWeeks) weeks the policy asks for (\(policy.cite(.analysisMinimumWeeks)))")
            }
        } else {
            checks.lackDates([("close", plan.closeDate), ("decision", plan.decisionDate)])
        }
        proportionateAnalysisTime(plan, &checks, &recorder)

        let analysis = plan.responseAnalysis
        checks.facts.append(Fact("$.plan.responseAnalysis.by", analysis?.by ?? Fact.notStated))
        checks.facts.append(Fact("$.plan.responseAnalysis.independent", bool(analysis?.independent)))
        switch analysis?.independent {
        case false?:
            checks.fail(.atRisk, "the responses will not be analysed independently (statutory guidance, Annex B3, Applying the principles to major service change: \"independently consolidated and considered\")", at: "$.plan.responseAnalysis.independent")
        case true?:
            checks.pass("the responses will be analysed independently" + (analysis?.by.map { " by \($0)" } ?? ""))
        case nil:
            checks.lack("who will analyse the responses, and whether independently")
            recorder.ask("$.plan.responseAnalysis.independent", "Who will analyse the responses, and are they independent of the team making the proposal?", because: why)
        }
        checks.yesNo(analysis?.fullAnalysisToDecisionMakers, at: "$.plan.responseAnalysis.fullAnalysisToDecisionMakers", failing: false, .atRisk,
                     problem: "the decision-makers will not receive the full analysis of the responses: they must be able to show they considered what was said (statutory guidance, Annex B1, The Gunning Principles; Stephenson [2019] EWHC 519 (Admin): consultees' evidence not taken into account made the decision unlawful)",
                     pass: "the decision-makers receive the full analysis of the responses",
                     missing: "whether the decision-makers receive the full analysis of the responses",
                     question: "Will the decision-makers receive the full analysis of the responses, not only a summary?", because: why, &recorder)
        checks.yesNo(analysis?.conflictOfInterest, at: "$.plan.responseAnalysis.conflictOfInterest", failing: true, .atRisk,
                     problem: "whoever analyses the responses has a conflict of interest in the outcome (statutory guidance, Annex B3, Applying the principles to major service change: responses \"independently consolidated and considered\")",
                     pass: "those analysing the responses have no conflict of interest",
                     missing: "whether those analysing the responses have a conflict of interest",
                     question: "Does whoever analyses the responses have a conflict of interest in the outcome?", because: why, &recorder)
        checks.facts.append(Fact("$.plan.decisionInPublic", bool(plan.decisionInPublic)))
        switch plan.decisionInPublic {
        case false?: checks.fail(.atRisk, "the decision will not be made in public (statutory guidance, Annex B3, Applying the principles to major service change: it \"should be made in public and communicated clearly\")", at: "$.plan.decisionInPublic")
        case true?: checks.pass("the decision will be made in public")
        case nil:
            checks.lack("whether the decision will be made in public")
            recorder.ask("$.plan.decisionInPublic", "Will the decision be made in public?", because: why)
        }
        checks.facts.append(Fact("$.plan.feedback.planned", bool(plan.feedback?.planned)))
        if let description = plan.feedback?.description { checks.facts.append(Fact("$.plan.feedback.description", description)) }
        switch plan.feedback?.planned {
        case false?: checks.fail(.atRisk, "there is no plan to tell people what changed and what did not (statutory guidance, 4. Ten principles for working with people and communities)", at: "$.plan.feedback.planned")
        case true?: checks.pass("feedback to people is planned")
        case nil:
            checks.lack("whether people will be told what changed and what did not")
            recorder.ask("$.plan.feedback.planned", "How will people hear what changed as a result, and what did not and why?", because: why)
        }
        let text = checks.status == .notMet || checks.status == .atRisk
            ? "Gunning 4 \(checks.status == .notMet ? "not met" : "at risk"): " + checks.problems.joined(separator: "; ") + ". Leave time to analyse the responses and show how they were taken into account."
            : nil
        return finish(.conscientiousConsideration, checks, formal: formal, findingText: text, &recorder)
    }
}
