/// Decides the route and the requirements beside it, records a trail step for each, and
/// reports where the plan falls short of the route.
enum RouteEvaluation {
    /// The date the Secretary of State's reconfiguration functions came into force.
    static let notificationCommencement: CalendarDate? = LawInForce.secretaryOfStateNotice.inForceFrom

    static func evaluate(_ project: Project, verdict: DutyVerdict, commonLawTrigger: Bool, options: AssessmentOptions,
                         _ recorder: inout AssessmentRecorder) -> RouteAssessment {
        let context = RouteContext(project, options: options)
        let scrutiny = scrutinyRequirement(context, verdict: verdict, &recorder)
        let (kind, level, reasons) = routeKind(context, verdict: verdict, commonLawTrigger: commonLawTrigger, scrutiny: scrutiny, &recorder)
        let notification = notificationRequirement(context, scrutiny: scrutiny, asOf: options.asOf, &recorder)
        let assurance = assuranceRequirement(context, kind: kind, scrutiny: scrutiny, &recorder)
        let preConsultation = preConsultationRequirement(context, kind: kind, &recorder)
        planApproach(context, kind: kind, level: level, &recorder)
        return RouteAssessment(kind: kind, level: level, ruleID: Rule.routeKind.id, reasons: reasons,
                               plannedApproach: project.plan?.approach, scrutiny: scrutiny, notification: notification,
                               assurance: assurance, preConsultationEngagement: preConsultation)
    }

    // MARK: Scrutiny (reg 23)

    private static func scrutinyRequirement(_ context: RouteContext, verdict: DutyVerdict,
                                            _ recorder: inout AssessmentRecorder) -> RouteRequirement {
        let status = context.plan?.healthScrutiny?.status
        let indicators = context.indicators
        var facts = indicators.flatMap(\.facts)
        facts.append(Fact("$.plan.healthScrutiny.status", status?.rawValue ?? Fact.notStated))
        if let committees = context.plan?.healthScrutiny?.committees { facts.append(Fact("$.plan.healthScrutiny.committees", committees)) }
        let progress = status.map { "health scrutiny status: \($0.rawValue)" }
        let indicatorText = indicators.map(\.text).joined(separator: "; ")

        // An exception to reg 23, written as one: the regulation binds NHS bodies and providers
        // of NHS services proposing changes to the health service, and no one else.
        if let outside = context.outsideNHSRoutes {
            let reason = "Reg 23 binds NHS bodies and providers of NHS services proposing a substantial development or variation of the health service; \(outside), so consulting the health scrutiny committee under reg 23 does not arise."
            recorder.step(Rule.routeScrutinyConsultation, "Not applicable. " + reason, facts: context.bodyFacts + facts)
            return RouteRequirement(ruleID: Rule.routeScrutinyConsultation.id, level: .notRequired, reason: reason, progress: progress)
        }

        if context.urgencyExempt && (!indicators.isEmpty || status == .agreedSubstantial || status == .consulted) {
            let rule = Rule.routeScrutinyUrgency
            facts = context.urgencyFacts + facts
            let reason = "A decision is needed without time to consult the committee first, because of an evidenced risk to patients or staff (\(context.project.urgency?.riskToPatientsOrStaff.stated ?? "urgent situation"); evidence: \(context.project.urgency?.riskEvidence.stated ?? "not stated"); assessed by \(context.project.urgency?.riskAssessedBy.stated ?? "not stated")). Under the reg 23 urgency exemption the committee need not be consulted before the decision, but the local authority must be notified immediately, with the reasons. Indicators of a substantial change: \(indicatorText.isEmpty ? "agreed with the committee" : indicatorText)."
            recorder.step(rule, "Urgency exemption. " + reason, facts: facts)
            switch status {
            case nil:
                recorder.ask("$.plan.healthScrutiny.status", "Has the local authority been notified of the urgent change, with the reasons?",
                             because: "The reg 23 urgency exemption excuses consulting the committee first, not telling the authority: it must be notified immediately with reasons.")
                recorder.finding(rule, .warning, "Record that the local authority's health scrutiny committee has been notified of the urgent change with the reasons (plan.healthScrutiny.status). The urgency exemption still requires immediate notification.", facts: facts, at: "$.plan.healthScrutiny.status")
            case .notContacted?:
                recorder.finding(rule, .error, "Notify the local authority immediately, with the reasons: the reg 23 urgency exemption excuses prior consultation of the health scrutiny committee, not notification. The file says the committee has not been contacted.", facts: facts, at: "$.plan.healthScrutiny.status")
            default:
                break
            }
            return RouteRequirement(ruleID: rule.id, level: .urgencyExemption, reason: reason, progress: progress,
                                    done: status != nil && status != .notContacted)
        }

        let rule = Rule.routeScrutinyConsultation
        let urgentNote = (context.project.urgency?.isUrgent == true && !context.urgencyExempt
            ? " The change is declared urgent, but the urgency exemption needs an evidenced risk to the safety or welfare of patients or staff (what it is, the evidence, who assessed it, when it arose), and not involvement left late, delay or money, so it does not apply (see urgency-justification)."
            : "") + context.jointScrutinyNote
        facts += context.areaFacts
        switch status {
        case .consulted?:
            let reason = "The health scrutiny committee is being (or has been) consulted on the change as a substantial development or variation." + context.jointScrutinyNote
            recorder.step(rule, "Required, and under way. " + reason, facts: facts)
            return RouteRequirement(ruleID: rule.id, level: .required, reason: reason, progress: progress, done: true)
        case .agreedSubstantial?:
            let reason = "The committee has agreed the change is substantial, so it must be consulted under reg 23, with the proposed decision date and the date by which comments are wanted." + urgentNote
            recorder.step(rule, "Required. " + reason, facts: facts)
            let launched = context.hasLaunched
            if context.hasDecided, let decided = context.plan?.decisionDate {
                recorder.finding(rule, .error, "The committee agreed the change is substantial, and the file does not record that it was consulted before the decision of \(decided): reg 23 consultation must come before the decision. Take legal advice.", facts: facts)
                return RouteRequirement(ruleID: rule.id, level: .required, reason: reason, progress: progress)
            }
            recorder.finding(rule, launched ? .error : .warning,
                             launched
                                ? "The committee agreed the change is substantial but the file does not say it has been consulted, and the involvement launched on \(context.plan?.launchDate?.description ?? "not stated"). Consult the committee formally under reg 23 now."
                                : "Consult the health scrutiny committee formally under reg 23 (it has agreed the change is substantial), giving the proposed decision date and the date by which comments are wanted.",
                             facts: facts, at: "$.plan.healthScrutiny.status")
            return RouteRequirement(ruleID: rule.id, level: .required, reason: reason, progress: progress)
        case .agreedNotSubstantial?:
            let reason = "The committee has agreed the change is not substantial, so reg 23 consultation is not required." + (indicators.isEmpty ? "" : " The toolkits' indicators are present (\(indicatorText)); keep a record of the committee's agreement.")
            recorder.step(rule, "Not required. " + reason, facts: facts)
            if !indicators.isEmpty {
                recorder.finding(rule, .info, "The committee agreed the change is not substantial although the toolkits' indicators are present (\(indicatorText)). Keep the record of that agreement with the decision papers.", facts: facts, at: "$.plan.healthScrutiny.status")
            }
            return RouteRequirement(ruleID: rule.id, level: .notRequired, reason: reason, progress: progress)
        case .informed?, .notContacted?, nil:
            if !indicators.isEmpty {
                let reason = "Likely: the toolkits' indicators of a substantial development or variation are present (\(indicatorText)). \"Substantial\" is agreed with the committee, so agree it with them; if substantial, consult them under reg 23." + urgentNote
                recorder.step(rule, reason, facts: facts)
                if status == .informed {
                    recorder.finding(rule, .info, "The committee has been informed. Agree with it whether the change is substantial and, if so, consult it formally under reg 23.", facts: facts, at: "$.plan.healthScrutiny.status")
                } else if context.hasDecided, let decided = context.plan?.decisionDate {
                    recorder.finding(rule, .error, "The change is likely to be a substantial variation (\(indicatorText)), and the decision of \(decided) was taken with no record that the health scrutiny committee was consulted or agreed it was not substantial. If it was substantial, reg 23 consultation did not happen before the decision: take legal advice.", facts: facts, at: "$.plan.healthScrutiny.status")
                } else if context.hasClosed {
                    recorder.finding(rule, .warning, "The change is likely to be a substantial variation (\(indicatorText)), and the involvement has closed with no record of the committee's view. Before the decision, agree with the health scrutiny committee whether it is substantial, and if so consult it formally under reg 23.", facts: facts, at: "$.plan.healthScrutiny.status")
                } else {
                    recorder.finding(rule, .warning, "The change is likely to be a substantial variation (\(indicatorText)). Discuss it with the local authority's health scrutiny committee now, agree whether it is substantial, and if so consult the committee formally under reg 23.", facts: facts, at: "$.plan.healthScrutiny.status")
                }
                return RouteRequirement(ruleID: rule.id, level: .likely, reason: reason, progress: progress)
            }
            // A proposal or operational decision that lists no changes has not said what it changes;
            // "no change listed" is not "no substantial change".
            let proposesChange = (context.project.activities ?? []).contains { $0 == .proposalForChange || $0 == .operationalDecision }
            if context.project.changes.isEmpty && (verdict == .undetermined || (proposesChange && verdict != .doesNotApply && verdict != .unlikelyToApply)) {
                let reason = "The file lists no changes, so whether the proposal is a substantial development or variation cannot be judged."
                recorder.step(rule, "Undetermined. " + reason, facts: facts)
                recorder.ask("$.changes", "What does the project change (closure, relocation, reduction, new model of care…)?",
                             because: "Whether the scrutiny committee must be consulted depends on whether the change is substantial.",
                             decides: .route)
                return RouteRequirement(ruleID: rule.id, level: .undetermined, reason: reason, progress: progress)
            }
            let reason = "None of the toolkits' indicators of a substantial change (withdrawal, closure, reduction or consolidation, relocation, a significant change of model, a group significantly disadvantaged) is present. Substantial is agreed locally: keep the committee informed of services at risk."
            recorder.step(rule, "Not indicated. " + reason, facts: facts)
            return RouteRequirement(ruleID: rule.id, level: .notIndicated, reason: reason, progress: progress)
        }
    }

    // MARK: The route itself

    private static func routeKind(_ context: RouteContext, verdict: DutyVerdict, commonLawTrigger: Bool,
                                  scrutiny: RouteRequirement, _ recorder: inout AssessmentRecorder)
        -> (RouteKind, RequirementLevel, [RouteReason]) {
        let rule = Rule.routeKind
        var reasons: [RouteReason] = []
        let scale = context.scaleText

        let kind: RouteKind
        let level: RequirementLevel
        if context.urgencyExempt {
            kind = .engagement
            level = .expected
            reasons.append(RouteReason(ruleID: Rule.urgencyJustification.id,
                                       text: "An evidenced urgent risk to patients or staff is recorded: limited involvement can be justified for now, by rapid engagement as an interim measure (statutory guidance, Annex A2, Decisions in urgent situations). Some involvement is still possible in the time, and the full duties return when the urgency passes."))
            if context.project.temporaryChange?.isTemporary == true {
                reasons.append(RouteReason(ruleID: Rule.temporaryPermanence.id,
                                           text: "The change is temporary. If making it permanent comes under consideration, that decision takes the full route: the duties apply to it (statutory guidance, Annex A2, Decisions in urgent situations)" + (context.indicators.isEmpty ? "." : ", and the indicators of a substantial change point to formal consultation.")))
            } else if !context.indicators.isEmpty {
                reasons.append(RouteReason(ruleID: Rule.routeScrutinyUrgency.id,
                                           text: "The change looks substantial; once the urgency has passed, involve people fully in any further decision about the service."))
            }
        } else if scrutiny.level == .required || scrutiny.level == .likely {
            kind = .formalConsultation
            level = scrutiny.level
            reasons.append(RouteReason(ruleID: scrutiny.ruleID,
                                       text: scrutiny.level == .required
                                        ? "The health scrutiny committee has agreed the change is substantial; both toolkits say formal public consultation is needed for substantial change (South East London toolkit, Appendix: legal duties; North East and North Cumbria toolkit, What is the difference between consultation and engagement?). Reg 23 itself requires consultation of the committee."
                                        : "The change is likely to be substantial (\(context.indicators.map(\.text).joined(separator: "; "))); both toolkits say formal public consultation is then needed (South East London toolkit, Appendix: legal duties; North East and North Cumbria toolkit, What is the difference between consultation and engagement?; Timescales and budget). Agree with the committee whether it is substantial."))
        } else if commonLawTrigger {
            kind = .formalConsultation
            level = .mayBeRequired
        } else if scrutiny.level == .undetermined && (verdict == .applies || verdict == .likelyApplies) {
            // Engagement is the least the duty needs, but calling it the route would guess that the
            // change is not substantial.
            (kind, level) = (.undetermined, .undetermined)
            reasons.append(RouteReason(ruleID: rule.id, text: "The duty to involve \(verdict == .applies ? "applies" : "is likely to apply"), so at least engagement is needed; whether formal consultation is needed turns on whether the change is substantial, which cannot be judged until the file says what the project changes."))
        } else {
            switch verdict {
            case .applies:
                (kind, level) = (.engagement, .required)
                reasons.append(RouteReason(ruleID: rule.id, text: "The duty to involve applies. Involvement may be by consulting, providing information or in other ways (statutory guidance, Annex B1, Involvement duties on commissioners and providers); with no indicator of a substantial change, engagement proportionate to the change is the route."))
            case .likelyApplies:
                (kind, level) = (.engagement, .likely)
                reasons.append(RouteReason(ruleID: rule.id, text: "The duty to involve is likely to apply; with no indicator of a substantial change, engagement proportionate to the change is the route."))
            case .undetermined:
                (kind, level) = (.undetermined, .undetermined)
                reasons.append(RouteReason(ruleID: rule.id, text: "Whether the duty applies is undetermined; answer the open questions to settle the route."))
            case .unlikelyToApply, .doesNotApply:
                (kind, level) = (.informationOnly, .notRequired)
                if let outside = context.outsideNHSRoutes {
                    reasons.append(RouteReason(ruleID: rule.id, text: "No NHS involvement duty or NHS route applies: \(outside). Nothing in the file points to a common-law duty to consult (see common-law-consult). The body's own duties remain: due regard under the public sector equality duty (see other-duty-equality), and any statute for this service that requires consultation; if it consults, the consultation must be fair (Gunning). Telling people about the change is good practice."))
                } else {
                    reasons.append(RouteReason(ruleID: rule.id, text: "The statutory duty to involve \(verdict == .doesNotApply ? "does not apply" : "is unlikely to apply") and nothing points to a substantial change or a common-law duty: no statutory involvement is required. Telling people about the change is good practice."))
                }
            }
        }
        if commonLawTrigger {
            reasons.append(RouteReason(ruleID: Rule.commonLawConsultation.id,
                                       text: "A common-law trigger is present (a promise, an established practice, or conspicuous unfairness): formal consultation may be required; take legal advice (statutory guidance, Annex B1, Involvement duties on commissioners and providers)."))
        }
        if kind == .engagement || kind == .formalConsultation {
            reasons.append(RouteReason(ruleID: rule.id, text: "Proportionality: \(scale); the greater the extent of changes and number of people affected, the greater the level of activity likely to be necessary (statutory guidance, Annex A2, Fair and proportionate approaches)."))
        }
        // The urgency facts first when the exemption decided the route, then the verdict and the scale.
        recorder.step(rule, "\(kind.headline) (\(level.rawValue)). " + reasons.map(\.text).joined(separator: " "),
                      facts: (context.urgencyExempt ? context.urgencyFacts : []) + [Fact("assessment.dutyVerdict", verdict.rawValue)]
                        + context.scaleFacts)
        return (kind, level, reasons)
    }

    // MARK: Secretary of State

    private static func notificationRequirement(_ context: RouteContext, scrutiny: RouteRequirement, asOf: CalendarDate,
                                                _ recorder: inout AssessmentRecorder) -> RouteRequirement {
        let rule = Rule.routeSecretaryOfStateNotification
        let notified = context.plan?.secretaryOfStateNotified
        var facts = [Fact("assessment.route.scrutiny", scrutiny.level.rawValue),
                     Fact("$.plan.secretaryOfStateNotified", notified.map { String($0) } ?? Fact.notStated)]
        let progress = notified.map { $0 ? "notified" : "not notified" }
        func result(_ level: RequirementLevel, _ reason: String, _ answer: String) -> RouteRequirement {
            recorder.step(rule, answer + " " + reason, facts: facts)
            return RouteRequirement(ruleID: rule.id, level: level, reason: reason, progress: progress, done: notified == true)
        }
        if let outside = context.outsideNHSRoutes {
            return result(.notRequired, "Notice to the Secretary of State is for reconfigurations that trigger reg 23 consultation; \(outside).", "Not applicable.")
        }
        // Dated: the decision is judged by the law on its day (past or planned).
        let law = LawInForce.secretaryOfStateNotice
        if let day = LawInForce.dayForDecision(context.plan, asOf: asOf), !law.isInForce(on: day) {
            facts.append(Fact("assessment.lawInForce", law.versionText))
            let when = day == asOf ? "the as-of date \(asOf)" : "the decision date \(day)"
            return result(.notRequired, "The Secretary of State's reconfiguration functions (\(law.versionText)) commenced after \(when).", "Not required.")
        }
        facts.append(Fact("assessment.lawInForce", law.versionText))
        if let temporary = context.project.temporaryChange, temporary.isTemporary, temporary.permanenceUnderConsideration != true {
            facts.append(Fact("$.temporaryChange.isTemporary", "true"))
            facts.append(Fact("$.temporaryChange.permanenceUnderConsideration", temporary.permanenceUnderConsideration.map { String($0) } ?? Fact.notStated))
            // Not stating whether permanence is under consideration is not the same as saying it is not.
            guard temporary.permanenceUnderConsideration == false else {
                return result(.undetermined, "Temporary changes are not notifiable unless a proposal to make them permanent emerges (North East and North Cumbria toolkit, Notification duties and process), and the file does not say whether making this one permanent is under consideration (temporaryChange.permanenceUnderConsideration).", "Undetermined.")
            }
            return result(.notRequired, "Temporary changes are not notifiable unless a proposal to make them permanent emerges (North East and North Cumbria toolkit, Notification duties and process). Notify if making the change permanent comes under consideration and it is substantial.", "Not required for now.")
        }
        if let started = context.plan?.healthScrutiny?.consultationStarted, let commencement = notificationCommencement, started < commencement {
            facts.append(Fact("$.plan.healthScrutiny.consultationStarted", started.description))
            return result(.notRequired, "Consultation of the scrutiny committee began on \(started), before 31 January 2024: such reconfigurations are not notifiable.", "Not required.")
        }
        switch scrutiny.level {
        case .required:
            let reason = "The proposal triggers consultation of the scrutiny committee under reg 23, so it is a notifiable reconfiguration (North East and North Cumbria toolkit, Notification duties and process)."
            if notified != true {
                let launched = context.hasLaunched
                recorder.finding(rule, launched ? .error : .warning,
                                 "Notify the Secretary of State of this notifiable reconfiguration (the committee has agreed it is substantial)" + (launched ? "; the involvement has already launched and the file does not record a notification." : ", using the notification pro-forma through the ICB and NHS England governance routes."),
                                 facts: facts)
            }
            return result(.required, reason, notified == true ? "Required, and made." : "Required.")
        case .likely:
            let reason = "If the committee agrees the change is substantial it will be notifiable; the toolkit advises a risk-based approach to notification because of the call-in process (North East and North Cumbria toolkit, Notification duties and process)."
            if notified != true {
                recorder.finding(rule, .info, "This change is likely to be notifiable to the Secretary of State once the committee agrees it is substantial. Plan the notification (North East and North Cumbria toolkit, Notification duties and process: a risk-based approach is advised).", facts: facts)
            }
            return result(.likely, reason, notified == true ? "Likely, and made." : "Likely.")
        case .urgencyExemption:
            return result(.likely, "The change appears substantial but was made under the urgency exemption; the sources here do not settle whether such a change is notifiable. Take advice from NHS England's regional team.", "Possibly.")
        case .notRequired:
            return result(.notRequired, "The committee has agreed the change is not substantial, so it is not a notifiable reconfiguration.", "Not required.")
        case .undetermined:
            return result(.undetermined, "Whether the change is substantial is undetermined.", "Undetermined.")
        case .notIndicated, .mayBeRequired, .expected:
            return result(.notIndicated, "Nothing points to a substantial development or variation, so nothing points to a notifiable reconfiguration.", "Not indicated.")
        }
    }

    // MARK: NHS England assurance

    private static func assuranceRequirement(_ context: RouteContext, kind: RouteKind, scrutiny: RouteRequirement,
                                             _ recorder: inout AssessmentRecorder) -> RouteRequirement {
        let rule = Rule.routeServiceChangeAssurance
        let assurance = context.plan?.serviceChangeAssurance
        let items: [(String, String, WorkStatus?)] = [
            ("pre-consultation business case", "preConsultationBusinessCase", assurance?.preConsultationBusinessCase),
            ("Clinical Senate review", "clinicalSenateReview", assurance?.clinicalSenateReview),
            ("NHS England assurance", "nhsEnglandAssurance", assurance?.nhsEnglandAssurance),
        ]
        var facts = [Fact("$.plan.serviceChangeAssurance.majorChange", assurance?.majorChange.map { String($0) } ?? Fact.notStated)]
        facts += items.map { Fact("$.plan.serviceChangeAssurance.\($0.1)", $0.2?.rawValue ?? Fact.notStated) }
        let progressText = items.map { "\($0.0): \($0.2?.rawValue ?? "not stated")" }.joined(separator: "; ")
        let progress = assurance == nil ? nil : progressText

        if let outside = context.outsideNHSRoutes {
            let reason = "NHS England assures service change proposed by NHS commissioners; \(outside)."
            recorder.step(rule, "Not applicable. " + reason, facts: context.bodyFacts + facts)
            return RouteRequirement(ruleID: rule.id, level: .notRequired, reason: reason, progress: progress)
        }

        switch assurance?.majorChange {
        case true?:
            let outstanding = items.filter { $0.2 != .complete }.map { "\($0.0) (\($0.2?.rawValue ?? "not stated"))" }
            let reason = "The file declares major service change: NHS England assures it before public consultation, with a pre-consultation business case whose contents the Clinical Senate assures (statutory guidance, Annex B3, Applying the principles to major service change)."
            recorder.step(rule, "Required. " + reason + " " + progressText + ".", facts: facts)
            if !outstanding.isEmpty {
                let launched = context.hasLaunched
                recorder.finding(rule, launched ? .error : .warning,
                                 (launched ? "The consultation has launched but the service change assurance is not complete: " : "Complete service change assurance before the consultation launches: ") + outstanding.joined(separator: ", ") + " outstanding.",
                                 facts: facts)
            }
            return RouteRequirement(ruleID: rule.id, level: .required, reason: reason, progress: progress, done: outstanding.isEmpty)
        case false?:
            let reason = "The file declares the change is not major service change, so NHS England assurance is not required" + (scrutiny.level == .required || scrutiny.level == .likely ? "; as the change is likely to be substantial, keep NHS England's regional team's confirmation of that on record." : ".")
            recorder.step(rule, "Not required. " + reason, facts: facts)
            return RouteRequirement(ruleID: rule.id, level: .notRequired, reason: reason, progress: progress)
        case nil:
            if (scrutiny.level == .required || scrutiny.level == .likely) && kind == .formalConsultation {
                let reason = "A substantial change going to formal consultation is likely to be major service change needing NHS England assurance: a pre-consultation business case assured by the Clinical Senate. Confirm with NHS England's regional team."
                recorder.step(rule, "Likely. " + reason, facts: facts)
                recorder.ask("$.plan.serviceChangeAssurance.majorChange", "Is this major service change subject to NHS England assurance (pre-consultation business case, Clinical Senate review)?",
                             because: "Major service change is assured by NHS England before consultation, and its pre-consultation business case is published.",
                             decides: .route)
                return RouteRequirement(ruleID: rule.id, level: .likely, reason: reason, progress: progress)
            }
            let reason = context.urgencyExempt ? "An urgent interim change; assurance applies if a permanent major change is proposed." : "Nothing points to major service change."
            recorder.step(rule, "Not indicated. " + reason, facts: facts)
            return RouteRequirement(ruleID: rule.id, level: .notIndicated, reason: reason, progress: progress)
        }
    }

    // MARK: Pre-consultation engagement

    private static func preConsultationRequirement(_ context: RouteContext, kind: RouteKind,
                                                   _ recorder: inout AssessmentRecorder) -> RouteRequirement {
        let rule = Rule.routePreConsultationEngagement
        var facts = [Fact("$.plan.preConsultationEngagementDone", context.plan?.preConsultationEngagementDone.map { String($0) } ?? Fact.notStated)]
        // An earlier engagement exercise on this proposal, closed before the consultation launches,
        // is pre-consultation engagement, whatever the consultation's own flag leaves unsaid.
        let earlier = context.earlierEngagement
        facts += earlier.map { Fact($0.path + ".approach", $0.plan.approach?.rawValue ?? Fact.notStated) }
        let done = context.plan?.preConsultationEngagementDone ?? (earlier.isEmpty ? nil : true)
        let progress = done.map { $0 ? "done" : "not done" }
        guard kind == .formalConsultation else {
            let reason = "The route is not a formal consultation."
            recorder.step(rule, "Not indicated. " + reason, facts: facts)
            return RouteRequirement(ruleID: rule.id, level: .notIndicated, reason: reason, progress: progress)
        }
        let reason = "Before a formal consultation, engagement should shape the case for change and the options (North East and North Cumbria toolkit, What do we mean when we talk about Involvement and Engagement?; Timescales and budget); consultations backed by significant engagement beforehand may be shorter (statutory guidance, Annex B3, Applying the principles to major service change)."
        switch done {
        case true?:
            recorder.step(rule, "Expected, and done. " + reason, facts: facts)
        case false?:
            recorder.step(rule, "Expected, not done. " + reason, facts: facts)
            if let launch = context.plan?.launchDate, context.hasLaunched {
                recorder.finding(rule, .warning, "The consultation launched on \(launch) without pre-consultation engagement recorded; that cannot be added now. Before deciding, weigh whether the options people were given were shaped well enough without it.", facts: facts)
            } else {
                recorder.finding(rule, .warning, "Carry out pre-consultation engagement before the formal consultation, so that people help shape the options and the criteria.", facts: facts)
            }
        case nil:
            recorder.step(rule, "Expected; the file does not say whether it has been done. " + reason, facts: facts)
            recorder.ask("$.plan.preConsultationEngagementDone", "Has pre-consultation engagement been carried out?",
                         because: "A formal consultation should be shaped by engagement beforehand, and this also bears on how long the consultation needs to be.")
        }
        return RouteRequirement(ruleID: rule.id, level: .expected, reason: reason, progress: progress, done: done == true)
    }

    // MARK: The plan's approach against the route

    private static func planApproach(_ context: RouteContext, kind: RouteKind, level: RequirementLevel,
                                     _ recorder: inout AssessmentRecorder) {
        let rule = Rule.routePlanApproach
        let approach = context.plan?.approach
        let facts = [Fact("$.plan.approach", approach?.rawValue ?? Fact.notStated), Fact("assessment.route.kind", kind.rawValue)]
        guard let approach else {
            recorder.step(rule, "The plan states no approach.", facts: facts)
            if kind == .engagement || kind == .formalConsultation {
                recorder.ask("$.plan.approach", "Which approach does the plan take: inform, engage, consult or co-produce?",
                             because: "The route is \(kind.headline.lowercased()); the plan's approach is compared with it, and decides whether the Gunning principles apply formally.")
            }
            return
        }
        switch (kind, approach) {
        case (.formalConsultation, .consult):
            recorder.step(rule, "The plan is a formal consultation, as the route needs.", facts: facts)
        case (.formalConsultation, _):
            recorder.step(rule, "Mismatch: the route is formal public consultation (\(level.rawValue)) but the plan is \(approach.displayName).", facts: facts)
            let severity: Severity = level == .required ? .error : .warning
            let why: String
            switch level {
            case .required: why = "the health scrutiny committee has agreed the change is substantial"
            case .mayBeRequired: why = "a common-law duty to consult may arise (take legal advice)"
            default: why = "the change is likely to be substantial"
            }
            recorder.finding(rule, severity, "Formal public consultation is needed because \(why), but the plan's approach is \(approach.displayName), not consultation. Plan a formal consultation, with pre-consultation engagement before it, or record why it is not needed.", facts: facts)
        case (.engagement, .inform):
            recorder.step(rule, "Mismatch: the duty to involve applies, and the plan only informs people.", facts: facts)
            recorder.finding(rule, .warning, "The plan only informs people, but the duty to involve applies. Use the approach that gives people the greatest opportunity to take part that suits the situation, proportionate to the change.", facts: facts)
        case (.engagement, .consult):
            recorder.step(rule, "The plan is a formal consultation, more than the route needs; the Gunning principles then apply formally.", facts: facts)
        case (.engagement, _):
            recorder.step(rule, "The plan's \(approach.displayName) fits the route.", facts: facts)
        case (.informationOnly, _):
            recorder.step(rule, "No statutory involvement is required; the plan's \(approach.displayName) is a choice the organisation may make.", facts: facts)
        case (.undetermined, _):
            recorder.step(rule, "The route is undetermined, so the plan's \(approach.displayName) cannot yet be compared with it.", facts: facts)
        }
    }
}

/// Facts about the project the route rules share.
struct RouteContext {
    let project: Project
    let plan: InvolvementPlan?
    let indicators: [SubstantialIndicator]
    /// The reg 23 urgency exemption can be relied on: urgent, evidenced (`UrgencyEvidence`), not
    /// left late or caused by delay or money, and not a decision about making a temporary change
    /// permanent.
    let urgencyExempt: Bool
    let urgency: UrgencyEvidence
    let urgencyFacts: [Fact]
    /// The involvement launched on or before the as-of date.
    let hasLaunched: Bool
    /// The involvement closed before the as-of date: what ran is history.
    let hasClosed: Bool
    /// The decision date is on or before the as-of date.
    let hasDecided: Bool
    /// Why the NHS routes (reg 23 scrutiny, notice to the Secretary of State, NHS England
    /// assurance) do not arise, or nil when a body in the project is one they bind and the
    /// service is (or includes) an NHS health service.
    let outsideNHSRoutes: String?
    /// The bodies' kinds and the service's nature, the facts `outsideNHSRoutes` rests on.
    let bodyFacts: [Fact]
    /// The local authority areas the service's users live in, when the file names them.
    let areaFacts: [Fact]
    /// With more than one local authority area: reg 30 and the joint committee. Empty otherwise.
    let jointScrutinyNote: String
    /// Earlier exercises (format 2) that engaged people on this proposal and closed before the
    /// last exercise launched.
    let earlierEngagement: [(path: String, plan: InvolvementPlan)]

    init(_ project: Project, options: AssessmentOptions) {
        self.project = project
        self.plan = project.plan
        self.indicators = SubstantialIndicators.of(project)
        self.urgency = UrgencyEvidence.of(project, policy: options.policy)
        self.urgencyExempt = urgency.justifiesLimitedInvolvement
        self.urgencyFacts = urgency.facts
        if let launch = project.plan?.launchDate { self.hasLaunched = launch <= options.asOf } else { self.hasLaunched = false }
        let stage = project.plan.map { ExerciseStage.of($0, asOf: options.asOf) }
        self.hasClosed = stage?.isHistory ?? false
        self.hasDecided = stage == .decided
        let bodies = project.bodies
        let nature = project.services?.nature
        self.bodyFacts = bodies.map { Fact($0.path + ".kind", $0.kind.rawValue) }
            + (nature.map { [Fact("$.services.nature", $0.rawValue)] } ?? [])
        self.outsideNHSRoutes = Self.outsideNHSRoutes(project)
        let last = project.plan
        self.earlierEngagement = project.allExercises.dropLast().filter { entry in
            let engaged = entry.plan.approach == .engage || entry.plan.approach == .coProduce
            let onThis = entry.plan.covers != nil && entry.plan.covers != .strategyInGeneral
            let closedFirst = entry.plan.closeDate.flatMap { close in last?.launchDate.map { close < $0 } } ?? false
            return engaged && onThis && closedFirst
        }
        let areas = project.services?.localAuthorityAreas ?? []
        self.areaFacts = areas.isEmpty ? [] : [Fact("$.services.localAuthorityAreas", areas.joined(separator: ", "))]
        self.jointScrutinyNote = areas.count > 1
            ? " The service's users live in \(areas.count) local authority areas (\(areas.joined(separator: ", "))): each authority is consulted, and where more than one is, they must appoint a joint overview and scrutiny committee for the consultation, which alone may comment (reg 30(5))."
            : ""
    }

    /// Why the NHS routes do not arise for this project (see `outsideNHSRoutes`), or nil: from the
    /// service's nature and the bodies' kinds alone, so the next steps can say it without the
    /// rest of the context.
    static func outsideNHSRoutes(_ project: Project) -> String? {
        let bodies = project.bodies
        if let nature = project.services?.nature, !nature.isHealthService {
            return "the service is \(nature.displayName)"
        }
        guard !bodies.contains(where: \.kind.isBoundByScrutinyRegulations) else { return nil }
        let kinds = bodies.map { "\($0.name) is \($0.kind.withArticle)" }
        return kinds.joined(separator: ", ") + (bodies.count == 1 ? ", which they do not bind" : ", none of which they bind")
    }

    /// How many changes and people: the scale that proportionality turns on.
    var scaleText: String {
        let changes = project.changes.count
        let people = project.changes.compactMap(\.peopleAffected)
        var text = "\(changes) change\(changes == 1 ? "" : "s") listed"
        if !people.isEmpty {
            text += ", \(people.reduce(0, +)) people affected where stated"
        } else if changes > 0 {
            text += ", the number of people affected not stated"
        }
        let groups = project.affectedGroups?.count ?? 0
        if groups > 0 { text += ", \(groups) affected group\(groups == 1 ? "" : "s")" }
        return text
    }

    var scaleFacts: [Fact] {
        project.changes.enumerated().flatMap { index, change in
            [Fact("$.changes[\(index)].kind", change.kind.rawValue)]
                + (change.peopleAffected.map { [Fact("$.changes[\(index)].peopleAffected", String($0))] } ?? [])
        }
    }
}
