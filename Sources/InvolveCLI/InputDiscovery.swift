import Foundation
import InvolveCore

/// Turns the paths given to `involve assess` into the list of project files to assess, in a
/// stable order: arguments in the order given; a directory is searched as `involve validate`
/// searches it (`ProjectFiles`, by `ProjectFileDiscovery`'s rule: policy files, decision records,
/// hidden files and symbolic links to directories are skipped), sorted by path (UTF-8 byte order).
/// A file named explicitly is always assessed, whatever its name.
enum InputDiscovery {
    enum Input: Equatable {
        /// A file to read (`-` for standard input).
        case file(String)
        /// A directory with no project files, or one that cannot be read: an input error.
        case problem(path: String, message: String, expected: String)
    }

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
            // The same walk and the same rule for what is a project file as `involve validate`.
            for entry in ProjectFiles.expand(argument) {
                switch entry {
                case .success(let file): found.append(file)
                case .failure(let errors):
                    for diagnostic in errors.diagnostics {
                        problems.append(.problem(path: diagnostic.file, message: diagnostic.message, expected: diagnostic.expected ?? ""))
                    }
                }
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

    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
