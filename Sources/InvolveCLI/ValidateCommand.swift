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
        for argument in parsed.positionals {
            for input in ProjectFiles.expand(argument) {
                guard case .success(let path) = input else {
                    // A folder that cannot be read or holds no project files: an error, but not a file.
                    if case .failure(let problem) = input { report(problem) }
                    continue
                }
                let name = InputFiles.displayName(path)
                switch InputFiles.read(path, console: console).flatMap({ ProjectLoader.load($0, file: name) }) {
                case .success:
                    valid += 1
                    console.out("\(name): ok\n")
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

/// Turns a command-line argument into the project files it names: itself, or for a directory
/// every `*.json` file below it, in sorted order. Skipped, because they are not project files:
/// hidden files and folders (`.git`, `.build`), folders named `policy` and files named
/// `involve-policy.json` (policy files), and symbolic links to folders (no loops).
enum ProjectFiles {
    static let policyFileName = "involve-policy.json"
    static let policyFolderName = "policy"

    /// Each file to check, or the problem with a folder (unreadable, or holding no project files).
    static func expand(_ argument: String) -> [Result<String, InputErrors>] {
        var isDirectory: ObjCBool = false
        guard argument != "-", FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue else {
            return [.success(argument)]
        }
        var found: [Result<String, InputErrors>] = []
        collect(in: argument, into: &found)
        if found.isEmpty {
            return [.failure(problem(argument, "there are no project files (*.json) in this directory",
                                     expected: "a directory holding project files, or the path of a file"))]
        }
        return found.sorted { key($0).utf8.lexicographicallyPrecedes(key($1).utf8) }
    }

    private static func key(_ input: Result<String, InputErrors>) -> String {
        switch input {
        case .success(let path): return path
        case .failure(let problem): return problem.diagnostics.first?.file ?? ""
        }
    }

    private static func collect(in directory: String, into found: inout [Result<String, InputErrors>]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            found.append(.failure(problem(directory, "the directory cannot be read (check its permissions)", expected: "a readable directory")))
            return
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        for name in names where !name.hasPrefix(".") {
            let path = prefix + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                if ProjectFileDiscovery.searchesFolder(named: name) && !isSymbolicLink(path) { collect(in: path, into: &found) }
            } else if ProjectFileDiscovery.isProjectFile(atPath: path) {
                found.append(.success(path))
            }
        }
    }

    private static func isSymbolicLink(_ path: String) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
    }

    private static func problem(_ path: String, _ message: String, expected: String) -> InputErrors {
        InputErrors(diagnostics: [InputDiagnostic(file: path, location: nil, path: .root, message: message, expected: expected)])
    }
}
