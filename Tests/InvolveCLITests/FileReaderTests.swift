import Foundation
import Testing
@testable import InvolveCLI

/// `FileReader` returns the whole file by whichever of its paths (size known from `fstat`, or
/// read in chunks to the end), and says why a file could not be read.
@Suite struct FileReaderTests {
    @Test func returnsTheWholeFileOrWhyNot() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // Larger than one chunk and not a multiple of it, with every byte value.
        let bytes = (0..<200_003).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try folder.write("data.json", bytes)
        try folder.write("empty.json", [])
        #expect(FileReader.contents(atPath: folder.file("data.json"), limit: InputFiles.maximumBytes) == .bytes(bytes))
        #expect(FileReader.contents(atPath: folder.file("empty.json"), limit: InputFiles.maximumBytes) == .bytes([]))
        #expect(FileReader.contents(atPath: folder.file("data.json"), limit: 200_002) == .tooLarge(200_003))
        #expect(FileReader.contents(atPath: folder.file("missing.json"), limit: 10) == .missing)
        #expect(FileReader.contents(atPath: folder.file("data.json/x"), limit: 10) == .missing)
        #expect(FileReader.contents(atPath: folder.path, limit: 10) == .directory)
    }

    /// Files whose size the system reports as 0 but which have content (such as those in
    /// /proc) are read to the end in chunks, as a pipe is.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/maps")))
    func readsFilesWithoutAKnownSizeToTheEnd() throws {
        guard case .bytes(let bytes) = FileReader.contents(atPath: "/proc/self/maps", limit: InputFiles.maximumBytes) else {
            Issue.record("/proc/self/maps could not be read")
            return
        }
        #expect(bytes.count > 0)
        #expect(String(decoding: bytes, as: UTF8.self).hasSuffix("\n"))
    }

    /// A named pipe is refused without opening it for a writer: opening one to read would
    /// wait until some process opened it to write, which may be never.
    @Test(.timeLimit(.minutes(1))) func refusesANamedPipeWithoutWaiting() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("pipe.json")
        try #require(mkfifo(path, 0o600) == 0)
        #expect(FileReader.contents(atPath: path, limit: InputFiles.maximumBytes) == .notRegular("a named pipe (FIFO)"))
    }

    /// Devices are refused by path whatever their name, including through a link.
    @Test func refusesDevicesAndLinksToThem() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try #require(symlink("/dev/zero", folder.file("zero.json")) == 0)
        #expect(FileReader.contents(atPath: "/dev/zero", limit: 10) == .notRegular("a character device"))
        #expect(FileReader.contents(atPath: folder.file("zero.json"), limit: 10) == .notRegular("a character device"))
    }

    /// A stream (standard input from a pipe or device) is read to its end, at most one byte
    /// past the limit, and for at most the time limit.
    @Test(.timeLimit(.minutes(1))) func readsAStreamWithinItsBounds() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        bytes.withUnsafeBytes { _ = write(ends[1], $0.baseAddress, $0.count) }
        // The writer stays open: the read has to stop on time, not at the end.
        let started = Date()
        #expect(FileReader.readStream(ends[0], limit: 5000, timeLimit: 1) == .timedOut(1))
        #expect(Date().timeIntervalSince(started) < 5)
        bytes.withUnsafeBytes { _ = write(ends[1], $0.baseAddress, $0.count) }
        #expect(FileReader.readStream(ends[0], limit: 999, timeLimit: 10) == .tooLarge(nil))
        close(ends[1])
        close(ends[0])

        try #require(pipe(&ends) == 0)
        bytes.withUnsafeBytes { _ = write(ends[1], $0.baseAddress, $0.count) }
        close(ends[1])
        #expect(FileReader.readStream(ends[0], limit: 1000, timeLimit: 10) == .bytes(bytes))
        close(ends[0])

        let zero = open("/dev/zero", O_RDONLY)
        try #require(zero >= 0)
        #expect(FileReader.readStream(zero, limit: InputFiles.maximumBytes, timeLimit: 10) == .tooLarge(nil))
        close(zero)
    }
}
