import InvolveCore

/// `involve verify DIR [--projects DIR]`: checks that each decision record in DIR is as
/// `involve record` wrote it (its own digest, `RecordDigest`), and, with --projects, that the
/// project file it was made from is still the one recorded: same project id, same SHA-256.
/// One line per record; exit 0 when every record is intact (and matches), 1 when any was
/// changed or its project file differs or is missing, 2 for usage or unreadable input.
enum VerifyCommand {
    private enum Status: String {
        case ok = "ok"
        case changed = "CHANGED"
        case differs = "DIFFERS"
        case missing = "MISSING"
        case invalid = "INVALID"
    }

    static func run(_ arguments: [String], _ context: CommandContext) throws -> ExitCode {
        let parsed = try Arguments(arguments, valued: ["projects"], flags: ["help"])
        if parsed.flag("help") {
            context.console.out(HelpText.verify)
            return .success
        }
        guard let directory = parsed.positionals.first, parsed.positionals.count == 1 else {
            throw UsageError("verify takes one directory of decision records (and --projects DIR to check them against)")
        }
        let console = context.console
        let files: [String]
        switch ReportCommand.recordFiles(in: directory) {
        case .failure(let errors):
            for diagnostic in errors.diagnostics { console.error(diagnostic.rendered) }
            return .usageOrInputError
        case .success(let found):
            files = found
        }
        var projects: [String: [(path: String, sha256: String)]]?
        if let folder = parsed.value("projects") {
            switch projectDigests(folder, console) {
            case .failure(let errors):
                for diagnostic in errors.diagnostics { console.error(diagnostic.rendered) }
                return .usageOrInputError
            case .success(let found):
                projects = found
            }
        }

        var counts: [Status: Int] = [:]
        for file in files {
            let (status, detail) = check(file, against: projects, console)
            counts[status, default: 0] += 1
            console.say("\(status.rawValue.padding(7)) \(file): \(detail)\n")
        }
        let problems = files.count - counts[.ok, default: 0]
        console.error("\(files.count) record\(files.count == 1 ? "" : "s") checked in \(directory): \(counts[.ok, default: 0]) ok"
                      + [Status.changed, .differs, .missing, .invalid].compactMap { status in
                          counts[status].map { ", \($0) \(status.rawValue.lowercased())" }
                      }.joined() + ".")
        if counts[.invalid, default: 0] > 0 { return .usageOrInputError }
        return problems > 0 ? .findingsAtThreshold : .success
    }

    private static func check(_ file: String, against projects: [String: [(path: String, sha256: String)]]?,
                              _ console: Console) -> (Status, String) {
        let bytes: [UInt8]
        switch InputFiles.readRecord(file) {
        case .failure(let errors):
            for diagnostic in errors.diagnostics { console.error(diagnostic.rendered) }
            return (.invalid, "cannot be read")
        case .success(let read):
            bytes = read
        }
        if RecordDigest.check(bytes) == .changed {
            return (.changed, "the record was changed after it was written (its content no longer matches its recordSHA256)")
        }
        let record: DecisionRecord
        switch DecisionRecordLoader.load(bytes, file: file) {
        case .failure(let errors):
            for diagnostic in errors.diagnostics { console.error(diagnostic.rendered) }
            return (.invalid, "not a valid decision record")
        case .success(let loaded):
            record = loaded
        }
        for note in record.readingNotes { console.error("involve: note: " + note) }
        let intact = RecordDigest.check(bytes) == .intact ? "intact" : "written before records carried a digest, so not checked"
        guard let projects else { return (.ok, intact) }
        let id = TerminalText.line(record.project.id)
        guard let candidates = projects[record.project.id], !candidates.isEmpty else {
            return (.missing, "\(intact); no project file with id \(id) was found")
        }
        if let same = candidates.first(where: { $0.sha256 == record.input.sha256 }) {
            return (.ok, "\(intact); \(same.path) is the file recorded (SHA-256 \(record.input.sha256))")
        }
        let paths = candidates.map(\.path).joined(separator: ", ")
        return (.differs, "\(intact); the project file for \(id) (\(paths)) has changed since it was recorded: "
                + "recorded SHA-256 \(record.input.sha256), now \(candidates.map(\.sha256).joined(separator: ", "))")
    }

    /// Every project file found under `folder` (as `assess` finds them), by its project id.
    /// A file whose id cannot be read is left out: it cannot be any record's project.
    private static func projectDigests(_ folder: String, _ console: Console) -> Result<[String: [(path: String, sha256: String)]], InputErrors> {
        guard InputDiscovery.isDirectory(folder) else {
            return .failure(InputErrors(diagnostics: [InputDiagnostic(file: folder, location: nil, path: .root,
                                                                       message: "--projects must name a directory",
                                                                       expected: "a directory of project files")]))
        }
        var found: [String: [(path: String, sha256: String)]] = [:]
        for input in ProjectInputs([.folder(FolderWalk.search(folder))], rules: .validate, console: console) {
            guard case .file(let name, .success(let bytes)) = input, let id = ProjectLoader.declaredID(bytes) else { continue }
            found[id, default: []].append((name, SHA256.hexDigest(bytes)))
        }
        return .success(found)
    }
}

private extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
