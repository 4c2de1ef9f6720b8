import Foundation
import InvolveCore

/// Turns the paths given to `involve assess` into the list of project files to assess, in a
/// stable order: arguments in the order given; a directory is searched recursively for
/// `*.json` files, sorted by path (UTF-8 byte order). Skipped while searching: policy files
/// (a file named `involve-policy.json`, anything under a directory named `policy`), hidden
/// files and directories (`.git`, `.build`), and symbolic links to directories (they could
/// loop). A file named explicitly is always assessed, whatever its name.
enum InputDiscovery {
    enum Input: Equatable {
        /// A file to read (`-` for standard input).
        case file(String)
        /// A directory with no project files, or one that cannot be read: an input error.
        case problem(path: String, message: String, expected: String)
    }

    static let policyFileName = "involve-policy.json"
    static let policyDirectoryName = "policy"

    /// - Throws: `UsageError` when `-` is given more than once (standard input can be read once).
    /// - Parameter excluding: the report file being written (`--output`), never read as a
    ///   project file even when it sits in a directory being searched.
    static func expand(_ arguments: [String], excluding output: String? = nil) throws(UsageError) -> [Input] {
        let excluded = output.map(absolute)
        let excludedName = output.map { URL(fileURLWithPath: $0).lastPathComponent }
        var inputs: [Input] = []
        var seen = Set<String>()
        var stdinSeen = false
        for argument in arguments {
            if argument == "-" {
                if stdinSeen { throw UsageError("standard input (-) can be given only once") }
                stdinSeen = true
                inputs.append(.file("-"))
                continue
            }
            guard isDirectory(argument) else {
                if seen.insert(argument).inserted { inputs.append(.file(argument)) }
                continue
            }
            var found: [String] = []
            var problems: [Input] = []
            walk(argument, into: &found, problems: &problems)
            if found.isEmpty && problems.isEmpty {
                problems.append(.problem(path: argument, message: "the directory contains no project files (*.json)",
                                         expected: "a directory with project files, or a path to one"))
            }
            // Byte order of the UTF-8 paths: the same on every machine, whatever its locale.
            for file in found.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where seen.insert(file).inserted {
                if let excluded, file.hasSuffix("/" + (excludedName ?? "")), absolute(file) == excluded { continue }
                inputs.append(.file(file))
            }
            inputs += problems
        }
        return inputs
    }

    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// True when `path` is a directory (following a symbolic link given on the command line).
    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private static func walk(_ directory: String, into found: inout [String], problems: inout [Input]) {
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            problems.append(.problem(path: directory, message: "the directory cannot be read (check its permissions)",
                                     expected: "a readable directory"))
            return
        }
        for name in entries.sorted() where !name.hasPrefix(".") {
            let path = join(directory, name)
            switch kind(path) {
            case .directory:
                if name != policyDirectoryName { walk(path, into: &found, problems: &problems) }
            case .file:
                if name.hasSuffix(".json") && name != policyFileName { found.append(path) }
            case .other:
                continue
            }
        }
    }

    private enum Kind { case file, directory, other }

    /// What `path` is, without following a link to a directory; a link to a file is a file.
    private static func kind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK:
            var target = stat()
            guard stat(path, &target) == 0 else { return .other }
            return target.st_mode & S_IFMT == S_IFREG ? .file : .other
        default: return .other
        }
    }

    /// `projects` + `a.json` → `projects/a.json`; `projects/` + `a.json` → `projects/a.json`.
    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
