/// A small argument parser: `--name value`, `--name=value`, flags, positionals, and `--`
/// to end options. No package dependencies are allowed, so this replaces ArgumentParser.
import InvolveCore

struct Arguments {
    private(set) var positionals: [String] = []
    private var values: [String: [String]] = [:]
    private var flags: Set<String> = []

    /// - Parameters:
    ///   - valued: options that take a value (without the leading dashes).
    ///   - flags: options that take none.
    init(_ arguments: [String], valued: Set<String>, flags allowedFlags: Set<String>) throws(UsageError) {
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("--") || argument == "-" {
                if !optionsEnded && argument.hasPrefix("-") && argument != "-" && argument.count > 1 {
                    throw UsageError("unknown option '\(argument)'" + Arguments.hint(argument, valued.union(allowedFlags)))
                }
                positionals.append(argument)
                continue
            }
            if argument == "--" { optionsEnded = true; continue }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if valued.contains(name) {
                if let inlineValue {
                    values[name, default: []].append(inlineValue)
                } else if index < arguments.count {
                    values[name, default: []].append(arguments[index])
                    index += 1
                } else {
                    throw UsageError("option --\(name) needs a value")
                }
            } else if allowedFlags.contains(name) {
                if inlineValue != nil { throw UsageError("option --\(name) takes no value") }
                flags.insert(name)
            } else {
                throw UsageError("unknown option '--\(name)'" + Arguments.hint(name, valued.union(allowedFlags)))
            }
        }
    }

    func value(_ name: String) -> String? { values[name]?.last }
    func allValues(_ name: String) -> [String] { values[name] ?? [] }
    func flag(_ name: String) -> Bool { flags.contains(name) }

    private static func hint(_ given: String, _ known: Set<String>) -> String {
        let bare = String(given.drop { $0 == "-" })
        return Suggestions.nearest(to: bare, among: known.sorted()).map { "; did you mean --\($0)?" } ?? ""
    }
}

/// A mistake in how the command was called. Exit code 2, with a pointer to --help.
struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
