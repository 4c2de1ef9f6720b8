import InvolveCore

/// `--color auto|always|never` (the spelling git, grep and ls use). `auto`, the default, colours
/// text written to a terminal unless `NO_COLOR` is set or `TERM=dumb`; `always` and `never`
/// override both, as no-color.org asks of a per-run option. Reports written to files are never
/// coloured: they are read by programs and pasted into documents.
enum ColourChoice: String, CaseIterable {
    case auto
    case always
    case never

    static func parse(_ value: String?) throws(UsageError) -> ColourChoice {
        guard let value else { return .auto }
        guard let choice = ColourChoice(rawValue: value) else {
            let names = allCases.map(\.rawValue)
            let hint = Suggestions.nearest(to: value, among: names).map { "; did you mean '\($0)'?" } ?? "."
            throw UsageError("unknown --color '\(value)'\(hint) Expected auto (the default), always or never")
        }
        return choice
    }

    func enabled(_ context: CommandContext) -> Bool {
        switch self {
        case .auto: return context.colourAllowed
        case .always: return true
        case .never: return false
        }
    }
}
