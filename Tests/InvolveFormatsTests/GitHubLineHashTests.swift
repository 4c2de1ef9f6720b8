import InvolveCore
@testable import InvolveFormats
import Testing

/// The line hashes must be exactly those of GitHub's upload action, or code scanning would see
/// every alert as new on the next run: these are the expected values of its own test
/// (github/codeql-action, src/fingerprints.test.ts, "hash").
@Suite struct GitHubLineHashTests {
    func hashes(_ text: String) -> [String] { GitHubLineHash.lines(of: Array(text.utf8)) }

    @Test func emptyFile() {
        #expect(hashes("") == ["c129715d7a2bc9a3:1"])
    }

    @Test func blanksAreSkipped() {
        #expect(hashes(" a\nb\n  \t\tc\n d") == ["271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1", "a23a3dc5e078b07b:1"])
        #expect(hashes(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End") == [
            "8b7cf3e952e7aeb2:1", "b1ae1287ec4718d9:1", "bff680108adb0fcc:1", "c6805c5e1288b612:1", "b86d3392aea1be30:1",
            "e6ceba753e1a442:1",
        ])
    }

    /// `\n`, `\r` and `\r\n` give the same hashes.
    @Test(arguments: [
        " hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n",
        " hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r",
        " hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n",
        " hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n",
    ])
    func lineEndings(_ text: String) {
        #expect(hashes(text) == [
            "e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1", "b3edc88f2938467e:1",
            "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1",
        ])
    }

    /// Identical lines are told apart by how many came before.
    @Test func repeatedLines() {
        #expect(hashes(String(repeating: "Lorem ipsum dolor sit amet.\n", count: 10)) == [
            "a7f2ff13bc495cf2:1", "a7f2ff13bc495cf2:2", "a7f2ff13bc495cf2:3", "a7f2ff13bc495cf2:4", "a7f2ff13bc495cf2:5",
            "a7f2ff13bc495cf2:6", "a7f2ff1481e87703:1", "a9cf91f7bbf1862b:1", "55ec222b86bcae53:1", "cc97dc7b1d7d8f7b:1",
            "c129715d7a2bc9a3:1",
        ])
        #expect(hashes("x = 2\nx = 1\nprint(x)\nx = 3\nprint(x)\nx = 4\nprint(x)\n") == [
            "e54938cc54b302f1:1", "bb609acbe9138d60:1", "1131fd5871777f34:1", "5c482a0f8b35ea28:1", "54517377da7028d2:1",
            "2c644846cb18d53e:1", "f1b89f20de0d133:1", "c129715d7a2bc9a3:1",
        ])
    }

    @Test func lazyPerFile() {
        let text = Array("x = 2\nx = 1\n".utf8)
        var lines = LineHashes(text)
        // A line's hash covers the 100 characters from its start, so it depends on what follows.
        #expect(lines.hash(ofLine: 2) == GitHubLineHash.lines(of: text)[1])
        #expect(lines.hash(ofLine: 9) == nil)
        var unknown = LineHashes([])
        #expect(unknown.hash(ofLine: 1) == nil)
    }

    @Test func eachLineAloneAsInTheWholeListWithRepeatsAndNonASCII() {
        // Repeated lines get their occurrence counted; non-ASCII text is hashed by its UTF-16
        // code units (an astral character is two), ASCII text byte by byte: the same either way.
        let blank = String(repeating: "\n", count: 120)
        for text in ["a\n" + blank + "a\n" + blank + "a", "café 😀\r\n\tcafé 😀\n" + blank + "café 😀", "{\n  \"k\": 1\n}\n"] {
            let bytes = Array(text.utf8)
            let whole = GitHubLineHash.lines(of: bytes)
            var lazy = LineHashes(bytes)
            #expect((1...whole.count).map { lazy.hash(ofLine: $0) } == whole)
            #expect(Set(whole.map { $0.split(separator: ":")[1] }).count > 1 || text.hasPrefix("{"), "repeats are counted")
        }
    }
}

@Suite struct ArtifactPathsTests {
    @Test func absolutePathsBecomeRelativeToTheWorkingDirectory() {
        let paths = ArtifactPaths(workingDirectory: "/home/ci/repo")
        #expect(paths.relative("/home/ci/repo/projects/a.json") == "projects/a.json")
        #expect(paths.relative("./projects/../projects/./a.json") == "projects/a.json")
        #expect(paths.relative("projects//a.json") == "projects/a.json")
        #expect(paths.relative("/elsewhere/a.json") == nil)
        #expect(paths.relative("/home/ci/repository/a.json") == nil)
        #expect(paths.relative("<stdin>") == nil)
    }

    @Test func baseDirectory() {
        let paths = ArtifactPaths(workingDirectory: "/home/ci/repo/projects", baseDirectory: "..")
        #expect(paths.baseDirectory == "/home/ci/repo")
        #expect(paths.relative("north/a.json") == "projects/north/a.json")
        #expect(ArtifactPaths(workingDirectory: "/x", baseDirectory: "/srv/repo/").relative("/srv/repo/p/a.json") == "p/a.json")
        #expect(ArtifactPaths(workingDirectory: "/", baseDirectory: "/").relative("/p/a.json") == "p/a.json")
    }

    @Test func unknownWorkingDirectory() {
        #expect(ArtifactPaths.asGiven.relative("./projects/a.json") == "projects/a.json")
        #expect(ArtifactPaths.asGiven.relative("/abs/a.json") == nil)
    }

    @Test func fingerprintsDifferAcrossFilesWithTheSameProjectID() {
        var first = ProblemFingerprints(file: "projects/a.json")
        var second = ProblemFingerprints(file: "projects/b.json")
        let a = first.next(rule: "people-equality-groups", path: "$.people")
        #expect(a != second.next(rule: "people-equality-groups", path: "$.people"))
        // A second problem of the same rule and fact in one file is told apart too.
        #expect(a != first.next(rule: "people-equality-groups", path: "$.people"))
        var again = ProblemFingerprints(file: "projects/a.json")
        #expect(again.next(rule: "people-equality-groups", path: "$.people") == a)
    }
}

@Suite struct GitHubCommandEscapingTests {
    @Test func escapesAsTheToolkitDoes() {
        #expect(GitHubReport.data("50% of people\r\nsay: a, b") == "50%25 of people%0D%0Asay: a, b")
        #expect(GitHubReport.property("involve rule: a, b%") == "involve rule%3A a%2C b%25")
        #expect(GitHubReport.data("plain") == "plain")
        #expect(GitHubReport.property("projects/a.json") == "projects/a.json")
    }
}
