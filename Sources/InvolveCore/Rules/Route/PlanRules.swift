/// Checks of the involvement plan against the law, the guidance and the policy: who it reaches,
/// whether its dates hang together, and whether it leaves the time to plan that the policy asks.
extension Rule {
    static let planServiceUsers = Rule(
        id: "plan-service-users",
        area: .route,
        title: "The plan reaches the people who use the services",
        question: "Does the plan involve the people who use or may use the services (for trusts: directly or through representatives)?",
        explanation: """
            The duty is to involve the individuals to whom the services are being or may be provided (NHS \
            England and ICBs), or the users of the services, directly or through representatives (trusts). A plan \
            whose audiences leave them out is an error where the duty applies or is likely to.
            """,
        citations: [
            .statute("s14Z45(2); s13Q(2)", "individuals to whom the services are being or may be provided"),
            .statute("s242(1B)", "users of those services, whether directly or through representatives"),
        ])

    static let planCarersRepresentatives = Rule(
        id: "plan-carers-representatives",
        area: .route,
        title: "NHS England and ICB plans include carers and representatives",
        question: "Does an NHS England or ICB plan involve carers and representatives?",
        explanation: """
            Since the Health and Care Act 2022, NHS England and ICBs must make arrangements that secure the \
            involvement of the individuals' carers and representatives (if any). A plan without carers, or without \
            any representatives, is an error. Representatives may include advocates and family members who help \
            organise care, councillors and community leaders, VCSE organisations and local Healthwatch, so those \
            audiences count as representatives. If the people affected genuinely have no carers or \
            representatives, record why and waive the finding. For trusts carers are good practice.
            """,
        citations: [
            .guidance("Annex B1, Individuals, carers and representatives", lines: "1042",
                      "this change makes it a legal requirement for arrangements for public involvement to secure the involvement of carers and representatives (if any)"),
            .statute("s14Z45(2); s13Q(2)", "and their carers and representatives (if any)"),
            .guidance("Annex B1", lines: "1044",
                      "young carers, individual patients' advocates or family members who help organise their care, as well as councillors and community leaders, VCSE sector organisations, local Healthwatch"),
        ])

    static let planEqualityGroups = Rule(
        id: "plan-equality-groups",
        area: .route,
        title: "The plan reaches affected groups with protected characteristics or facing health inequalities",
        question: "Do the plan's audiences include the affected groups with protected characteristics and those facing health inequalities, and is the equality impact assessment done?",
        explanation: """
            Involvement plans should include all affected groups and prioritise those facing the greatest \
            inequalities; NHS bodies must have due regard to the public sector equality duty. When the file lists \
            affected groups with protected characteristics, or facing health inequalities, and the plan's \
            audiences do not include such groups, the finding is a warning. An equality impact assessment not \
            started is a warning on an engagement or consultation route.
            """,
        citations: [
            Citation(.equalityAct2010, "s149 (public sector equality duty)"),
            .guidance("Annex A2, Equality considerations", lines: "723",
                      "Involvement plans should consider how to include all groups affected… and prioritise hearing from those affected by the greatest inequalities."),
            .guidance("Annex A2", lines: "717", "an equality and health inequality impact assessment"),
            .nenc("Involvement Planning – Step by Step Overview", lines: "247", "You will need to carry out an equality impact assessment."),
        ])

    static let planHealthwatchStaff = Rule(
        id: "plan-healthwatch-staff",
        area: .route,
        title: "The plan includes local Healthwatch and, where affected, staff",
        question: "Does the plan include local Healthwatch, and staff where they are affected?",
        explanation: """
            Every effort should be made to include local Healthwatch early (a warning on a consultation route, \
            advice otherwise), and organisations should include their employees (a warning when staff are affected \
            and the plan leaves them out). Guidance, not statute.
            """,
        citations: [
            .guidance("Annex B3", lines: "1198", "Every effort should be made to include local Healthwatch organisations in the decisionmaking process at an early stage"),
            .guidance("Annex A3, Workforce", lines: "998", "organisations should take care to include their employees as part of this group"),
        ])

    static let planTimeline = Rule(
        id: "plan-timeline",
        area: .route,
        title: "The plan's dates are in order",
        question: "Do planning start, launch, close and decision dates follow one another?",
        explanation: """
            Planning starts before launch; the involvement closes after it launches. A close before the launch, \
            or planning that starts after the launch, is an error in the plan. The decision date is checked \
            against the launch (Gunning 1) and the close (Gunning 4).
            """,
        citations: [
            .guidance("Annex A1, Different ways of working with people and communities (three main pitfalls)", lines: "551",
                      "Service design and service changes should be planned to achievable timescales that allow for early, ongoing and effective public involvement"),
        ])

    static let planLeadTime = Rule(
        id: "plan-lead-time",
        area: .route,
        title: "Time to plan before speaking to people",
        question: "Does the plan leave the planning time the policy asks for before launch, and a budget?",
        explanation: """
            The toolkits ask for time to plan and prepare before speaking to people: at least 6-8 weeks (north \
            east and north Cumbria), at least two months (south east London). The policy figure \
            planningLeadWeeks (built-in 8) is measured from the planning start date to the launch; without a \
            planning start date it is not assessable and the file is asked for one (never measured from the \
            as-of date). Shorter is a warning. A plan with no budget gets advice. \
            Not applied to urgent interim changes.
            """,
        citations: [
            .nenc("Involvement Planning – Step by Step Overview", lines: "250",
                  "you need a minimum of 6-8 weeks before you start to speak to people to properly plan and prepare engagement activity"),
            .sel("Top tips", lines: "524", "Allow at least two months to plan and recruit participants"),
            .guidance("4. Ten principles for working with people and communities, principle 2", lines: "418", "Take time to plan and budget for participation and start involving people as early as possible"),
            Citation(.involvePolicy, "planningLeadWeeks (built-in default 8)"),
        ])

    static let planProgrammeLength = Rule(
        id: "plan-programme-length",
        area: .route,
        title: "Time from the start of planning to the decision",
        question: "Does the programme, from planning start to decision, allow the time the policy asks for?",
        explanation: """
            The north east and north Cumbria toolkit asks for at least four to six months for engagement that \
            does not need formal consultation, and at least nine to twelve months for a formal consultation \
            (preparation, pre-consultation engagement, consultation, analysis). The policy figures \
            engagementProgrammeMonths (built-in 4) and consultationProgrammeMonths (built-in 9) are compared with \
            the months from the planning start date to the decision date; shorter is a warning.
            """,
        citations: [
            .nenc("Timescales and budget", lines: "272", "When planning to do engagement that does not require formal public consultation. Please allow at least four to six months."),
            .nenc("Timescales and budget", lines: "280", "If planning for formal public consultation, please allow at least nine to 12 months."),
            Citation(.involvePolicy, "engagementProgrammeMonths (built-in default 4); consultationProgrammeMonths (built-in default 9)"),
        ])
}

enum PlanChecks {
    static func evaluate(_ project: Project, verdict: DutyVerdict, route: RouteAssessment, options: AssessmentOptions,
                         _ recorder: inout AssessmentRecorder) {
        let involving = route.kind == .engagement || route.kind == .formalConsultation
        guard let plan = project.plan else {
            if involving {
                recorder.ask("$.plan", "What is the involvement plan: approach, dates, audiences, published documents?",
                             because: "The route is \(route.kind.headline.lowercased()); without a plan, neither the plan's fit to the route nor its fairness can be assessed.")
            }
            return
        }
        // The reg 23 urgency exemption, as the route reads it (RouteContext.urgencyExempt).
        let urgencyExempt = UrgencyEvidence.of(project, policy: options.policy).justifiesLimitedInvolvement
        audiences(project, plan: plan, verdict: verdict, route: route, options: options, &recorder)
        equality(project, plan: plan, route: route, &recorder)
        healthwatchAndStaff(project, plan: plan, route: route, &recorder)
        AudienceLeftOut.evaluate(project, plan: plan, verdict: verdict, &recorder)
        timeline(plan, involving: involving, &recorder)
        let speaksToPeople = involving || (plan.approach != nil && plan.approach != .inform)
        if !urgencyExempt && speaksToPeople {
            leadTime(plan, route: route, options: options, &recorder)
            programme(plan, route: route, options: options, &recorder)
        }
    }

    static func audienceFacts(_ plan: InvolvementPlan) -> [Fact] {
        guard let audiences = plan.audiences else { return [Fact("$.plan.audiences", Fact.notStated)] }
        if audiences.isEmpty { return [Fact("$.plan.audiences", "[]")] }
        return audiences.enumerated().map { index, audience in
            Fact("$.plan.audiences[\(index)].kind", audience.kind.rawValue + (audience.details.map { " (\($0))" } ?? ""))
        }
    }

    // MARK: Audiences required by statute

    private static func audiences(_ project: Project, plan: InvolvementPlan, verdict: DutyVerdict, route: RouteAssessment,
                                  options: AssessmentOptions, _ recorder: inout AssessmentRecorder) {
        // With several bodies, the widest duty decides: a commissioner's (carers and
        // representatives too) before a trust's.
        let bodies = project.bodies
        guard let body = bodies.first(where: \.kind.isCommissioner) ?? bodies.first(where: \.kind.isTrust) else { return }
        let kind = body.kind
        let facts = [Fact(body.path + ".kind", kind.rawValue)] + audienceFacts(plan)
        guard verdict != .doesNotApply && verdict != .unlikelyToApply else {
            recorder.step(.planServiceUsers, "Not required: the statutory duty to involve \(verdict == .doesNotApply ? "does not apply" : "is unlikely to apply").", facts: facts)
            return
        }
        guard let audiences = plan.audiences else {
            recorder.step(.planServiceUsers, "Not assessable: the plan lists no audiences.", facts: facts)
            recorder.ask("$.plan.audiences", "Whom does the plan involve (people using the services, carers, representatives, groups with protected characteristics, Healthwatch, staff…)?",
                         because: "The law says whom NHS bodies must involve; the plan is checked against it.")
            return
        }
        let kinds = Set(audiences.map(\.kind))
        let severity: Severity = verdict == .undetermined ? .warning : .error
        let representatives = audiences.filter { $0.kind.canRepresent }.map { $0.kind.displayName }
        let hasUsers = kinds.contains(where: \.reachesServiceUsers)

        if kind.isCommissioner {
            if hasUsers {
                recorder.step(.planServiceUsers, "Yes: the plan involves people who use or may use the services" + (kinds.contains(.peopleUsingServices) ? "." : ", as part of the general public."), facts: facts)
            } else {
                recorder.step(.planServiceUsers, "No: the plan does not list people who use or may use the services.", facts: facts)
                recorder.finding(.planServiceUsers, severity, "The plan's audiences leave out the people who use or may use the services, whom \(kind.displayName) must involve (NHS Act 2006 \(kind == .nhsEngland ? "s13Q(2)" : "s14Z45(2)")). Add them (plan.audiences: people-using-services).", facts: facts, at: "$.plan.audiences")
            }
            // The carers and representatives requirement is dated: an exercise is judged by the
            // law on its launch date.
            let law = LawInForce.carersAndRepresentatives
            let judgedOn = LawInForce.dayForJudging(plan, asOf: options.asOf)
            if let judgedOn, !law.isInForce(on: judgedOn) {
                recorder.step(.planCarersRepresentatives, "Not required at the time: the exercise launched on \(judgedOn), before \(law.versionText) came into force; the law then named the individuals only (for CCGs, s14Z2).", facts: facts + [Fact("assessment.lawInForce", law.versionText)])
                return
            }
            let version = judgedOn.map { " Law applied: \(law.versionText), on \($0)." } ?? ""
            var missing: [String] = []
            if !kinds.contains(.carers) { missing.append("carers") }
            if representatives.isEmpty { missing.append("representatives") }
            if missing.isEmpty {
                let via = kinds.contains(.representatives) ? "" : " Representatives are reached through \(representatives.joined(separator: ", ")), which the guidance names as possible representatives (Annex B1, Individuals, carers and representatives)."
                recorder.step(.planCarersRepresentatives, "Yes: the plan involves carers and representatives, as the law has required of NHS England and ICBs since 2022." + via + version, facts: facts)
            } else {
                let list = missing.joined(separator: " and ")
                recorder.step(.planCarersRepresentatives, "No: the plan leaves out \(list)." + version, facts: facts)
                recorder.finding(.planCarersRepresentatives, severity,
                                 "The plan leaves out \(list). Since the Health and Care Act 2022, NHS England and ICBs must secure the involvement of carers and representatives (if any) as well as service users. Add them (plan.audiences: carers, representatives), or if the people affected genuinely have none, record why and waive this finding.",
                                 facts: facts, at: "$.plan.audiences")
            }
        } else {
            if hasUsers || !representatives.isEmpty {
                recorder.step(.planServiceUsers, "Yes: the plan involves users of the services" + (hasUsers ? "." : ", through representatives (\(representatives.joined(separator: ", ")))."), facts: facts)
            } else {
                recorder.step(.planServiceUsers, "No: the plan involves neither users of the services nor their representatives.", facts: facts)
                recorder.finding(.planServiceUsers, severity, "The plan's audiences include neither users of the services nor their representatives, whom a trust must involve (NHS Act 2006 s242(1B)). Add them (plan.audiences: people-using-services, representatives).", facts: facts, at: "$.plan.audiences")
            }
            if !kinds.contains(.carers) {
                recorder.step(.planCarersRepresentatives, "The plan leaves out carers. For trusts, involving carers is good practice; the 2022 requirement covers NHS England and ICBs.", facts: facts)
                recorder.finding(.planCarersRepresentatives, .info, "Consider involving carers: good practice for trusts, though the statutory requirement covers NHS England and ICBs.", facts: facts, at: "$.plan.audiences")
            } else {
                recorder.step(.planCarersRepresentatives, "The plan involves carers (good practice for trusts).", facts: facts)
            }
        }
    }

    // MARK: Equality

    private static func equality(_ project: Project, plan: InvolvementPlan, route: RouteAssessment, _ recorder: inout AssessmentRecorder) {
        let rule = Rule.planEqualityGroups
        let groups = project.affectedGroups ?? []
        let kinds = Set((plan.audiences ?? []).map(\.kind))
        var facts = audienceFacts(plan)
        var problems: [String] = []
        let protected = groups.enumerated().filter { !$0.element.protectedCharacteristics.isEmpty }
        let unequal = groups.enumerated().filter { $0.element.facesHealthInequalities == true }
        for (index, group) in protected {
            facts.append(Fact("$.affectedGroups[\(index)].protectedCharacteristics", group.protectedCharacteristics.map(\.rawValue).joined(separator: ", ")))
        }
        for (index, _) in unequal { facts.append(Fact("$.affectedGroups[\(index)].facesHealthInequalities", "true")) }
        if plan.audiences != nil {
            if !protected.isEmpty && !kinds.contains(.protectedCharacteristicGroups) {
                problems.append("affected groups with protected characteristics (\(protected.map(\.element.name).joined(separator: ", "))) are not among the plan's audiences")
            }
            if !unequal.isEmpty && !kinds.contains(.healthInequalitiesGroups) {
                problems.append("affected groups facing health inequalities (\(unequal.map(\.element.name).joined(separator: ", "))) are not among the plan's audiences")
            }
        }
        let involving = route.kind == .engagement || route.kind == .formalConsultation
        let eia = plan.equalityImpactAssessment
        facts.append(Fact("$.plan.equalityImpactAssessment", eia?.rawValue ?? Fact.notStated))
        if involving {
            if eia == .notStarted { problems.append("the equality impact assessment has not started") }
            if eia == nil {
                recorder.ask("$.plan.equalityImpactAssessment", "Where is the equality impact assessment: not-started, in-progress or complete?",
                             because: "It identifies the groups the involvement must reach and shows due regard to the public sector equality duty.")
            }
        }
        if problems.isEmpty {
            recorder.step(rule, "Yes, as far as the file shows: " + (groups.isEmpty ? "no affected groups are listed (see people-equality-groups)" : "the affected groups are covered by the plan's audiences") + "; equality impact assessment: \(eia?.rawValue ?? "not stated").", facts: facts)
        } else {
            let text = problems.joined(separator: "; ")
            recorder.step(rule, "No: \(text).", facts: facts)
            recorder.finding(rule, .warning, "Equality: \(text). Include these groups in the plan and prioritise those facing the greatest inequalities (due regard under the Equality Act 2010 s149).", facts: facts)
        }
    }

    private static func healthwatchAndStaff(_ project: Project, plan: InvolvementPlan, route: RouteAssessment, _ recorder: inout AssessmentRecorder) {
        let rule = Rule.planHealthwatchStaff
        guard let audiences = plan.audiences else { return }
        let kinds = Set(audiences.map(\.kind))
        let facts = audienceFacts(plan) + [Fact("$.staffAffected", project.staffAffected.map { String($0) } ?? Fact.notStated)]
        var answer: [String] = []
        if kinds.contains(.healthwatch) {
            answer.append("local Healthwatch is included")
        } else if project.services?.nature?.withinHealthwatchRemit == false {
            answer.append("local Healthwatch is not included, and the service is outside its remit (health and social care)")
        } else {
            answer.append("local Healthwatch is not included")
            if route.kind == .formalConsultation || route.kind == .engagement {
                recorder.finding(rule, route.kind == .formalConsultation ? .warning : .info,
                                 "Include local Healthwatch early: every effort should be made to include them in the decision-making process (statutory guidance, Annex B3, Applying the principles to major service change).", facts: facts, at: "$.plan.audiences")
            }
        }
        if project.staffAffected == true && !kinds.contains(.staff) {
            answer.append("staff are affected but not included")
            recorder.finding(rule, .warning, "Staff are affected but not among the plan's audiences: include them (statutory guidance, Annex A3, Workforce).", facts: facts, at: "$.plan.audiences")
        } else if kinds.contains(.staff) {
            answer.append("staff are included")
        }
        recorder.step(rule, answer.joined(separator: "; ").capitalisedFirst + ".", facts: facts)
    }

    // MARK: Dates

    static func dateFacts(_ plan: InvolvementPlan) -> [Fact] {
        [Fact("$.plan.planningStartDate", plan.planningStartDate?.description ?? Fact.notStated),
         Fact("$.plan.launchDate", plan.launchDate?.description ?? Fact.notStated),
         Fact("$.plan.closeDate", plan.closeDate?.description ?? Fact.notStated),
         Fact("$.plan.decisionDate", plan.decisionDate?.description ?? Fact.notStated)]
    }

    private static func timeline(_ plan: InvolvementPlan, involving: Bool, _ recorder: inout AssessmentRecorder) {
        let rule = Rule.planTimeline
        let facts = dateFacts(plan)
        var problems: [String] = []
        if let launch = plan.launchDate, let close = plan.closeDate, close < launch {
            problems.append("the close date \(close) is before the launch date \(launch)")
        }
        if let start = plan.planningStartDate, let launch = plan.launchDate, start > launch {
            problems.append("planning starts on \(start), after the launch on \(launch)")
        }
        if let start = plan.planningStartDate, let decision = plan.decisionDate, start > decision {
            problems.append("planning starts on \(start), after the decision on \(decision)")
        }
        if involving || plan.approach != nil {
            for (key, value, question) in [("launchDate", plan.launchDate, "When does the involvement launch (people can start to respond)?"),
                                           ("closeDate", plan.closeDate, "When does it close?"),
                                           ("decisionDate", plan.decisionDate, "When is the decision due?")] where value == nil {
                recorder.ask("$.plan.\(key)", question, because: "The dates decide whether there is adequate time (Gunning 3), time to consider the responses before the decision (Gunning 4), and whether the decision comes after the involvement (Gunning 1).")
            }
        }
        if problems.isEmpty {
            recorder.step(rule, "The stated dates are in order.", facts: facts)
        } else {
            let text = problems.joined(separator: "; ")
            recorder.step(rule, "No: \(text).", facts: facts)
            recorder.finding(rule, .error, "The plan's dates are inconsistent: \(text). Correct them.", facts: facts)
        }
    }

    private static func leadTime(_ plan: InvolvementPlan, route: RouteAssessment, options: AssessmentOptions, _ recorder: inout AssessmentRecorder) {
        let rule = Rule.planLeadTime
        let policy = options.policy
        var facts = [Fact("$.plan.planningStartDate", plan.planningStartDate?.description ?? Fact.notStated),
                     Fact("$.plan.launchDate", plan.launchDate?.description ?? Fact.notStated),
                     policy.fact(.planningLeadWeeks)]
        let required = policy.planningLeadWeeks * 7
        if plan.budget == nil && (route.kind == .engagement || route.kind == .formalConsultation) {
            recorder.finding(rule, .info, "The plan states no budget (plan.budget). Take time to plan and budget for participation (statutory guidance, 4. Ten principles for working with people and communities).",
                             facts: [Fact("$.plan.budget", Fact.notStated)])
        }
        guard let launch = plan.launchDate else {
            recorder.step(rule, "Not assessable: no launch date.", facts: facts)
            return
        }
        // Measured only from a stated planning start: the as-of date is not when planning began,
        // and using it would put a default in place of a missing fact.
        guard let from = plan.planningStartDate else {
            recorder.step(rule, "Not assessable: the plan does not say when planning the involvement began, so the time to plan before the launch on \(launch) cannot be measured.", facts: facts)
            recorder.ask("$.plan.planningStartDate", "When did (or will) planning of the involvement begin?",
                         because: "The policy asks for at least \(policy.planningLeadWeeks) weeks to plan and prepare before speaking to people (\(policy.cite(.planningLeadWeeks))); it is measured from the planning start, never from the as-of date.")
            return
        }
        let fromText = "planning start on \(from)"
        let days = from.days(until: launch)
        guard days >= 0 else {
            recorder.step(rule, "Not assessable: \(fromText) is after the launch.", facts: facts)
            return
        }
        let weeks = WeeksText.of(days: days)
        if days >= required {
            recorder.step(rule, "Yes: \(weeks) from \(fromText) to launch on \(launch), at least the \(policy.planningLeadWeeks) weeks the policy asks for (\(policy.cite(.planningLeadWeeks))).", facts: facts)
        } else {
            facts.append(Fact("assessment.planningLeadDays", String(days)))
            recorder.step(rule, "No: \(weeks) from \(fromText) to launch on \(launch), less than the \(policy.planningLeadWeeks) weeks asked for.", facts: facts)
            recorder.finding(rule, .warning,
                             "Only \(weeks) from \(fromText) to launch on \(launch); the policy asks for at least \(policy.planningLeadWeeks) weeks to plan and prepare before speaking to people (\(policy.cite(.planningLeadWeeks))). Move the launch, or record why less is enough.",
                             facts: facts)
        }
    }

    private static func programme(_ plan: InvolvementPlan, route: RouteAssessment, options: AssessmentOptions, _ recorder: inout AssessmentRecorder) {
        let rule = Rule.planProgrammeLength
        let policy = options.policy
        let consultation = route.kind == .formalConsultation || plan.approach == .consult
        guard consultation || route.kind == .engagement else { return }
        let key: PolicyKey = consultation ? .consultationProgrammeMonths : .engagementProgrammeMonths
        let months = consultation ? policy.consultationProgrammeMonths : policy.engagementProgrammeMonths
        let facts = [Fact("$.plan.planningStartDate", plan.planningStartDate?.description ?? Fact.notStated),
                     Fact("$.plan.decisionDate", plan.decisionDate?.description ?? Fact.notStated),
                     policy.fact(key)]
        guard let start = plan.planningStartDate, let decision = plan.decisionDate, start <= decision else {
            recorder.step(rule, "Not assessable: the planning start date and the decision date are both needed.", facts: facts)
            return
        }
        let earliest = start.adding(months: months)
        let kindText = consultation ? "a formal consultation" : "engagement"
        if decision >= earliest {
            recorder.step(rule, "Yes: planning starts \(start) and the decision is due \(decision), at least the \(months) months the policy allows for \(kindText) (\(policy.cite(key))).", facts: facts)
        } else {
            recorder.step(rule, "No: from planning start \(start) to decision \(decision) is less than \(months) months.", facts: facts)
            recorder.finding(rule, .warning,
                             "From planning start (\(start)) to decision (\(decision)) is less than the \(months) months the policy allows for \(kindText) (\(policy.cite(key))); the earliest decision date on that basis is \(earliest). Check the timetable is achievable.",
                             facts: facts)
        }
    }
}

/// "4 weeks", "5 weeks and 2 days", "1 day".
enum WeeksText {
    static func of(days: Int) -> String {
        let weeks = days / 7
        let rest = days % 7
        var parts: [String] = []
        if weeks > 0 { parts.append("\(weeks) week\(weeks == 1 ? "" : "s")") }
        if rest > 0 || weeks == 0 { parts.append("\(rest) day\(rest == 1 ? "" : "s")") }
        return parts.joined(separator: " and ")
    }
}
