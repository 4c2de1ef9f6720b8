import Foundation
import InvolveCore

/// `involve validate FILE|DIR|- ...`: checks that project files are well formed and every value
/// is allowed, without assessing them. `FILE: ok` on standard output for each valid file; every
/// problem on standard error; a summary line; exit 0 when all are valid, 2 otherwise.
enum ValidateCommand {
    static func run(_ arguments: [String], _ context: CommandContext) throws -> ExitCode {
        let parsed = try Arguments(arguments, valued: [], flags: ["help"])
        if parsed.flag("help") {
            context.console.out(HelpText.validate)
            return .success
        }
        guard !parsed.positionals.isEmpty else {
            throw UsageError("validate needs one or more project files or directories (or - for standard input)")
        }
        let console = context.console
        var valid = 0
        var invalid = 0
        var errors = 0
        func report(_ problems: InputErrors) {
            errors += problems.diagnostics.count
            for diagnostic in problems.diagnostics { console.error(diagnostic.rendered) }
        }
        for input in ProjectInputs(parsed.positionals.map(InputArgument.init), rules: .validate, console: console) {
            switch input {
            case .folderProblem(_, let problem):
                // A folder that cannot be read or holds no project files: an error, but not a file.
                report(problem)
            case .file(let name, let content):
                switch content.flatMap({ ProjectLoader.load($0, file: name) }) {
                case .success:
                    valid += 1
                    console.say("\(TerminalText.line(name)): ok\n")
                case .failure(let problems):
                    invalid += 1
                    report(problems)
                }
            }
        }
        let checked = valid + invalid
        let files = "\(checked) file\(checked == 1 ? "" : "s") checked"
        if errors == 0 {
            console.out("\(files): all valid.\n")
            return .success
        }
        console.error("\(files): \(valid) valid, \(invalid) invalid (\(errors) error\(errors == 1 ? "" : "s")).")
        return .usageOrInputError
    }
}
