import Foundation
import InvolveCore

/// One command-line argument as discovery sees it, before any file is read: standard input, a
/// file named explicitly (always read as a project file, whatever it is), or a folder with the
/// candidate paths its search found. Only paths are held, so this is cheap for any number of files.
enum InputArgument: Equatable {
    case standardInput
    case file(String)
    case folder(FolderSearch)

    /// `-` is standard input; a directory (following a symbolic link given on the command line)
    /// is searched (`FolderWalk`); anything else, even a path that does not exist, is a file.
    init(_ argument: String) {
        if argument == "-" {
            self = .standardInput
        } else if InputDiscovery.isDirectory(argument) {
            self = .folder(FolderWalk.search(argument))
        } else {
            self = .file(argument)
        }
    }
}

/// Turns the paths given to `involve assess` into the inputs to assess, in a stable order:
/// arguments in the order given; a directory is searched as `involve validate` searches it
/// (`FolderWalk`, by `ProjectFileDiscovery`'s rule: policy files, decision records, hidden files
/// and symbolic links to directories are skipped), sorted by path (UTF-8 byte order). A file
/// named explicitly is always assessed, whatever its name. `ProjectInputs` then reads them.
enum InputDiscovery {
    /// - Throws: `UsageError` when `-` is given more than once (standard input can be read once).
    static func expand(_ arguments: [String]) throws(UsageError) -> [InputArgument] {
        if arguments.filter({ $0 == "-" }).count > 1 { throw UsageError("standard input (-) can be given only once") }
        return arguments.map(InputArgument.init)
    }

    /// True when `path` is a directory (following a symbolic link given on the command line).
    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

/// The report being written (`--output`), which a folder search must not read as a project
/// file when the report sits in the folder being searched.
struct ExcludedFile {
    private let absolutePath: String
    private let nameSuffix: String

    init(_ path: String) {
        absolutePath = Self.absolute(path)
        nameSuffix = "/" + URL(fileURLWithPath: path).lastPathComponent
    }

    /// The name is compared first, so that resolving the full path (several system calls) is
    /// done only for a file called like the report, not for every file of the search.
    func matches(_ file: String) -> Bool {
        file.hasSuffix(nameSuffix) && Self.absolute(file) == absolutePath
    }

    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
