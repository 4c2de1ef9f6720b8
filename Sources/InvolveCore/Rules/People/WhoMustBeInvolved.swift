/// Who must be involved (seed 001 lines 1040-1048, 998, 723, 1198; NHS Act s13Q, s14Z45,
/// s242(1B); Equality Act 2010 s149).
extension Rule {
    static let peopleCommissioner = Rule(
        id: "people-commissioner-carers",
        area: .people,
        title: "NHS England and ICBs: individuals, their carers and representatives",
        question: "Whom must NHS England or an ICB involve?",
        explanation: """
            NHS England and ICBs must make arrangements to involve the individuals to whom the services are being \
            or may be provided, and, since the Health and Care Act 2022, their carers and representatives (if any). \
            Leaving out carers or representatives is a breach of a legal requirement, not a matter of good practice.
            """,
        citations: [
            .guidance("Annex B1, Individuals, carers and representatives", lines: "1042",
                      "this change makes it a legal requirement for arrangements for public involvement to secure the involvement of carers and representatives (if any)"),
            .statute("s14Z45(2); s13Q(2)", "and their carers and representatives (if any)"),
            .guidance("Annex B1", lines: "1044", "young carers, individual patients' advocates or family members who help organise their care, as well as councillors and community leaders, VCSE sector organisations, local Healthwatch"),
        ])

    static let peopleTrust = Rule(
        id: "people-trust-users",
        area: .people,
        title: "NHS trusts: users of the services, directly or through representatives",
        question: "Whom must an NHS trust or foundation trust involve?",
        explanation: """
            Trusts must involve users of the health services for which they are responsible, whether directly \
            or through representatives. The 2022 extension to carers applies to NHS England and ICBs only; \
            involving carers remains good practice for trusts.
            """,
        citations: [
            .statute("s242(1B)", "users of those services, whether directly or through representatives"),
            .guidance("Annex B1", lines: "1042", "in respect of NHS England and ICBs, the description of people they must make arrangements to involve has been extended"),
        ])

    static let peopleEquality = Rule(
        id: "people-equality-groups",
        area: .people,
        title: "Groups with protected characteristics and those facing health inequalities",
        question: "Which affected groups share protected characteristics or face health inequalities, and how will they be reached?",
        explanation: """
            NHS bodies must have due regard to the public sector equality duty, and NHS England and ICBs must have \
            regard to reducing health inequalities. Involvement plans should include all affected groups and \
            prioritise those facing the greatest inequalities; an equality impact assessment helps identify them. \
            When no affected groups are listed, the finding asks for them.
            """,
        citations: [
            Citation(.equalityAct2010, "s149 (public sector equality duty)"),
            .guidance("Annex B2", lines: "1155", "age; disability; gender reassignment; marriage and civil partnership; pregnancy and maternity; race; religion or belief; sex and sexual orientation"),
            .guidance("Annex A2, Equality considerations", lines: "723",
                      "Involvement plans should consider how to include all groups affected… and prioritise hearing from those affected by the greatest inequalities."),
            .statute("s14Z35 (ICB); s13G (NHS England)", "reduce inequalities between persons with respect to their ability to access health services"),
            .guidance("Annex B1, Step 3", lines: "1108", "An Equality Impact Assessment can help identify which groups are likely to be affected."),
        ])

    static let peopleStaffAndHealthwatch = Rule(
        id: "people-staff-healthwatch",
        area: .people,
        title: "Staff and local Healthwatch",
        question: "Are staff and local Healthwatch involved?",
        explanation: """
            Organisations should include their employees among the people they involve, and every effort should \
            be made to include local Healthwatch early. Both are guidance (should), not statute.
            """,
        citations: [
            .guidance("Annex A3, Workforce", lines: "998", "organisations should take care to include their employees as part of this group"),
            .guidance("Annex B3", lines: "1198", "Every effort should be made to include local Healthwatch organisations in the decisionmaking process at an early stage"),
        ])
}

enum WhoMustBeInvolved {
    /// What the equality step rested on: each group's name, and its protected characteristics
    /// and health inequalities when stated.
    private static func groupFacts(_ groups: [AffectedGroup]) -> [Fact] {
        var facts: [Fact] = []
        for (index, group) in groups.enumerated() {
            facts.append(Fact("$.affectedGroups[\(index)].name", group.name))
            if !group.protectedCharacteristics.isEmpty {
                facts.append(Fact("$.affectedGroups[\(index)].protectedCharacteristics", group.protectedCharacteristics.map(\.rawValue).joined(separator: ", ")))
            }
            if group.facesHealthInequalities == true {
                facts.append(Fact("$.affectedGroups[\(index)].facesHealthInequalities", "true"))
            }
        }
        return facts
    }

    static func evaluate(_ project: Project, verdict: DutyVerdict, asOf: CalendarDate, _ recorder: inout AssessmentRecorder) -> [Audience] {
        var audiences: [Audience] = []
        let bodies = project.bodies
        let several = bodies.count > 1
        // Each NHS body is bound for itself (guidance line 1030): with several, each is named.
        for body in bodies where body.kind.isCommissioner || body.kind.isTrust {
            let kind = body.kind
            let kindFact = [Fact(body.path + ".kind", kind.rawValue)]
            let who = several ? "\(body.name) (\(body.role.displayName)), " : ""
            if kind.isCommissioner {
                let section = kind == .nhsEngland ? "s13Q(2)" : "s14Z45(2)"
                Self.add(Audience(who: "People who use or may use the services", required: true, basis: "NHS Act 2006 \(section)"), to: &audiences)
                // Dated: the carers and representatives requirement binds involvement from 1 July 2022.
                let law = LawInForce.carersAndRepresentatives
                let before = LawInForce.dayForJudging(project.plan, asOf: asOf).map { !law.isInForce(on: $0) } ?? false
                Self.add(Audience(who: "Their carers and representatives (if any)", required: !before,
                                  basis: before ? "good practice: the involvement launched before \(law.versionText)"
                                      : "NHS Act 2006 \(section), as extended by the Health and Care Act 2022 (statutory guidance, Annex B1, Individuals, carers and representatives)"), to: &audiences)
                let people = before ? "the people who use or may use the services (the involvement launched before the carers and representatives requirement came into force on 1 July 2022)"
                    : "the people who use or may use the services, and their carers and representatives (a legal requirement since 2022)"
                recorder.step(.peopleCommissioner, (several ? who + "as \(kind.withArticle)" : "As \(kind.withArticle)") + ": \(people).", facts: kindFact)
            } else {
                Self.add(Audience(who: "Users of the services, directly or through representatives", required: true, basis: "NHS Act 2006 s242(1B)"), to: &audiences)
                if !bodies.contains(where: { $0.kind.isCommissioner }) {
                    Self.add(Audience(who: "Carers", required: false, basis: "good practice; the 2022 extension to carers covers NHS England and ICBs only (statutory guidance, Annex B1, Individuals, carers and representatives)"), to: &audiences)
                }
                recorder.step(.peopleTrust, (several ? who + "as \(kind.withArticle)" : "As \(kind.withArticle)") + ": users of the services, directly or through representatives. Carers are good practice, not a statutory requirement for trusts.", facts: kindFact)
            }
        }

        let groups = project.affectedGroups ?? []
        for group in groups {
            var notes: [String] = []
            if !group.protectedCharacteristics.isEmpty {
                notes.append("protected characteristics: " + group.protectedCharacteristics.map(\.rawValue).joined(separator: ", "))
            }
            if group.facesHealthInequalities == true {
                notes.append("faces health inequalities")
            }
            let basis = notes.isEmpty ? "an affected group (statutory guidance, Annex A2, Equality considerations)" : notes.joined(separator: "; ") + " (Equality Act 2010 s149; statutory guidance, Annex A2, Equality considerations)"
            audiences.append(Audience(who: group.name, required: false, basis: basis))
        }
        let dutyMayApply = verdict == .applies || verdict == .likelyApplies || verdict == .undetermined
        if groups.isEmpty {
            recorder.step(.peopleEquality, "No affected groups are listed.", facts: [Fact("$.affectedGroups", project.affectedGroups == nil ? Fact.notStated : "[]")])
            if dutyMayApply {
                recorder.finding(.peopleEquality, .warning,
                                 "No affected groups are listed. Identify who is affected, including groups with protected characteristics and those facing health inequalities (an equality impact assessment helps), so that involvement reaches them.",
                                 facts: [Fact("$.affectedGroups", project.affectedGroups == nil ? Fact.notStated : "[]")])
            }
        } else {
            let prioritised = groups.filter { $0.facesHealthInequalities == true }.map(\.name)
            recorder.step(.peopleEquality, "\(groups.count) affected group\(groups.count == 1 ? "" : "s") listed"
                          + (prioritised.isEmpty ? "." : "; prioritise those facing the greatest inequalities: " + prioritised.joined(separator: ", ") + "."),
                          facts: Self.groupFacts(groups))
        }

        let staffFact = [Fact("$.staffAffected", project.staffAffected.map { String($0) } ?? Fact.notStated)]
        if project.staffAffected != false {
            audiences.append(Audience(who: "Staff", required: false, basis: "statutory guidance, Annex A3, Workforce (should)"))
        }
        let healthwatch = project.services?.nature?.withinHealthwatchRemit != false
        if healthwatch { audiences.append(Audience(who: "Local Healthwatch", required: false, basis: "statutory guidance, Annex B3, Applying the principles to major service change (should)")) }
        let staffAnswer: String
        switch project.staffAffected {
        case true?: staffAnswer = "Staff are affected: include them."
        case false?: staffAnswer = "Staff are not affected."
        case nil: staffAnswer = "The file does not say whether staff are affected, so staff are listed."
        }
        let healthwatchAnswer = healthwatch ? " Involve local Healthwatch early." : " The service is outside local Healthwatch's remit (health and social care)."
        recorder.step(.peopleStaffAndHealthwatch, staffAnswer + healthwatchAnswer, facts: staffFact)
        return audiences
    }

    /// Adds an audience once: two commissioners must both involve the same people.
    private static func add(_ audience: Audience, to audiences: inout [Audience]) {
        if !audiences.contains(where: { $0.who == audience.who }) { audiences.append(audience) }
    }
}
