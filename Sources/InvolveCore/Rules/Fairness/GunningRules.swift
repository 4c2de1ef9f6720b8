/// The Gunning principles (seed 001 Annex B1 lines 1131-1149, summary lines 692-699; the
/// major service change principles at lines 1207-1220; R v Brent LBC ex p Gunning (1985),
/// R (Moseley) v Haringey LBC [2014] UKSC 56).
extension Citation {
    static let gunningCase = Citation(.gunningCaseLaw, "Gunning (1985) 84 LGR 168; Moseley [2014] UKSC 56 at [25]")
}

extension Rule {
    static let gunningScope = Rule(
        id: "gunning-scope",
        area: .fairness,
        title: "Whether the Gunning principles apply formally or as advice",
        question: "Do the Gunning principles apply to this plan formally, or as advice?",
        explanation: """
            The principles apply formally to public consultation. For other approaches they do not create a \
            binding precedent but are informative, so the tool reports them "as advice": the same tests, with \
            findings one step less severe (an error becomes a warning, a warning becomes advice), except that a \
            decision already taken is an error wherever the duty applies. Substance over labels: a plan on a \
            formal consultation route is assessed formally whatever its approach calls it (the mismatch is a \
            route-plan-approach finding), as is any plan whose approach is "consult"; as advice, a failing \
            principle is never called met.
            """,
        citations: [
            .guidance("Annex A2, Fair and proportionate approaches", lines: "699",
                      "These four principles relate to formal consultation but can be informative for other approaches."),
            .guidance("Annex B1, The Gunning Principles", lines: "1133",
                      "These four principles relate to public consultation processes and do not create a binding legal precedent for how other ways of involving the public should be carried out."),
            .gunningCase,
        ])

    static let gunning1Formative = Rule(
        id: "gunning-1-formative",
        area: .fairness,
        title: "Gunning 1: at a formative stage",
        question: "Is the proposal still at a formative stage: no decision taken, options genuinely open and deliverable, the decision after the involvement?",
        explanation: """
            Not met when the decision has already been taken, an option is not genuinely under consideration or \
            is undeliverable (consulting on it would be misleading), or the decision date is on or before the \
            launch. Judged on substance as well as the label: money committed, contracts signed or services \
            already moved settle an option in practice (not met, whatever decisionAlreadyTaken says); a decision \
            in principle puts it at risk. Met when the file states that none of these is so and the decision \
            follows the launch. Any of these facts missing makes the principle not assessable.
            """,
        citations: [
            .guidance("Annex B1, The Gunning Principles", lines: "1135", "Consultation must take place when the proposal is still at a formative stage."),
            .guidance("Annex B1, The Gunning Principles", lines: "1137",
                      "Meaningful consultation cannot take place about a decision that has already been made. There is no requirement, and it would be misleading, to consult on options which are not genuinely under consideration, or are undeliverable"),
            .guidance("Annex A1, Different ways of working with people and communities (three main pitfalls)", lines: "550", "Involvement is not an obstacle to overcome on the way to achieving a predetermined outcome."),
            .statute("s14Z45(2)(b); s13Q(2)(b); s242(1B)(b)", "in the development and consideration of proposals"),
            .gunningCase,
        ])

    static let gunning2Information = Rule(
        id: "gunning-2-information",
        area: .fairness,
        title: "Gunning 2: sufficient information and reasons",
        question: "Are the proposal, the reasons, the evaluation criteria and the rejected alternatives published, in accessible formats ready at launch?",
        explanation: """
            Not met when the proposal or the reasons for it are not published. At risk when the evaluation \
            criteria, or realistic alternatives and why they were rejected, are not published; when no \
            alternative formats are planned or one is ready only after launch; on a formal consultation, when \
            there is no consultation document; and, for major service change, when the pre-consultation business \
            case is not public. On what consultees actually have: not met when the proposal is not stated \
            plainly, or when evidence the decision relies on (analysis, modelling, scoring and sub-scores, the \
            financial case) is withheld; at risk when such evidence is published only in summary or in a form \
            people cannot use, when the practical effect on the people affected is not explained, or when \
            options ruled out as unviable or unaffordable are not named with the reasons. Any of these facts \
            missing makes the principle not assessable.
            """,
        citations: [
            .guidance("Annex B1, The Gunning Principles", lines: "1139",
                      "Sufficient information and reasons must be put forward for the proposal to allow for intelligent consideration and response."),
            .guidance("Annex B1, The Gunning Principles", lines: "1141",
                      "They should be made aware of the criteria against which proposals have been or will be judged. This may involve providing information about realistic alternatives and the reasons why they are not also being considered."),
            .guidance("Annex B3", lines: "1210", "Alternative formats (such as easy read documents) must be ready at the same time."),
            .guidance("Annex B3", lines: "1210", "Certain documents, such as the Pre-Consultation Business Case, and the Decision-making Business Case, will be publicly available"),
            .guidance("4. Ten principles for working with people and communities, principle 6", lines: "480", "Providers of NHS care must meet their requirements under the Accessible Information Standard"),
            Citation(.gunningCaseLaw, "Moseley [2014] UKSC 56: fairness may require information about realistic alternatives and why they were rejected"),
        ])

    static let gunning3Time = Rule(
        id: "gunning-3-time",
        area: .fairness,
        title: "Gunning 3: adequate time",
        question: "Is there adequate time to consider and respond: length, holidays, pre-election periods?",
        explanation: """
            Adequate time is not prescribed by law. The principle combines three checks, each its own rule: the \
            length against the policy (gunning-3-length), the share in holiday windows (gunning-3-holidays), and \
            a launch inside a pre-election period (gunning-3-pre-election). Bank holidays and working days are \
            reported as facts. Without launch and close dates the principle is not assessable.
            """,
        citations: [
            .guidance("Annex B1, The Gunning Principles", lines: "1143", "Adequate time must be given for consideration and response."),
            .guidance("Annex B1, The Gunning Principles", lines: "1145", "What is adequate will depend upon the circumstances and is not prescribed by law."),
            .guidance("Annex B1, The Gunning Principles", lines: "1145",
                      "a time period may be inadequate if it is during a holiday period or only allows a short time for the public to consider complex proposals."),
            .gunningCase,
        ])

    static let gunning3Length = Rule(
        id: "gunning-3-length",
        area: .fairness,
        title: "Gunning 3: length of a consultation",
        question: "Is the consultation long enough, against the policy's norm, minimum and floor?",
        explanation: """
            There is no statutory minimum, so the thresholds are policy: shorter than consultationFloorWeeks \
            (built-in 2) is not met (a case example of inadequate time is seven days); shorter than consultationMinimumWeeks \
            (built-in 6) is at risk; shorter than consultationNormWeeks (built-in 12; "usually 12 weeks") is at \
            risk unless pre-consultation engagement is recorded, when it is met with advice to record why the \
            length is proportionate ("Shorter consultations backed by significant evidence of engagement \
            beforehand may be most effective"). A short consultation is never called unlawful by length alone. \
            The floor and the minimum apply whatever the plan is called (as advice outside a consultation), \
            because a window too short for the people asked is never adequate; engagement has no fixed length, \
            so the norm applies to consultations only. An evidenced urgency justifies rapid engagement shorter \
            than the minimum.
            """,
        citations: [
            .guidance("Annex B3", lines: "1208",
                      "consideration should be given to the amount of time necessary – a longer consultation is not always best."),
            .guidance("Annex B3", lines: "1208", "Shorter consultations backed by significant evidence of engagement beforehand may be most effective."),
            .sel("Appendix: legal duties", lines: "576", "Always time limited (usually 12 weeks)"),
            Citation(.involvePolicy, "consultationNormWeeks (12), consultationMinimumWeeks (6), consultationFloorWeeks (2): built-in defaults"),
        ])

    static let gunning3Holidays = Rule(
        id: "gunning-3-holidays",
        area: .fairness,
        title: "Gunning 3: holiday periods",
        question: "How much of the consultation falls in holiday windows (Christmas and New Year, Easter, summer)?",
        explanation: """
            The days of the consultation inside the policy's holiday windows are counted, and their share of the \
            whole. At or above holidayShareAtRiskPercent (built-in 25) the principle is at risk; if the \
            consultation is also shorter than consultationMinimumWeeks it is not met (a case example of inadequate \
            time is about four weeks over Christmas for a complex proposal). Any smaller overlap is reported with \
            advice to extend by the days lost.
            """,
        citations: [
            .guidance("Annex B1, The Gunning Principles", lines: "1145", "a time period may be inadequate if it is during a holiday period"),
            Citation(.involvePolicy, "holidayWindows; holidayShareAtRiskPercent (25); consultationMinimumWeeks (6): built-in defaults"),
        ])

    static let gunning3PreElection = Rule(
        id: "gunning-3-pre-election",
        area: .fairness,
        title: "Gunning 3: launching in a pre-election period",
        question: "Does the consultation launch inside a pre-election period?",
        explanation: """
            Consultation should generally not be launched during a pre-election period. A launch inside one puts \
            the principle at risk; a consultation that runs into one is reported as a fact. The periods come from \
            the policy (built-in: six weeks before the first Thursday in May each year, and any polling days the \
            policy adds).
            """,
        citations: [
            .guidance("Annex B3", lines: "1208",
                      "The length and timing of the consultation and other engagement activities can be affected by pre-election periods, during which consultation should generally not be launched"),
            Citation(.involvePolicy, "preElection (built-in: 6 weeks before local elections on the first Thursday in May)"),
        ])

    static let gunning4Conscientious = Rule(
        id: "gunning-4-conscientious",
        area: .fairness,
        title: "Gunning 4: conscientious consideration",
        question: "Will the responses be analysed and conscientiously taken into account before the decision, in public, with feedback?",
        explanation: """
            Not met when the decision date is on or before the close. At risk when the time from close to \
            decision is shorter than analysisMinimumWeeks (policy, built-in 4) or than the analysts' own estimate \
            for the responses expected (responseAnalysis.weeksToAnalyse), when the responses will not be \
            analysed independently, when the decision-makers will not receive the full analysis of the \
            responses, when whoever analyses them has a conflict of interest, when the decision will not be made \
            in public, or when there is no plan to tell people what changed and what did not. Any of these facts \
            missing makes it not assessable.
            """,
        citations: [
            .guidance("Annex B1, The Gunning Principles", lines: "1147", "The product of consultation must be conscientiously taken into account."),
            .guidance("Annex B1, The Gunning Principles", lines: "1149",
                      "Decision makers must be able to show that they have given consideration to what they have heard during the consultation and that they have borne this in mind when the ultimate decision is taken."),
            .guidance("Annex B3", lines: "1220",
                      "Once consultation has completed, and responses have been independently consolidated and considered, a decision regarding the agreed way forward should be made in public and communicated clearly."),
            .guidance("4. Ten principles for working with people and communities, principle 2", lines: "421", "give feedback on the results of involvement, including changes, decisions made and what has not changed and why"),
            Citation(.involvePolicy, "analysisMinimumWeeks (built-in default 4)"),
        ])
}
