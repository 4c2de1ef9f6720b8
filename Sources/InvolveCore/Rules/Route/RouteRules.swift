/// Which route a project needs: information, engagement or formal public consultation; health
/// scrutiny consultation (SI 2013/218 reg 23); notice to the Secretary of State; NHS England
/// service change assurance; pre-consultation engagement; and whether the plan's approach fits.
extension Citation {
    static func nenc(_ section: String, lines: String, _ quote: String) -> Citation {
        Citation(.northEastToolkit, section, quote: quote, lines: lines)
    }

    static func sel(_ section: String, lines: String, _ quote: String) -> Citation {
        Citation(.southEastLondonToolkit, section, quote: quote, lines: lines)
    }
}

extension Rule {
    static let routeKind = Rule(
        id: "route-kind",
        area: .route,
        title: "The route: information, engagement or formal public consultation",
        question: "Which kind of involvement does the project need?",
        explanation: """
            The duty to involve can be met by consulting people, providing information or in other ways, and \
            the approach must be proportionate: the greater the change and the number of people affected, the \
            more involvement is needed. Formal public consultation is the route when the change is likely to be \
            substantial (the toolkits' indicators: a service withdrawn, closed, reduced or consolidated, moved, or \
            its model significantly changed, or a group significantly disadvantaged), "required" once the \
            scrutiny committee has agreed it is substantial; and "may be required" when a common-law trigger is \
            present (take legal advice). Otherwise, where the duty applies, the route is engagement. Where the \
            duty does not apply or is unlikely to, no statutory involvement is required and information is good \
            practice. An evidenced urgent risk to patients or staff (urgency-justification) makes the route rapid \
            engagement as an interim measure; a later decision to make the change permanent takes the full route. \
            Where the duty applies but the file does not say what the project changes, the route is undetermined: \
            engagement is the least it needs, and whether consultation is needed turns on the change.
            """,
        citations: [
            .guidance("Annex B1", lines: "1032", "This can be achieved by consulting people, providing people with information, or in other ways."),
            .guidance("Annex A2, Fair and proportionate approaches", lines: "703",
                      "the greater the extent of changes and number of people affected, the greater the level of activity that is likely to be necessary"),
            .guidance("4. Ten principles for working with people and communities, principle 8", lines: "505",
                      "The approach that gives the greatest opportunity for people to take part in decision-making should be used that is suitable for the situation."),
            .sel("Appendix: legal duties", lines: "563", "Formal consultation is needed when the change to a service is “substantial”."),
            .nenc("What is the difference between consultation and engagement?", lines: "94",
                  "We are legally required to carry out formal public consultations if there is going to be substantial change to NHS services."),
            .nenc("Timescales and budget", lines: "288",
                  "If major service change is likely, for instance reducing or decommissioning a service, formal public consultation will almost certainly be needed."),
            .guidance("Annex B1", lines: "1038", "a duty to consult may also arise where there has been a promise to consult, where there has been an established practice of consultation"),
            .guidance("Annex A2, Decisions in urgent situations", lines: "713", "undertake rapid engagement as an interim measure"),
        ])

    static let routeScrutinyConsultation = Rule(
        id: "route-scrutiny-consultation",
        area: .route,
        title: "Consulting the health scrutiny committee on a substantial development or variation",
        question: "Must the local authority's health scrutiny committee be consulted (SI 2013/218 reg 23)?",
        explanation: """
            Commissioners and providers must consult the local authority on any proposal for a substantial \
            development of the health service or a substantial variation in its provision, giving the proposed \
            decision date and the date by which comments are wanted. "Substantial" has no legal definition and is \
            agreed with the committee, so the tool says "required" only when the committee has agreed the change \
            is substantial (or is being consulted), "likely" when the toolkits' indicators are present, "not \
            required" when the committee has agreed it is not substantial, and "not indicated" otherwise. The \
            indicators: a service withdrawn or closed, reduced or consolidated, moved (especially with \
            considerable disruption), its model significantly changed, or a cohort, even a small number of \
            people, significantly disadvantaged. Ordinarily the commissioner consults on behalf of providers.
            """,
        citations: [
            Citation(.healthScrutinyRegulations2013, "reg 23"),
            .guidance("Annex B3, Health Overview and Scrutiny", lines: "1244",
                      "commissioners and providers of NHS services (including NHS England, ICBs, trusts and private providers) are under a duty to consult all relevant local authority Health Overview and Scrutiny Committees"),
            .guidance("Annex B3, Health Overview and Scrutiny", lines: "1244", "Ordinarily, the commissioners (ICBs or NHS England) will carry out this exercise on behalf of providers."),
            .sel("Appendix: legal duties", lines: "563", "There is no legal definition of what ‘substantial’ change means."),
            .sel("Appendix: legal duties", lines: "565-568",
                 "When a service is being reduced (including consolidating services) … When there are plans to close a service … When a service is being moved … When the service model is being significantly changed"),
            .sel("Appendix: legal duties", lines: "570", "If a small number of patients or local people are significantly impacted, this may still be seen as substantial."),
            .nenc("What is the difference between consultation and engagement?", lines: "90-92",
                  "Are we withdrawing services completely? … Are we moving services to another location which could cause considerable disruption for service users? … Will a particular cohort be unfairly disadvantaged by our plans?"),
        ])

    static let routeScrutinyUrgency = Rule(
        id: "route-scrutiny-urgency",
        area: .route,
        title: "The urgency exemption from scrutiny consultation, and what it still requires",
        question: "Does urgency excuse consulting the scrutiny committee before the decision, and what must be done instead?",
        explanation: """
            Where a decision must be taken without allowing time for consultation because of a risk to the \
            safety or welfare of patients or staff, the regulations do not require the committee to be consulted \
            first, but the body must notify the local authority immediately, with its reasons. The exemption needs \
            an evidenced risk to patients or staff (what it is, the evidence, who assessed it, when it arose: see \
            urgency-justification); a bare label does not count, nor does urgency that came from leaving \
            involvement late, the organisation's own delay or money. \
            Keep an open dialogue with the committee on services at risk. Cited as the reg 23 urgency exemption; \
            the regulation's own words are not quoted here.
            """,
        citations: [
            Citation(.healthScrutinyRegulations2013, "reg 23 urgency exemption"),
            .guidance("Annex A2, Decisions in urgent situations", lines: "713",
                      "maintain an open and ongoing dialogue with ICP members and Health Overview and Scrutiny Committees on the services it regards as at risk"),
            .guidance("Annex A2, Decisions in urgent situations", lines: "709",
                      "It does not permit commissioners or providers to leave public involvement until the last moment"),
        ])

    static let routeSecretaryOfStateNotification = Rule(
        id: "route-secretary-of-state-notification",
        area: .route,
        title: "Notice to the Secretary of State of a notifiable reconfiguration",
        question: "Must the Secretary of State be notified of this reconfiguration (from 31 January 2024)?",
        explanation: """
            From 31 January 2024 commissioners must notify the Secretary of State of notifiable reconfigurations: \
            proposals that would trigger consultation of the scrutiny committee under reg 23, except where that \
            consultation began before 31 January 2024. Temporary changes are not notifiable unless a proposal to \
            make them permanent emerges. Anyone may ask the Secretary of State to call a proposal in. The level \
            follows the scrutiny requirement: "required" when the committee has agreed the change is substantial, \
            "likely" when it probably is (the toolkit advises a risk-based approach to notification).
            """,
        citations: [
            Citation(.reconfigurationRegulations2024, "Schedule 10A; SI 2024/15"),
            .nenc("Notification duties and process", lines: "167",
                  "Schemes are notifiable at the point the statutory requirement to consult with a HOSC/JHOSC applies"),
            .nenc("Notification duties and process", lines: "169", "Risk-based approach to notification is advised due to correlation with call-in process."),
            .nenc("Notification duties and process", lines: "170", "Temporary changes are not notifiable – unless proposals to make temporary change permanent emerge."),
            .guidance("Annex B3", lines: "1185", "The Secretary of State's functions in relation to service reconfiguration introduced by the Health and Care Act 2022 will commence at a later date."),
        ])

    static let routeServiceChangeAssurance = Rule(
        id: "route-service-change-assurance",
        area: .route,
        title: "NHS England service change assurance for major change",
        question: "Does the change need NHS England assurance, a pre-consultation business case and Clinical Senate review?",
        explanation: """
            Major service change is assured by NHS England before public consultation: a pre-consultation \
            business case (PCBC) whose contents the Clinical Senate assures, tested against NHS England's tests \
            for service change. The guidance names the PCBC and Clinical Senate but does not define major change, \
            so the tool treats a change the file declares as major as "required", a likely substantial change \
            without a declaration as "likely" (confirm with NHS England's regional team), and reports what is \
            outstanding. This rule is the project's reading of NHS England's service change guidance.
            """,
        citations: [
            .guidance("Annex B3, Applying the principles to major service change", lines: "1195",
                      "Clinical Senates will assure the contents of a service change's Pre-Consultation Business Case (PCBC)"),
            .guidance("Annex B3", lines: "1210",
                      "Certain documents, such as the Pre-Consultation Business Case, and the Decision-making Business Case, will be publicly available"),
            Citation(.serviceChangeGuidance2018, "assurance of service change proposals; the tests for service change"),
        ],
        inferred: true)

    static let routePreConsultationEngagement = Rule(
        id: "route-pre-consultation-engagement",
        area: .route,
        title: "Pre-consultation engagement before a formal consultation",
        question: "Has engagement shaped the options before the formal consultation?",
        explanation: """
            Before a formal public consultation, engagement develops the case for change and the options \
            ("pre-consultation engagement"). The guidance says shorter consultations backed by significant \
            evidence of engagement beforehand may be most effective, and ongoing involvement gives a firm basis \
            for consultation. Expected (guidance and toolkit), not a statutory requirement of its own.
            """,
        citations: [
            .nenc("Short definitions: Consultation", lines: "74", "we are expected to engage thoroughly before going to public consultation and while developing options"),
            .nenc("Timescales and budget", lines: "288", "you must carry out pre-engagement before planning for formal consultation"),
            .guidance("Annex B3", lines: "1208", "Shorter consultations backed by significant evidence of engagement beforehand may be most effective."),
            .guidance("Annex B3", lines: "1222", "This gives them a firm basis before going out for wider consultation."),
        ])

    static let routePlanApproach = Rule(
        id: "route-plan-approach",
        area: .route,
        title: "The planned approach against the route",
        question: "Does the approach in the plan match the route the project needs?",
        explanation: """
            When the route is formal consultation and the plan proposes engagement, information or co-production \
            only, the finding is an error if the committee has agreed the change is substantial and a warning \
            otherwise. When the duty applies and the plan only informs people, the finding is a warning: the \
            approach should give people the greatest opportunity to take part that suits the situation. Planning \
            more than the route needs is fine; a planned consultation must then be fair under Gunning.
            """,
        citations: [
            .guidance("4. Ten principles for working with people and communities, principle 8", lines: "505",
                      "The approach that gives the greatest opportunity for people to take part in decision-making should be used that is suitable for the situation."),
            .guidance("Annex A2, Fair and proportionate approaches", lines: "703",
                      "the greater the extent of changes and number of people affected, the greater the level of activity that is likely to be necessary"),
            .sel("Appendix: legal duties", lines: "563", "Formal consultation is needed when the change to a service is “substantial”."),
        ])
}
