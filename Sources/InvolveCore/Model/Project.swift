/// Everything the project file says, as read from JSON. Optional fields are facts the file may
/// not state; the assessor turns a missing fact into a question, never into a default.
public struct Project: Sendable {
    /// The version of the project file format this file is written in.
    public static let currentFormatVersion = 1

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
    public var plan: InvolvementPlan?
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
                sourceMap: SourceMap = SourceMap()) {
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
    }
}

extension Project: ObjectDecodable {
    public static func decode(from reader: ObjectReader) -> Project? {
        let formatVersion = reader.formatVersion("formatVersion", reads: Project.currentFormatVersion)
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
        let plan = reader.object("plan", as: InvolvementPlan.self)
        let decision = reader.object("decision", as: Decision.self)
        let waivers = reader.objects("waivers", as: Waiver.self) ?? []
        let extensions = reader.freeFormObject("extensions")
        guard let formatVersion, let id, let title, let organisation else { return nil }
        return Project(formatVersion: formatVersion, id: id, title: title, summary: summary, organisation: organisation,
                       services: services, activities: activities, changes: changes, impact: impact, urgency: urgency,
                       temporaryChange: temporaryChange, commonLaw: commonLaw, affectedGroups: affectedGroups,
                       staffAffected: staffAffected, plan: plan, decision: decision, waivers: waivers,
                       extensions: extensions)
    }
}
