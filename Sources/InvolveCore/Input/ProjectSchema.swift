/// The project file, described once: `involve schema` prints it as JSON Schema (draft 2020-12),
/// `schema/project.schema.json` is that output committed, and `involve init` writes a starter
/// file from it. docs/project-file.md explains each field and the rules that use it.
///
/// When you add a key to a decoder (`static func decode(from:)` in Sources/InvolveCore/Model),
/// add it here too: SchemaConformanceTests decode a file built from this schema and fail,
/// naming the keys, when the two disagree. Then regenerate the committed copy:
///
///     swift run involve schema > schema/project.schema.json
public enum ProjectSchema {
    public static let schemaID = "urn:involve:schema:project-file:\(Project.currentFormatVersion)"

    /// The schema as JSON text, exactly as `involve schema` prints it.
    public static func jsonText() -> String {
        var members = [JSONTree.Member("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
                       JSONTree.Member("$id", .string(schemaID)),
                       JSONTree.Member("title", .string("involve project file, format version \(Project.currentFormatVersion)"))]
        if case .object(let rest) = root.jsonSchema(nullable: false) { members += rest }
        return JSONTree.object(members).rendered()
    }

    public static let root = SchemaNode.object(
        "One project: the facts the assessor needs to decide whether the statutory duty to involve the public applies. A fact left out (or null) is an open question, never a default. See docs/project-file.md.",
        [
            .required("formatVersion", SchemaNode(.constant(Project.currentFormatVersion),
                                                  "The version of this file format. This schema describes format \(Project.currentFormatVersion); involve also reads format 1 files (schema/project.schema.v1.json), mapping their plan onto one exercise.")),
            .required("id", .string("Your reference for the project, unique in your organisation; printed on every assessment and decision record.",
                                    starter: ProjectTemplate.placeholder("the project's reference"))),
            .required("title", .string("The project's name as people will know it.", starter: ProjectTemplate.placeholder("the project's title"))),
            .optional("summary", .string("A sentence or two on what the project is and why.")),
            .required("organisation", organisation),
            .optional("services", services),
            .optional("activity", .array("Step 2: what type of activity this is. It may be more than one; [] or null means not yet stated.",
                                         of: .choice(ActivityType.self, "A type of activity in step 2 of the three-step test."))),
            .optional("changes", .array("What the project changes, one entry per change. Step 3 weighs each kind of change.", of: change)),
            .optional("impact", impact),
            .optional("urgency", urgency),
            .optional("temporaryChange", temporaryChange),
            .optional("commonLaw", commonLaw),
            .optional("affectedGroups", .array("Groups of people the project affects, so that involvement reaches them.", of: affectedGroup)),
            .optional("staffAffected", .boolean("Whether the organisation's staff are affected.")),
            .optional("parties", .array("Other bodies taking part (joint committee or committees in common members, commissioners, providers, partners): each bound body has its own duty. The organisation above is the lead.", of: party, starter: .array([]))),
            .optional("exercises", .array("Every involvement exercise (engagement, consultation…), earliest first: each is assessed at its own stage, and the route is judged with the last. See docs/route-and-fairness.md.", of: exercise)),
            .optional("promises", .array("Promises made to the people affected, to consult or about the service or place itself (common law).", of: promise, starter: .array([]))),
            .optional("implementation", implementation),
            .optional("decisions", .array("Decisions on the proposal itself (not the decision about involvement, which is decision), each with the exercises it relies on.", of: proposalDecision, starter: .array([]))),
            .optional("decision", decision),
            .optional("waivers", .array("Accountable waivers of rules for this project. See docs/pipelines.md.", of: waiver, starter: .array([]))),
            .optional("extensions", SchemaNode(.freeObject,
                                               "The one place for your organisation's own data (references, owners, system ids): any members, carried through and never read by the assessor.",
                                               starter: .object([]))),
        ])

    static let organisation = SchemaNode.object("The organisation the assessment is for. Step 1 turns on what kind of body it is.", [
        .required("name", .string("The organisation's name.", starter: ProjectTemplate.placeholder("the organisation's name"))),
        .required("kind", .choice(OrganisationKind.self, "What kind of body it is: the statutory duty binds NHS England, ICBs and NHS trusts and foundation trusts; other kinds get the duty that reaches them instead.",
                                  placeholder: "one of " + OrganisationKind.allCases.map(\.rawValue).joined(separator: ", "))),
    ])

    static let services = SchemaNode.object("The services the project concerns.", [
        .optional("description", .string("Which services, in plain words.")),
        .optional("relationship", .choice(ServiceRelationship.self, "Whether the organisation commissions or provides these services (step 1).")),
        .optional("nature", .choice(ServiceNature.self, "What kind of service it is: the NHS duties and health scrutiny concern health services.")),
        .optional("fundedBy", .string("Who funds the service.")),
        .optional("providedBy", .string("Who provides the service.")),
        .optional("localAuthorityAreas", .array("The local authority areas the service's users live in; more than one means joint health scrutiny.", of: .string("A local authority area."))),
    ])

    static let party = SchemaNode.object("Another body taking part in the project.", [
        .required("name", .string("The body's name.", starter: "Name of another body taking part")),
        .required("kind", .choice(OrganisationKind.self, "What kind of body it is (as organisation.kind).", starter: .nhsTrust)),
        .optional("role", .choice(PartyRole.self, "The part it plays in the project.")),
        .optional("relationship", .choice(ServiceRelationship.self, "Whether it commissions or provides the services (step 1 for this body).")),
    ])

    static let promise = SchemaNode.object("A promise made to the people affected.", [
        .required("about", .choice(PromiseSubject.self, "What it promised: to consult, or something about the service or the place itself.", starter: .consultation)),
        .optional("madeBy", .string("Who made it.")),
        .optional("date", .date("When it was made (YYYY-MM-DD).")),
        .optional("madeTo", .string("To whom it was made.")),
        .optional("details", .string("What was promised, in its own words if possible.")),
    ])

    static let proposalDecision = SchemaNode.object("A decision on the proposal, taken or planned.", [
        .required("date", .date("When it was or will be taken (YYYY-MM-DD).")),
        .optional("decidedBy", .string("The person or body deciding.")),
        .optional("what", .string("What is decided.")),
        .optional("reliesOn", .array("The names of the exercises (exercises[].name) the decision rests on.", of: .string("An exercise's name."))),
    ])

    static let implementation = SchemaNode.object("Carrying out the decided change.", [
        .optional("startDate", .date("When implementation starts or started (YYYY-MM-DD).")),
        .optional("proposalChangedSinceInvolvement", .boolean("Whether the proposal has changed since people were involved on it.")),
        .optional("circumstancesChangedSinceInvolvement", .boolean("Whether the circumstances have changed since people were involved.")),
        .optional("details", .string("What changed, in plain words.")),
    ])

    static let change = SchemaNode.object("One change the project makes.", [
        .required("kind", .choice(ChangeKind.self, "What kind of change it is; see docs/project-file.md for how each kind bears on step 3.",
                                  starter: .other)),
        .optional("description", .string("The change in plain words.")),
        .optional("extraTravelMinutes", .integer("Extra travel time for the people affected, in minutes each way (typical or average).", 0...1440)),
        .optional("extraTravelKilometres", .number("Extra travel distance for the people affected, in kilometres each way.", 0...1000)),
        .optional("peopleAffected", .integer("How many people are affected (patients, registered list or annual attendances).", 0...100_000_000)),
        .optional("specificCareLost", .string("Care that people receive at the current service and would lose or have to seek elsewhere.")),
        .optional("alternativeProvision", .boolean("Whether the service stays available elsewhere to the same people.")),
    ])

    static let impact = SchemaNode.object("The organisation's own answers to step 3, compared with the changes: a relocation declared as no impact is a finding.", [
        .optional("mannerOfDelivery", impactDeclaration("An impact on the way services are delivered to individuals (for example moving a service to another location).")),
        .optional("rangeOfServices", impactDeclaration("An impact on the range of health services available to individuals (for example closing a service).")),
    ])

    static func impactDeclaration(_ description: String) -> SchemaNode {
        .object(description, [
            .required("answer", .choice(ImpactAnswer.self, "The declared answer.", starter: .unknown)),
            .optional("reasons", .string("Why: the reasons for a yes or no answer, seen from the patient's perspective.")),
        ])
    }

    static let urgency = SchemaNode.object("Whether the decision is made in an urgent situation.", [
        .required("isUrgent", .boolean("Whether the change is urgent.", starter: false)),
        .optional("cause", .string("What makes it urgent (for example staff shortages or estate issues).")),
        .optional("riskToPatientsOrStaff", .string("The risk to the health, safety or welfare of patients or staff, if any.")),
        .optional("involvementLeftLate", .boolean("True when the lack of time came from leaving involvement late rather than from the urgent situation.")),
        .optional("origin", .choice(UrgencyOrigin.self, "Where the urgency comes from; the organisation's own delay, or financial pressure, does not justify limited involvement.")),
        .optional("riskEvidence", .string("The evidence for the risk (incident reports, staffing figures, an inspection, a safety review).")),
        .optional("riskAssessedBy", .string("Who assessed the risk (for example the medical director or head of midwifery).")),
        .optional("riskArose", .date("When the risk arose, or first became known (YYYY-MM-DD).")),
        .optional("proposalFirstIdentified", .date("When the proposal was first identified (YYYY-MM-DD), to compare with when the risk arose.")),
        .optional("involvementStillPossible", .string("What involvement is still possible in the time (for example two weeks' rapid engagement).")),
    ])

    static let temporaryChange = SchemaNode.object("Whether the change is made for a limited time.", [
        .required("isTemporary", .boolean("Whether the change is temporary.", starter: false)),
        .optional("permanenceUnderConsideration", .boolean("Whether making the temporary change permanent is under consideration.")),
        .optional("expectedEnd", .date("When the temporary change is expected to end (YYYY-MM-DD).")),
    ])

    static let commonLaw = SchemaNode.object("Circumstances in which a common-law duty to consult may arise, whatever the statutory test says.", [
        .optional("promiseToConsult", .boolean("Whether there has been a promise to consult.")),
        .optional("establishedPracticeOfConsulting", .boolean("Whether there is an established practice of consulting on this service.")),
        .optional("conspicuousUnfairnessConcern", .boolean("Whether there is a concern that not consulting would be conspicuously unfair.")),
        .optional("details", .string("Details of the promise, practice or concern.")),
    ])

    static let affectedGroup = SchemaNode.object("A group of people the project affects.", [
        .required("name", .string("Who the group is.", starter: ProjectTemplate.placeholder("a group of people the project affects, or remove this entry"))),
        .optional("protectedCharacteristics", .array("Protected characteristics (Equality Act 2010) the group shares.",
                                                     of: .choice(ProtectedCharacteristic.self, "A protected characteristic."))),
        .optional("facesHealthInequalities", .boolean("Whether the group faces health inequalities.")),
        .optional("size", .integer("Roughly how many people are in the group.", 0...100_000_000)),
        .optional("significantlyDisadvantaged", .boolean("Whether the change would significantly disadvantage the group: a change that significantly affects even a small group may be a substantial variation, which indicates consultation of the health scrutiny committee.")),
    ])

    // MARK: Sections documented elsewhere

    /// docs/route-and-fairness.md: one exercise (format 1's `plan`, with a name and what it covered).
    static let exercise = SchemaNode.object("One involvement exercise: the route and the Gunning principles are checked against it, at its stage (before launch as advice, after the close as history). Every field is optional; a missing fact is an open question. See docs/route-and-fairness.md.", [
        .optional("name", .string("The exercise's name, for example \"Phase 1: engagement on the case for change\".")),
        .optional("covers", .choice(ExerciseCoverage.self, "What the exercise covered: this proposal, part of it, an earlier version of it, or a strategy in general.")),
        .optional("approach", .choice(InvolvementApproach.self, "The planned kind of involvement.")),
        .optional("planningStartDate", .date("When planning the involvement began, or will begin (YYYY-MM-DD).")),
        .optional("launchDate", .date("The first day people can respond (YYYY-MM-DD).")),
        .optional("closeDate", .date("The last day people can respond (YYYY-MM-DD); both launch and close days are counted.")),
        .optional("decisionDate", .date("When the decision-maker is due to decide (YYYY-MM-DD).")),
        .optional("audiences", SchemaNode(.array(plannedAudience),
                                          "Who the plan involves: one entry per kind of audience, with who exactly and how. Null means not yet stated.",
                                          starter: .null)),
        .optional("publishedDocuments", publishedDocuments),
        .optional("accessibleFormats", SchemaNode(.array(accessibleFormat),
                                                  "Alternative formats (easy read, BSL, community languages …) and the date each is ready. Null means not yet stated.",
                                                  starter: .null)),
        .optional("optionsGenuinelyOpen", .boolean("Whether every option put to people is genuinely under consideration (Gunning 1).")),
        .optional("optionsDeliverable", .boolean("Whether every option put to people could be delivered (Gunning 1).")),
        .optional("decisionAlreadyTaken", .boolean("Whether the decision has in substance already been taken (Gunning 1).")),
        .optional("settledInPractice", settledInPractice),
        .optional("responseAnalysis", responseAnalysis),
        .optional("decisionInPublic", .boolean("Whether the decision will be made in public (Gunning 4).")),
        .optional("feedback", feedback),
        .optional("equalityImpactAssessment", .choice(WorkStatus.self, "How far the equality impact assessment has got.")),
        .optional("budget", .number("The budget for the involvement, in pounds.", 0...1_000_000_000)),
        .optional("preConsultationEngagementDone", .boolean("Whether engagement before a formal consultation, shaping the options, has been done.")),
        .optional("healthScrutiny", SchemaNode(.object(healthScrutinyProperties),
                                               "Where the organisation stands with the local authority's health scrutiny committee (reg 23 of the Health Scrutiny Regulations 2013). Null means not stated.",
                                               starter: .null)),
        .optional("secretaryOfStateNotified", .boolean("Whether the Secretary of State has been given notice of a notifiable reconfiguration (from 31 January 2024).")),
        .optional("serviceChangeAssurance", serviceChangeAssurance),
    ])

    static let plannedAudience = SchemaNode.object("One audience the plan reaches.", [
        .required("kind", .choice(AudienceKind.self, "The kind of audience.")),
        .optional("details", .string("Who exactly, and how the plan reaches them.")),
    ])

    static let publishedDocuments = SchemaNode.object("What is published for people to respond to, at or before launch: true published (or to be by launch), false not published (Gunning 2).", [
        .optional("proposal", .boolean("What the proposal is.")),
        .optional("reasons", .boolean("Why it is being considered.")),
        .optional("evaluationCriteria", .boolean("The criteria against which the proposals have been or will be judged.")),
        .optional("alternativesRejected", .boolean("Realistic alternatives and why they were rejected.")),
        .optional("consultationDocument", .boolean("The public consultation document itself.")),
        .optional("preConsultationBusinessCase", .boolean("The pre-consultation business case, where one exists.")),
        .optional("proposalStatedPlainly", .boolean("Whether the proposal is stated plainly, so that people can tell what is proposed.")),
        .optional("practicalEffect", .boolean("Whether the practical effect on the people affected is explained.")),
        .optional("optionsRuledOut", .boolean("Whether options ruled out as unviable or unaffordable are named, with the reasons.")),
        .optional("evidence", .array("Each piece of evidence the decision relies on, and whether people have it in a form they can use.", of: evidenceItem)),
    ])

    static let evidenceItem = SchemaNode.object("One piece of evidence the decision relies on.", [
        .required("kind", .choice(ConsultationEvidenceKind.self, "What it is: analysis, modelling, scoring, sub-scores, the financial case, clinical evidence.", starter: ConsultationEvidenceKind.other)),
        .optional("description", .string("What it is, in plain words.")),
        .optional("availability", .choice(EvidenceAvailability.self, "Whether people have it: published in a usable form, published but not usable, summary only, or withheld.")),
    ])

    static let settledInPractice = SchemaNode.object("What has already been done that could settle an option before the consultation (Gunning 1).", [
        .optional("spendingCommitted", .boolean("Whether money has been committed to one option.")),
        .optional("contractsSigned", .boolean("Whether contracts for one option have been signed.")),
        .optional("servicesAlreadyMoved", .boolean("Whether services have already moved, or staff been redeployed, as one option would require.")),
        .optional("decisionInPrinciple", .boolean("Whether the board or a committee has taken a decision in principle.")),
    ])

    static let accessibleFormat = SchemaNode.object("One alternative format and when it is ready.", [
        .required("format", .choice(AccessibleFormat.self, "The format.")),
        .optional("readyDate", .date("When it is ready (YYYY-MM-DD); the guidance expects alternative formats at the same time as the main documents.")),
        .optional("details", .string("For example which community languages.")),
    ])

    static let responseAnalysis = SchemaNode.object("How responses will be analysed (Gunning 4).", [
        .optional("by", .string("Who analyses the responses.")),
        .optional("independent", .boolean("Whether they are independent of the team making the proposal.")),
        .optional("fullAnalysisToDecisionMakers", .boolean("Whether the decision-makers receive the full analysis of the responses, not only a summary.")),
        .optional("conflictOfInterest", .boolean("Whether whoever analyses the responses has a conflict of interest in the outcome.")),
        .optional("expectedResponses", .integer("How many responses are expected.", 0...100_000_000)),
        .optional("weeksToAnalyse", .integer("How many weeks the analysts need to analyse the responses expected and report them to the decision-makers.", 0...104)),
    ])

    static let feedback = SchemaNode.object("How people will hear what changed as a result of their involvement, and what did not.", [
        .optional("planned", .boolean("Whether feedback is planned.")),
        .optional("description", .string("How, in plain words.")),
    ])

    static let healthScrutinyProperties: [SchemaProperty] = [
        .required("status", .choice(ScrutinyStatus.self, "Where things stand with the committee: not contacted, informed, agreed the change is (or is not) substantial, or consulted under reg 23.")),
        .optional("committees", .string("Which committee or committees (a joint committee where the change crosses boundaries).")),
        .optional("consultationStarted", .date("When formal consultation of the committee began (YYYY-MM-DD); a reconfiguration whose consultation began before 31 January 2024 is not notifiable to the Secretary of State.")),
    ]

    static let serviceChangeAssurance = SchemaNode.object("NHS England service change assurance for major change.", [
        .optional("majorChange", .boolean("Whether the organisation, with NHS England's regional team, treats this as major service change subject to NHS England assurance.")),
        .optional("preConsultationBusinessCase", .choice(WorkStatus.self, "How far the pre-consultation business case has got.")),
        .optional("clinicalSenateReview", .choice(WorkStatus.self, "How far the Clinical Senate's review has got.")),
        .optional("nhsEnglandAssurance", .choice(WorkStatus.self, "How far NHS England's assurance has got.")),
    ])

    /// docs/records.md
    static let decision = SchemaNode(.object([
        .required("decidedBy", .string("The person or body that decided, for example \"ICB Board\".")),
        .required("date", .date("When it was decided (YYYY-MM-DD).")),
        .required("decision", .string("What was decided about involvement, for example \"Run an eight-week public consultation\".")),
        .optional("reasons", .string("Why: the rationale, including how earlier involvement informed the decision.")),
        .optional("departuresFromGuidance", .array("Substantial departures from the statutory guidance, each explained.", of: departureFromGuidance, starter: .array([]))),
        .optional("evidence", .array("Documents the decision rests on. References are kept as text and never fetched.", of: decisionEvidence, starter: .array([]))),
    ]), "The human decision about involvement, for the decision record: who decided, when, what and why. Null until a decision is taken. See docs/records.md.",
        starter: .null)

    static let departureFromGuidance = SchemaNode.object("One substantial departure from the guidance and why.", [
        .required("guidance", .string("Which part of the guidance, for example \"Annex A2: involve people before options are fixed\".")),
        .required("explanation", .string("Why the organisation departed from it.")),
    ])

    static let decisionEvidence = SchemaNode.object("A document the decision rests on.", [
        .required("kind", .choice(EvidenceKind.self, "What kind of document it is.")),
        .required("title", .string("Its title.")),
        .optional("reference", .string("A URL or document reference, kept as text.")),
    ])

    /// docs/pipelines.md
    static let waiver = SchemaNode.object("An accountable waiver of one rule for this project. See docs/pipelines.md.", [
        .required("rule", SchemaNode(.choice(Rulebook.all.map(\.id)), "The id of the rule waived (see involve rules).")),
        .required("justification", .string("Why the organisation accepts the findings of this rule for this project.")),
        .required("approvedBy", .string("Who approved the waiver (a person and role, or a committee).")),
        .optional("approvedOn", .date("When it was approved (YYYY-MM-DD).")),
        .required("expires", .date("The last day the waiver applies (YYYY-MM-DD); after it the findings count again.")),
    ])
}
