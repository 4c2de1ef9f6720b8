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
                                                  "The version of this file format. This version of involve reads format version \(Project.currentFormatVersion).")),
            .required("id", .string("Your reference for the project, unique in your organisation; printed on every assessment and decision record.",
                                    starter: "PROJECT-ID")),
            .required("title", .string("The project's name as people will know it.", starter: "Title of the project")),
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
            .optional("plan", plan),
            .optional("decision", decision),
            .optional("waivers", .array("Accountable waivers of rules for this project. See docs/pipelines.md.", of: waiver, starter: .array([]))),
            .optional("extensions", SchemaNode(.freeObject,
                                               "The one place for your organisation's own data (references, owners, system ids): any members, carried through and never read by the assessor.",
                                               starter: .object([]))),
        ])

    static let organisation = SchemaNode.object("The organisation the assessment is for. Step 1 turns on what kind of body it is.", [
        .required("name", .string("The organisation's name.", starter: "NHS Example Integrated Care Board")),
        .required("kind", .choice(OrganisationKind.self, "What kind of body it is: the statutory duty binds NHS England, ICBs and NHS trusts and foundation trusts; other kinds get the duty that reaches them instead.",
                                  starter: .integratedCareBoard)),
    ])

    static let services = SchemaNode.object("The health services the project concerns.", [
        .optional("description", .string("Which services, in plain words.")),
        .optional("relationship", .choice(ServiceRelationship.self, "Whether the organisation commissions or provides these services (step 1).")),
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
        .required("name", .string("Who the group is.", starter: "Name of a group of people the project affects")),
        .optional("protectedCharacteristics", .array("Protected characteristics (Equality Act 2010) the group shares.",
                                                     of: .choice(ProtectedCharacteristic.self, "A protected characteristic."))),
        .optional("facesHealthInequalities", .boolean("Whether the group faces health inequalities.")),
        .optional("size", .integer("Roughly how many people are in the group.", 0...100_000_000)),
    ])

    // MARK: Sections documented elsewhere (extended by their own issues)

    /// docs/route-and-fairness.md
    static let plan = SchemaNode.object("How the organisation plans to involve people. See docs/route-and-fairness.md.", [
        .optional("approach", .choice(InvolvementApproach.self, "The planned kind of involvement.")),
    ])

    /// docs/records.md
    static let decision = SchemaNode.object("The human decision about involvement, for the decision record. See docs/records.md.", [
        .optional("decidedBy", .string("Who decided.")),
        .optional("date", .date("When it was decided (YYYY-MM-DD).")),
    ])

    /// docs/pipelines.md
    static let waiver = SchemaNode.object("An accountable waiver of one rule for this project. See docs/pipelines.md.", [
        .required("rule", .string("The id of the rule waived (see involve rules).")),
    ])
}
