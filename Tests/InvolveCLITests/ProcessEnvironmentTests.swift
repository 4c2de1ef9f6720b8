import Foundation
import Testing
@testable import InvolveCLI

/// The executable reads only the variables the commands use, with `getenv`, rather than copying
/// the whole environment; a command reading a name that is not in the list would see it unset.
@Suite(.serialized) struct ProcessEnvironmentTests {
    @Test func readsTheNamedVariablesThatAreSetAndNoOthers() {
        let set = "INVOLVE_TEST_ENVIRONMENT_SET", empty = "INVOLVE_TEST_ENVIRONMENT_EMPTY"
        let unset = "INVOLVE_TEST_ENVIRONMENT_UNSET"
        setenv(set, "a value = with symbols é", 1)
        setenv(empty, "", 1)
        unsetenv(unset)
        defer { unsetenv(set); unsetenv(empty) }
        let environment = ProcessEnvironment.read([set, empty, unset])
        #expect(environment == [set: "a value = with symbols é", empty: ""])
        #expect(ProcessEnvironment.read([]).isEmpty)
    }

    @Test func givesWhatTheFullEnvironmentGivesForEveryNameRead() {
        let full = ProcessInfo.processInfo.environment
        let read = ProcessEnvironment.read()
        for name in ProcessEnvironment.namesRead {
            #expect(read[name] == full[name], "\(name)")
        }
        #expect(Set(read.keys).isSubset(of: Set(ProcessEnvironment.namesRead)))
    }

    /// Every `environment["NAME"]` the command-line sources look up is in the list.
    @Test func listsEveryVariableTheCommandsLookUp() throws {
        let sources = BuiltBinary.repositoryRoot.appendingPathComponent("Sources/InvolveCLI")
        let files = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".swift") }
        var looked: Set<String> = []
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            var rest = Substring(text)
            while let range = rest.range(of: "environment[\"") {
                rest = rest[range.upperBound...]
                if let close = rest.firstIndex(of: "\"") { looked.insert(String(rest[..<close])) }
            }
        }
        #expect(looked.isEmpty == false)
        #expect(looked.isSubset(of: Set(ProcessEnvironment.namesRead)), "\(looked.subtracting(ProcessEnvironment.namesRead))")
    }
}
