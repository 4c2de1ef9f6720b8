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

    /// A pipe (such as `<(command)` in a shell) has no size: it is read in chunks to the end.
    @Test func readsAPipeToTheEnd() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("pipe.json")
        try #require(mkfifo(path, 0o600) == 0)
        let bytes = (0..<150_001).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let writer = Thread {
            // Non-blocking open fails until the reader has opened its end; give up after 5 s
            // rather than hang the tests if the reader never does.
            var descriptor: Int32 = -1
            for _ in 0..<500 {
                descriptor = open(path, O_WRONLY | O_NONBLOCK)
                if descriptor >= 0 { break }
                usleep(10_000)
            }
            guard descriptor >= 0 else { return }
            _ = fcntl(descriptor, F_SETFL, 0)  // blocking writes from here on
            bytes.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress else { return }
                var offset = 0
                while offset < buffer.count {
                    let written = write(descriptor, base + offset, buffer.count - offset)
                    if written <= 0 { break }
                    offset += written
                }
            }
            close(descriptor)
        }
        writer.start()
        #expect(FileReader.contents(atPath: path, limit: InputFiles.maximumBytes) == .bytes(bytes))
    }
}
