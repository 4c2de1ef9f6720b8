import Foundation
import InvolveCLI

/// What one in-process run of `involve` printed and returned.
struct RunResult {
    let code: Int32
    let out: String
    let err: String
}

/// Collects what the tool writes, safely from any thread.
final class Capture: @unchecked Sendable {
    private let lock = NSLock()
    private var outText = ""
    private var errText = ""
    private var lines: [String]

    init(lines: [String] = []) { self.lines = lines }

    func out(_ text: String) { lock.lock(); outText += text; lock.unlock() }
    func err(_ text: String) { lock.lock(); errText += text; lock.unlock() }
    func nextLine() -> String? {
        lock.lock(); defer { lock.unlock() }
        return lines.isEmpty ? nil : lines.removeFirst()
    }
    var result: (out: String, err: String) { lock.lock(); defer { lock.unlock() }; return (outText, errText) }
}

/// Runs `involve ARGUMENTS` through the real entry point with a captured console. `stdin` is
/// what `-` reads; `typed` are the lines a person types for `init --interactive`.
func involve(_ arguments: [String], stdin: [UInt8] = [], terminal: Bool = false, typed: [String] = []) -> RunResult {
    let capture = Capture(lines: typed)
    let console = Console(writeOut: capture.out, writeError: capture.err, standardOutputIsTerminal: terminal,
                          readStandardInput: { stdin }, standardInputIsTerminal: terminal, readLine: capture.nextLine)
    let code = CommandLineTool.run(arguments: arguments, environment: ["NO_COLOR": "1"], console: console)
    let (out, err) = capture.result
    return RunResult(code: code, out: out, err: err)
}

/// Paths in the source repository, found from this file's location.
enum Repository {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // InvolveCLITests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Every project file under Examples/, sorted: the files `involve validate Examples` checks,
    /// by the same rule (`ProjectFileDiscovery`), so decision records and policy files are left out.
    static func examples() -> [String] {
        let base = path("Examples")
        guard let walker = FileManager.default.enumerator(atPath: base) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let full = base + "/" + relative
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                if !ProjectFileDiscovery.searchesFolder(named: (relative as NSString).lastPathComponent) { walker.skipDescendants() }
            } else if ProjectFileDiscovery.isProjectFile(atPath: full) {
                found.append(full)
            }
        }
        return found.sorted()
    }
}

/// A fresh temporary folder for one test, removed by the caller with `remove()`.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "involve-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func write(_ name: String, _ text: String) throws { try write(name, Array(text.utf8)) }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        let target = file(name)
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
    }

    func read(_ name: String) -> String? {
        FileManager.default.contents(atPath: file(name)).map { String(decoding: $0, as: UTF8.self) }
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
