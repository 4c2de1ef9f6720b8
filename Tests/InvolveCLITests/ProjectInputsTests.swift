import Foundation
import InvolveCore
import Testing
@testable import InvolveCLI

/// `ProjectInputs` reads each file once, whether a search meets it once or several times, and
/// whether it is a decision record or a project file.
@Suite struct ProjectInputsTests {
    /// Reads files as the tool does, counting reads per path.
    final class CountingReader {
        private(set) var reads: [String: Int] = [:]

        func read(_ path: String) -> Result<[UInt8], InputErrors> {
            reads[path, default: 0] += 1
            return InputFiles.readFile(path)
        }
    }

    static let console = Console(writeOut: { _ in }, writeError: { _ in })

    /// What the inputs yield: the name of each file, or "problem: FOLDER".
    static func names(_ inputs: ProjectInputs) -> [String] {
        inputs.map { item in
            switch item {
            case .file(let name, _): return name
            case .folderProblem(let folder, _): return "problem: \(folder)"
            }
        }
    }

    @Test func eachFileIsReadOnceHoweverOftenItIsNamedOrFound() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("projects/a.json", FolderSearchTests.project)
        try folder.write("projects/b.json", FolderSearchTests.project)
        try folder.write("projects/r.json", FolderSearchTests.record)
        try folder.write("records/r.json", FolderSearchTests.record)
        let projects = folder.file("projects")
        let records = folder.file("records")
        let arguments = [folder.file("projects/a.json"), projects, projects, records, folder.file("projects/b.json"), records]
        let reader = CountingReader()
        let inputs = ProjectInputs(arguments.map(InputArgument.init), rules: .assess(excluding: []), console: Self.console,
                                   readFile: reader.read)
        #expect(Self.names(inputs) == [folder.file("projects/a.json"), folder.file("projects/b.json"),
                                       "problem: \(records)", "problem: \(records)"])
        #expect(reader.reads == [folder.file("projects/a.json"): 1, folder.file("projects/b.json"): 1,
                                 folder.file("projects/r.json"): 1, folder.file("records/r.json"): 1])
    }

    /// `validate` checks a file as often as it is given, and lists a search's unreadable
    /// subfolders in path order; `assess` after the files. Neither holds more than the paths.
    @Test func validateReadsWhatItIsGivenEachTime() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("projects/a.json", FolderSearchTests.project)
        let reader = CountingReader()
        let arguments = [folder.file("projects"), folder.file("projects/a.json")]
        let inputs = ProjectInputs(arguments.map(InputArgument.init), rules: .validate, console: Self.console, readFile: reader.read)
        #expect(Self.names(inputs) == [folder.file("projects/a.json"), folder.file("projects/a.json")])
        #expect(reader.reads == [folder.file("projects/a.json"): 2])
    }

    @Test func problemsComeAfterTheFilesForAssessAndInPathOrderForValidate() {
        let search = FolderSearch(path: "p", entries: [.candidate("p/a.json"), .problem(path: "p/b"), .candidate("p/c.json")])
        let read: (String) -> Result<[UInt8], InputErrors> = { _ in .success(Array(FolderSearchTests.project.utf8)) }
        let assess = ProjectInputs([.folder(search)], rules: .assess(excluding: []), console: Self.console, readFile: read)
        #expect(Self.names(assess) == ["p/a.json", "p/c.json", "problem: p/b"])
        let validate = ProjectInputs([.folder(search)], rules: .validate, console: Self.console, readFile: read)
        #expect(Self.names(validate) == ["p/a.json", "problem: p/b", "p/c.json"])
    }
}

/// The search lists files in UTF-8 byte order whatever order the folder gives them in.
@Suite struct FolderOrderTests {
    @Test func byteOrderIsTheUTF8ViewsOrder() {
        let names = ["", "a", "a.json", "a/b.json", "a-b", "A", "é.json", "e\u{301}.json", "z", "zz", "project-0001.json",
                     "project-0001.JSON", "a very long name that is not stored inline in the string.json", "日本.json"]
        for a in names {
            for b in names {
                #expect(FolderWalk.precedes(a, b) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a) < \(b)")
            }
        }
    }
}
