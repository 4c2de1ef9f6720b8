/// Everything the project file says, as read from JSON. Optional fields are facts the file may
/// not state; the assessor turns a missing fact into a question, never into a default.
public struct Project: Sendable {
    /// The newest project file format: the one `involve init` writes and `involve schema` describes.
    public static let currentFormatVersion = 2
    /// Every format this version of involve reads. Format 1 files are mapped onto the same model:
    /// their `plan` is the one exercise, their organisation the one body.
    public static let readableFormatVersions = 1...2

    public var formatVersion: Int
    public var id: String
    public var title: String
    public var summary: String?
    public var organisation: Organisation
    public var services: Services?
    public var activities: [ActivityType]?
    public var changes: [ServiceChange]
    public var impact: DeclaredImpact?
    public var urgency: Urgency?
    public var temporaryChange: TemporaryChange?
    public var commonLaw: CommonLawTriggers?
    public var affectedGroups: [AffectedGroup]?
    public var staffAffected: Bool?
    /// The exercise the route is judged with: format 1's `plan`, or the last of format 2's
    /// `exercises` (they are listed in the order they run).
    public var plan: InvolvementPlan?
    /// Format 2: other bodies taking part, with their roles.
    public var parties: [Party]
    /// Format 2: every involvement exercise, earliest first. Empty for format 1 (see `allExercises`).
    public var exercises: [InvolvementPlan]
    /// Format 2: promises made to the people affected.
    public var promises: [Promise]
    /// Format 2: carrying out the decided change.
    public var implementation: Implementation?
    /// Format 2: decisions on the proposal, each with the exercises it relies on.
    public var decisions: [ProposalDecision]
    public var decision: Decision?
    public var waivers: [Waiver]
    /// An organisation's own data, carried through but never read by the assessor.
    public var extensions: JSONNode?
    /// Where each fact was read, for the trail and for CI annotations.
    public var sourceMap: SourceMap

    public init(formatVersion: Int = Project.currentFormatVersion, id: String, title: String, summary: String? = nil,
                organisation: Organisation, services: Services? = nil, activities: [ActivityType]? = nil,
                changes: [ServiceChange] = [], impact: DeclaredImpact? = nil, urgency: Urgency? = nil,
                temporaryChange: TemporaryChange? = nil, commonLaw: CommonLawTriggers? = nil,
                affectedGroups: [AffectedGroup]? = nil, staffAffected: Bool? = nil, plan: InvolvementPlan? = nil,
                decision: Decision? = nil, waivers: [Waiver] = [], extensions: JSONNode? = nil,
                sourceMap: SourceMap = SourceMap(), parties: [Party] = [], exercises: [InvolvementPlan] = [],
                promises: [Promise] = [], implementation: Implementation? = nil, decisions: [ProposalDecision] = []) {
        self.formatVersion = formatVersion
        self.id = id
        self.title = title
        self.summary = summary
        self.organisation = organisation
        self.services = services
        self.activities = activities
        self.changes = changes
        self.impact = impact
        self.urgency = urgency
        self.temporaryChange = temporaryChange
        self.commonLaw = commonLaw
        self.affectedGroups = affectedGroups
        self.staffAffected = staffAffected
        self.plan = plan
        self.decision = decision
        self.waivers = waivers
        self.extensions = extensions
        self.sourceMap = sourceMap
        self.parties = parties
        self.exercises = exercises
        self.promises = promises
        self.implementation = implementation
        self.decisions = decisions
        if plan == nil, let last = exercises.last { self.plan = last }
    }

    /// Every exercise with the JSON path it was read at: format 1's `plan` as `$.plan`, format
    /// 2's as `$.exercises[i]`.
    public var allExercises: [(path: String, plan: InvolvementPlan)] {
        if !exercises.isEmpty { return exercises.enumerated().map { ("$.exercises[\($0.offset)]", $0.element) } }
        return plan.map { [("$.plan", $0)] } ?? []
    }

    /// Where the route's exercise (`plan`) was read: the rules cite `$.plan`, which in a format 2
    /// file is the last exercise.
    public var planPath: String { exercises.isEmpty ? "$.plan" : "$.exercises[\(exercises.count - 1)]" }

    /// The organisation and every party, each with where its facts were read.
    public var bodies: [BodyInProject] {
        let lead = BodyInProject(name: organisation.name, kind: organisation.kind, role: .lead,
                                 relationship: services?.relationship, path: "$.organisation",
                                 relationshipPath: "$.services.relationship")
        // Built in one array of the right size: the rules ask for the bodies several times a project.
        var bodies: [BodyInProject] = []
        bodies.reserveCapacity(1 + parties.count)
        bodies.append(lead)
        for (index, party) in parties.enumerated() {
            bodies.append(BodyInProject(name: party.name, kind: party.kind, role: party.role ?? .partner, relationship: party.relationship,
                                        path: "$.parties[\(index)]", relationshipPath: "$.parties[\(index)].relationship"))
        }
        return bodies
    }
}

extension Project: ObjectDecodable {
    public static func decode(from reader: ObjectReader) -> Project? {
        let formatVersion = reader.formatVersion("formatVersion", reads: Project.readableFormatVersions)
        let id = reader.string("id", required: true)
        let title = reader.string("title", required: true)
        let summary = reader.string("summary")
        let organisation = reader.object("organisation", as: Organisation.self, required: true)
        let services = reader.object("services", as: Services.self)
        let activities = reader.values("activity", as: ActivityType.self)
        let changes = reader.objects("changes", as: ServiceChange.self) ?? []
        let impact = reader.object("impact", as: DeclaredImpact.self)
        let urgency = reader.object("urgency", as: Urgency.self)
        let temporaryChange = reader.object("temporaryChange", as: TemporaryChange.self)
        let commonLaw = reader.object("commonLaw", as: CommonLawTriggers.self)
        let affectedGroups = reader.objects("affectedGroups", as: AffectedGroup.self)
        let staffAffected = reader.bool("staffAffected")
        // Format 1 has one plan; format 2 several exercises, several bodies, promises and implementation.
        let format2 = reader.hasFormat(2, keys: ["parties", "exercises", "promises", "implementation", "decisions"])
        if format2 { reader.replaced("plan", by: "exercises") }
        let plan = format2 ? nil : reader.object("plan", as: InvolvementPlan.self)
        let parties = format2 ? reader.objects("parties", as: Party.self) ?? [] : []
        let exercises = format2 ? reader.objects("exercises", as: InvolvementPlan.self) ?? [] : []
        let promises = format2 ? reader.objects("promises", as: Promise.self) ?? [] : []
        let implementation = format2 ? reader.object("implementation", as: Implementation.self) : nil
        let decisions = format2 ? reader.objects("decisions", as: ProposalDecision.self) ?? [] : []
        let decision = reader.object("decision", as: Decision.self)
        let waivers = reader.objects("waivers", as: Waiver.self) ?? []
        let extensions = reader.freeFormObject("extensions")
        guard let formatVersion, let id, let title, let organisation else { return nil }
        return Project(formatVersion: formatVersion, id: id, title: title, summary: summary, organisation: organisation,
                       services: services, activities: activities, changes: changes, impact: impact, urgency: urgency,
                       temporaryChange: temporaryChange, commonLaw: commonLaw, affectedGroups: affectedGroups,
                       staffAffected: staffAffected, plan: plan, decision: decision, waivers: waivers,
                       extensions: extensions, parties: parties, exercises: exercises, promises: promises,
                       implementation: implementation, decisions: decisions)
    }
}
