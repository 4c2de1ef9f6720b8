import InvolveCore

/// Something a renderer derives from a rule alone (its citations as JSON, a message suffix, a
/// source line), built once for each rule of the rulebook, since every project's report
/// repeats it. A rule outside the rulebook, or differing from it, has it built afresh.
struct RuleMemo<Value: Sendable>: Sendable {
    private let values: [String: Value]
    private let make: @Sendable (Rule) -> Value

    init(_ make: @escaping @Sendable (Rule) -> Value) {
        self.make = make
        values = Dictionary(Rulebook.all.map { ($0.id, make($0)) }, uniquingKeysWith: { first, _ in first })
    }

    subscript(_ rule: Rule) -> Value {
        if Rulebook.listed(rule) != nil, let value = values[rule.id] { return value }
        return make(rule)
    }
}
