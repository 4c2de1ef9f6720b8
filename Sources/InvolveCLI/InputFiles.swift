import Foundation
import InvolveCore

/// Reads input files with the checks a person needs explained: missing, a directory, too
/// large, unreadable. `-` reads standard input. Each file is opened and read once.
enum InputFiles {
    /// Project files larger than this are refused (documented in docs/project-file.md): a real
    /// project file is a few kilobytes, and the limit keeps a mistaken input from exhausting memory.
    static let maximumBytes = 5 * 1024 * 1024

    /// Decision records are refused above this (docs/records.md). A record holds the trail,
    /// findings and facts of an assessment, several times the size of its project file, so
    /// it has its own limit; `involve record` never writes a record larger than this.
    static let maximumRecordBytes = 64 * 1024 * 1024

    /// A decision record (for `report` and `verify`): a regular file, at most `maximumRecordBytes`.
    static func readRecord(_ path: String) -> Result<[UInt8], InputErrors> {
        switch FileReader.contents(atPath: path, limit: maximumRecordBytes) {
        case .tooLarge(let size):
            let measured = size.map { "the file is \($0) bytes, larger than" } ?? "the file is larger than"
            return .failure(problem(path, measured + " the \(maximumRecordBytes)-byte limit for a decision record",
                                    expected: "a decision record written by involve record"))
        case let other:
            return outcome(other, path: path)
        }
    }

    static func read(_ path: String, console: Console) -> Result<[UInt8], InputErrors> {
        if path == "-" { return outcome(console.standardInput(limit: maximumBytes), path: path) }
        return readFile(path)
    }

    /// A file (not standard input), opened and read once (`FileReader`).
    static func readFile(_ path: String) -> Result<[UInt8], InputErrors> {
        outcome(FileReader.contents(atPath: path, limit: maximumBytes), path: path)
    }

    /// How long standard input may take to reach its end (documented in docs/project-file.md):
    /// a pipe from a program that never finishes must not keep a CI job waiting for ever.
    static let standardInputSeconds = 60

    private static func outcome(_ read: FileReader.Outcome, path: String) -> Result<[UInt8], InputErrors> {
        switch read {
        case .bytes(let bytes):
            return .success(bytes)
        case .missing:
            return .failure(problem(path, "the file does not exist", expected: "a path to a project file (.json)",
                                    suggestion: similarFile(to: path)))
        case .directory:
            return .failure(problem(path, "this is a directory, not a file", expected: "a path to a project file (.json)"))
        case .tooLarge(let size):
            return .failure(tooLarge(path, size))
        case .unreadable:
            return .failure(problem(path, "the file cannot be read (check its permissions)", expected: "a readable file"))
        case .notRegular(let kind):
            return .failure(problem(path, "this is \(kind), not a regular file; it is not read, since it may never end or never be written",
                                    expected: "a regular project file (.json), or - with the file on standard input (involve assess - < file.json)"))
        case .closed:
            return .failure(problem(path, "standard input is closed, so there is nothing to read",
                                    expected: "a project file on standard input (involve assess - < file.json), or the path of a file"))
        case .terminal:
            return .failure(problem(path, "standard input is a terminal, not a file; involve does not wait for a project to be typed",
                                    expected: "a project file on standard input (involve assess - < file.json, or cat file.json | involve assess -), or the path of a file"))
        case .timedOut(let seconds):
            return .failure(problem(path, "standard input did not end within \(seconds) seconds, so reading stopped",
                                    expected: "a project file on standard input that ends (involve assess - < file.json)"))
        }
    }

    static func displayName(_ path: String) -> String { path == "-" ? "<stdin>" : path }

    private static func tooLarge(_ path: String, _ size: Int?) -> InputErrors {
        let measured = size.map { "the file is \($0) bytes, larger than" } ?? "the input is larger than"
        return problem(path, measured + " the \(maximumBytes)-byte limit for a project file" + (size == nil ? " (reading stopped there)" : ""),
                       expected: "a project file under 5 MiB")
    }

    private static func problem(_ path: String, _ message: String, expected: String, suggestion: String? = nil) -> InputErrors {
        InputErrors(diagnostics: [InputDiagnostic(file: displayName(path), location: nil, path: .root, message: message,
                                                  expected: expected, suggestion: suggestion)])
    }

    /// A file in the same folder whose name is close to the one given (a typo in the name).
    private static func similarFile(to path: String) -> String? {
        let folder: String
        let name: String
        if let slash = path.lastIndex(of: "/") {
            folder = String(path[...slash])
            name = String(path[path.index(after: slash)...])
        } else {
            folder = ""
            name = path
        }
        guard !name.isEmpty, let names = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder),
              let match = Suggestions.nearest(to: name, among: names.filter { !$0.hasPrefix(".") }.sorted()) else { return nil }
        return folder + match
    }
}
