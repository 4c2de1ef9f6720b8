import InvolveCore

/// The project files that the command-line arguments name, read one at a time in order, for
/// `assess` and `validate` alike. Each file is opened and read once: the bytes that are
/// assessed are the bytes that tell a decision record (skipped when a folder search finds one)
/// from a project file. One file is held at a time, so memory does not grow with their number.
struct ProjectInputs: Sequence, IteratorProtocol {
    enum Item {
        /// A file to assess: its name as reports show it, and its bytes or why it could not be read.
        case file(name: String, content: Result<[UInt8], InputErrors>)
        /// A folder that cannot be read or holds no project files: an input error, not a file.
        case folderProblem(folder: String, errors: InputErrors)
    }

    /// Where `assess` and `validate` have always differed.
    struct Rules {
        /// A file named twice, or named and also found by a search, is read as a project once.
        var onceEach: Bool
        /// The report being written, never read as a project file when a search finds it.
        var excluding: [ExcludedFile]
        /// A search's unreadable subfolders come after its files, rather than in path order.
        var problemsAfterFiles: Bool

        static let validate = Rules(onceEach: false, excluding: [], problemsAfterFiles: false)

        static func assess(excluding outputs: [String]) -> Rules {
            Rules(onceEach: true, excluding: outputs.map(ExcludedFile.init), problemsAfterFiles: true)
        }
    }

    /// What is known of a path met before, for `onceEach`, so that it is not read again.
    private struct Seen {
        /// Read as a project file already (named, or found by a search), so not read as one again.
        var taken: Bool
        /// Its content is a decision record, which a search skips (a file that could not be
        /// read is not one: it counts as a project file, so that the reason is reported).
        var isRecord: Bool
    }

    /// A folder argument part-way through.
    private struct FolderProgress {
        let path: String
        var remaining: ArraySlice<FolderSearch.Entry>
        /// Whether the search found anything at all but decision records: a project file (even
        /// one not read again because it was read before), or a subfolder it could not read.
        var foundAnything = false
    }

    private let arguments: [InputArgument]
    private let rules: Rules
    private let console: Console
    private let readFile: (String) -> Result<[UInt8], InputErrors>
    private var nextArgument = 0
    private var folder: FolderProgress?
    private var seen: [String: Seen] = [:]

    /// - Parameter readFile: reads a file that is not standard input; tests count the reads.
    init(_ arguments: [InputArgument], rules: Rules, console: Console,
         readFile: @escaping (String) -> Result<[UInt8], InputErrors> = InputFiles.readFile) {
        self.arguments = arguments
        var rules = rules
        // One argument cannot name a file twice (a search meets each path once), so the
        // bookkeeping, a dictionary entry per file, is needed only with several.
        if arguments.count < 2 { rules.onceEach = false }
        self.rules = rules
        self.console = console
        self.readFile = readFile
    }

    mutating func next() -> Item? {
        while true {
            if folder != nil {
                if let item = nextInFolder() { return item }
                continue
            }
            guard nextArgument < arguments.count else { return nil }
            let argument = arguments[nextArgument]
            nextArgument += 1
            switch argument {
            case .standardInput:
                return .file(name: InputFiles.displayName("-"), content: InputFiles.read("-", console: console))
            case .file(let path):
                guard rules.onceEach else { return .file(name: path, content: readFile(path)) }
                if seen[path]?.taken == true { continue }
                let content = readFile(path)
                // Noted in case a later search meets the file, which then need not read it again.
                seen[path] = Seen(taken: true, isRecord: Self.isRecord(content))
                return .file(name: path, content: content)
            case .folder(let search):
                let entries = rules.problemsAfterFiles ? Self.filesFirst(search.entries) : search.entries
                folder = FolderProgress(path: search.path, remaining: entries[...])
            }
        }
    }

    /// The next item of the folder under way, or nil when an entry yields nothing (a decision
    /// record, a file already read); `folder` is cleared once the folder is done.
    private mutating func nextInFolder() -> Item? {
        guard var progress = folder else { return nil }
        guard let entry = progress.remaining.popFirst() else {
            folder = nil
            return progress.foundAnything ? nil : .folderProblem(folder: progress.path, errors: FolderSearch.noProjectFiles(progress.path))
        }
        let item: Item?
        switch entry {
        case .problem(let path):
            progress.foundAnything = true
            item = .folderProblem(folder: path, errors: FolderSearch.unreadable(path))
        case .candidate(let path):
            item = candidate(path, foundAnything: &progress.foundAnything)
        }
        folder = progress
        return item
    }

    private mutating func candidate(_ path: String, foundAnything: inout Bool) -> Item? {
        if rules.onceEach, let known = seen[path] {
            // Read before: a decision record is skipped again; a project file is not read twice.
            if known.isRecord { return nil }
            foundAnything = true
            if known.taken { return nil }
        }
        let content = readFile(path)
        let isRecord = Self.isRecord(content)
        if rules.onceEach { seen[path] = Seen(taken: !isRecord, isRecord: isRecord) }
        if isRecord { return nil }
        foundAnything = true
        // Noted as taken before the report is left out, as always: naming the report later
        // does not make it a project either.
        if rules.excluding.contains(where: { $0.matches(path) }) { return nil }
        return .file(name: path, content: content)
    }

    private static func isRecord(_ content: Result<[UInt8], InputErrors>) -> Bool {
        guard case .success(let bytes) = content else { return false }
        return ProjectFileDiscovery.isDecisionRecord(bytes)
    }

    private static func filesFirst(_ entries: [FolderSearch.Entry]) -> [FolderSearch.Entry] {
        entries.filter { if case .candidate = $0 { true } else { false } }
            + entries.filter { if case .problem = $0 { true } else { false } }
    }
}
