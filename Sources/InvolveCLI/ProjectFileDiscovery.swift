import Foundation
import InvolveCore

/// Which files a search of a folder treats as project files: the one rule `involve validate DIR`
/// uses, and the tests use to find the project files among the examples. A file given by name is
/// always read as a project file; only folder searches apply this rule. Skipped:
///
/// - hidden files and folders (`.git`, `.build`);
/// - folders named `policy` and files named `involve-policy.json` (policy files);
/// - decision records: JSON files whose top-level object has `"format": "involve.decision-record"`
///   (`involve record` writes them beside the project files, and `involve report` reads them);
/// - files whose name does not end in `.json` (in any case).
///
/// Symbolic links to folders are not followed; that is the walk's business, not this rule's.
public enum ProjectFileDiscovery {
    public static let policyFileName = "involve-policy.json"
    public static let policyFolderName = "policy"

    /// Whether a folder search goes into the subfolder called `name`.
    public static func searchesFolder(named name: String) -> Bool {
        !name.hasPrefix(".") && name != policyFolderName
    }

    /// Whether the file at `path`, found by a folder search, is a project file. Reads the file
    /// only when its name says it may be one, and then only to look at the root's `format`;
    /// a file that cannot be read, is too large or is not JSON counts as a project file, so that
    /// validating it says what is wrong rather than skipping it silently.
    public static func isProjectFile(atPath path: String) -> Bool {
        let name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        guard !name.hasPrefix("."), name.lowercased().hasSuffix(".json"), name != policyFileName else { return false }
        return !isDecisionRecord(atPath: path)
    }

    static func isDecisionRecord(atPath path: String) -> Bool {
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber,
           size.intValue > InputFiles.maximumBytes {
            return false
        }
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        return DecisionRecordLoader.declaresRecordFormat(Array(data))
    }
}

/// Turns a command-line argument into the project files it names: itself, or for a directory
/// every project file below it (by `ProjectFileDiscovery`'s rule), in sorted order. Symbolic
/// links to folders are not followed, so a search cannot loop.
enum ProjectFiles {
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
