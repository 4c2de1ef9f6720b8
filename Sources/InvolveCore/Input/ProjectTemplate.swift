/// The starter project file `involve init` writes: every field of `ProjectSchema`, so that a
/// person sees what can be said, with nothing asserted that they did not say. An optional fact
/// is `null` (not stated: the assessor asks about it), an optional section is present with its
/// fields, a list of objects shows one entry, and a required value has a placeholder that
/// fails validation until it is replaced.
public enum ProjectTemplate {
    /// How every placeholder in the starter file begins. The decoder refuses a value that
    /// begins so, naming the field, so a starter file does not validate until its placeholders
    /// are replaced: an assessment never rests on "PROJECT-ID" or an organisation kind the
    /// person did not choose.
    public static let placeholderPrefix = "REPLACE WITH "

    /// "REPLACE WITH the project's title".
    public static func placeholder(_ what: String) -> String { placeholderPrefix + what }

    static func isPlaceholder(_ text: String) -> Bool { text.hasPrefix(placeholderPrefix) }

    /// Answers given to `involve init --interactive`; anything nil keeps the placeholder.
    public struct Answers: Sendable, Equatable {
        public var id: String?
        public var title: String?
        public var organisationName: String?
        public var organisationKind: OrganisationKind?
        public var relationship: ServiceRelationship?
        public var activities: [ActivityType]?
        public var changes: [ChangeKind]?
        /// For each change, in order: people affected and extra minutes of travel (nil: not known).
        public var peopleAffected: [Int?] = []
        public var extraTravelMinutes: [Int?] = []
        /// The declared impact on the way services are delivered, and on their range.
        public var mannerOfDelivery: ImpactAnswer?
        public var rangeOfServices: ImpactAnswer?
        /// Names of the groups the project affects. nil keeps the placeholder entry (plain
        /// `init`, for the user to fill in); empty means not known, so the file states no groups
        /// (`null`) and the assessment asks about them.
        public var affectedGroups: [String]?
        public var approach: InvolvementApproach?
        public var launchDate: CalendarDate?
        public var closeDate: CalendarDate?
        public var decisionDate: CalendarDate?

        public init(title: String? = nil, organisationName: String? = nil, organisationKind: OrganisationKind? = nil,
                    relationship: ServiceRelationship? = nil, activities: [ActivityType]? = nil, changes: [ChangeKind]? = nil) {
            self.title = title
            self.organisationName = organisationName
            self.organisationKind = organisationKind
            self.relationship = relationship
            self.activities = activities
            self.changes = changes
        }
    }

    /// The starter file as JSON text.
    public static func text(_ answers: Answers = Answers()) -> String {
        tree(answers).rendered()
    }

    static func tree(_ answers: Answers) -> JSONTree {
        var project = starter(ProjectSchema.root, required: true)
        if let id = answers.id { project = project.setting("id", to: .string(id)) }
        if let title = answers.title { project = project.setting("title", to: .string(title)) }
        if var organisation = project["organisation"] {
            if let name = answers.organisationName { organisation = organisation.setting("name", to: .string(name)) }
            if let kind = answers.organisationKind { organisation = organisation.setting("kind", to: .string(kind.rawValue)) }
            project = project.setting("organisation", to: organisation)
        }
        if let relationship = answers.relationship, let services = project["services"] {
            project = project.setting("services", to: services.setting("relationship", to: .string(relationship.rawValue)))
        }
        if let activities = answers.activities {
            project = project.setting("activity", to: .array(activities.map { .string($0.rawValue) }))
        }
        if let changes = answers.changes, case .array(let shown)? = project["changes"], let example = shown.first {
            project = project.setting("changes", to: .array(changes.enumerated().map { index, kind in
                var change = example.setting("kind", to: .string(kind.rawValue))
                if let people = answers.peopleAffected.element(index) { change = change.setting("peopleAffected", to: .integer(people)) }
                if let minutes = answers.extraTravelMinutes.element(index) { change = change.setting("extraTravelMinutes", to: .integer(minutes)) }
                return change
            }))
        }
        if var impact = project["impact"] {
            for (key, answer) in [("mannerOfDelivery", answers.mannerOfDelivery), ("rangeOfServices", answers.rangeOfServices)] {
                if let answer, let dimension = impact[key] { impact = impact.setting(key, to: dimension.setting("answer", to: .string(answer.rawValue))) }
            }
            project = project.setting("impact", to: impact)
        }
        if let groups = answers.affectedGroups, groups.isEmpty {
            project = project.setting("affectedGroups", to: .null)
        } else if let groups = answers.affectedGroups, case .array(let shown)? = project["affectedGroups"], let example = shown.first {
            project = project.setting("affectedGroups", to: .array(groups.map { example.setting("name", to: .string($0)) }))
        }
        // The approach and dates belong to the first exercise (format 2), or to format 1's plan.
        func planned(_ plan: JSONTree) -> JSONTree {
            var plan = plan
            if let approach = answers.approach { plan = plan.setting("approach", to: .string(approach.rawValue)) }
            for (key, date) in [("launchDate", answers.launchDate), ("closeDate", answers.closeDate), ("decisionDate", answers.decisionDate)] {
                if let date { plan = plan.setting(key, to: .string(date.description)) }
            }
            return plan
        }
        if case .array(let exercises)? = project["exercises"], let first = exercises.first {
            project = project.setting("exercises", to: .array([planned(first)] + exercises.dropFirst()))
        } else if let plan = project["plan"] {
            project = project.setting("plan", to: planned(plan))
        }
        return project
    }

    /// The value the starter file shows for one schema value.
    static func starter(_ node: SchemaNode, required: Bool) -> JSONTree {
        if let starter = node.starter { return starter }
        switch node.kind {
        case .object(let properties):
            return .object(properties.map { JSONTree.Member($0.name, starter($0.node, required: $0.required)) })
        case .freeObject:
            return .object([])
        case .array(let items):
            if case .object = items.kind { return .array([starter(items, required: true)]) }
            return .array([])
        case .constant(let value):
            return .integer(value)
        default:
            return required ? placeholder(node) : .null
        }
    }

    /// A valid value for a required field that has no starter of its own.
    private static func placeholder(_ node: SchemaNode) -> JSONTree {
        switch node.kind {
        case .string: return .string("TODO")
        case .date: return .string("2026-01-01")
        case .integer(let range): return .integer(range.lowerBound)
        case .number(let range): return .number(range.lowerBound)
        case .boolean: return .bool(false)
        case .choice(let values): return values.first.map(JSONTree.string) ?? .null
        case .constant(let value): return .integer(value)
        case .object, .freeObject, .array: return starter(node, required: true)
        }
    }
}

private extension Array {
    /// The element at `index` when there is one: answers may stop short of the list they describe.
    func element<T>(_ index: Int) -> T? where Element == T? {
        indices.contains(index) ? self[index] : nil
    }
}
