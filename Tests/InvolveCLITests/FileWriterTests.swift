import Foundation
import Testing
@testable import InvolveCLI

/// Reports are written with POSIX `write`; every byte must arrive, and a failure must say why.
@Suite struct FileWriterTests {
    @Test func writesEveryByteOfALargeBuffer() throws {
        let path = NSTemporaryDirectory() + "involve-filewriter-\(getpid()).bin"
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        // Larger than a pipe or socket buffer, with every byte value, so a short write would show.
        let bytes = (0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        #expect(FileWriter.write(bytes, to: handle.fileDescriptor) == nil)
        #expect(FileWriter.write([], to: handle.fileDescriptor) == nil)
        try handle.close()
        #expect(FileManager.default.contents(atPath: path) == Data(bytes))
    }

    @Test func aFailedWriteReturnsTheReason() {
        // -1 is never an open descriptor: EBADF.
        let code = FileWriter.write([1, 2, 3], to: -1)
        #expect(code == EBADF)
        #expect(FileWriter.describe(EBADF).lowercased().contains("bad file descriptor"))
    }

    @Test func aConsoleWithoutAByteWriterGetsText() {
        var captured = ""
        let console = Console(writeOut: { captured += $0 }, writeError: { _ in })
        console.out(bytes: Array("café ✓\n".utf8))
        #expect(captured == "café ✓\n")
    }
}
