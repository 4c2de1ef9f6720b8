/// An accountable waiver of one rule for one project: the organisation accepts the findings
/// of that rule, says why, names who approved it, and sets a date after which it stops
/// applying (the convention of Checkov, tfsec and KICS: a waiver is a decision with an owner
/// and an end, not a silent switch).
///
/// In the project file:
/// ```json
/// "waivers": [
///   { "rule": "people-equality-groups",
///     "justification": "Groups are identified in the EIA appended to the board paper.",
///     "approvedBy": "Director of Communications and Engagement",
///     "approvedOn": "2026-01-10", "expires": "2026-06-30" }
/// ]
/// ```
/// A waiver applies to every finding of its rule in the project, on and before `expires`
/// (and not before `approvedOn`, when given). It never changes the verdict, and a waived
/// finding is still reported. `WaiverReview` applies waivers to an assessment.
public struct Waiver: ObjectDecodable, Hashable {
    /// The id of the rule waived (one of `Rulebook.all`).
    public var rule: String
    /// Why the findings are accepted, in words a reviewer can check.
    public var justification: String
    /// Who approved the waiver: a person or a role.
    public var approvedBy: String
    /// The day it was approved. Before this day (as of an earlier `--as-of`) it does not apply.
    public var approvedOn: CalendarDate?
    /// The last day on which the waiver applies.
    public var expires: CalendarDate

    public init(rule: String, justification: String, approvedBy: String, approvedOn: CalendarDate? = nil,
                expires: CalendarDate) {
        self.rule = rule
        self.justification = justification
        self.approvedBy = approvedBy
        self.approvedOn = approvedOn
        self.expires = expires
    }

    public static func decode(from reader: ObjectReader) -> Waiver? {
        let rule = reader.string("rule", required: true)
        reader.context.noteChoices(Rulebook.all.map(\.id), at: reader.path.appending("rule"))
        let justification = reader.string("justification", required: true)
        let approvedBy = reader.string("approvedBy", required: true)
        let approvedOn = reader.date("approvedOn")
        let expires = reader.date("expires", required: true)

        var valid = true
        if let rule, Rulebook.rule(id: rule) == nil {
            valid = false
            let path = reader.path.appending("rule")
            let ids = Rulebook.all.map(\.id)
            // A shortened id ("people-equality") is nearer by prefix than by edit distance.
            let nearest = Suggestions.nearest(to: rule, among: ids) ?? (rule.count >= 4 ? ids.first { $0.hasPrefix(rule) } : nil)
            let suggestion = nearest.map { "\"\($0)\"" }
            reader.context.report(path, at: reader.context.sourceMap.location(of: path.description) ?? reader.location,
                                  "names no rule the assessor has", expected: "a rule id from 'involve rules'",
                                  found: InputText.quoted(rule), suggestion: suggestion)
        }
        if let approvedOn, let expires, expires < approvedOn {
            valid = false
            let path = reader.path.appending("expires")
            reader.context.report(path, at: reader.context.sourceMap.location(of: path.description) ?? reader.location,
                                  "is before the waiver was approved (approvedOn \(approvedOn))",
                                  expected: "a date on or after \(approvedOn)", found: "\"\(expires)\"")
        }
        guard valid, let rule, let justification, let approvedBy, let expires else { return nil }
        return Waiver(rule: rule, justification: justification, approvedBy: approvedBy, approvedOn: approvedOn,
                      expires: expires)
    }
}
