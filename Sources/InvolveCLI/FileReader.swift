#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file with POSIX calls: one `open`, one `fstat`, and `read` straight into the
/// array that is returned. A folder of thousands of project files is read this way, so each
/// file costs as few system calls and copies as possible (Foundation's `FileManager` stats a
/// file several times and copies its `Data` into `[UInt8]`). Why a file could not be read is
/// worked out only on the failure path, where a few extra calls cost nothing.
enum FileReader {
    enum Outcome: Equatable {
        case bytes([UInt8])
        /// Nothing at the path (or a broken link, or a folder on the way that cannot be searched).
        case missing
        case directory
        /// Larger than the limit; the size in bytes.
        case tooLarge(Int)
        /// There, but it cannot be opened or read (permissions, a socket, an I/O error).
        case unreadable
    }

    /// Chunk size for what `fstat` cannot size in advance: pipes, devices, files still growing.
    private static let chunkSize = 1 << 16

    static func contents(atPath path: String, limit: Int) -> Outcome {
        let descriptor = openReadOnly(path)
        guard descriptor >= 0 else { return whyUnopenable(path, limit: limit) }
        defer { _ = close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .unreadable }
        // Opening a directory read-only succeeds on Linux; reading it would fail with EISDIR.
        if isDirectory(status.st_mode) { return .directory }
        let size = Int(status.st_size)
        if size > limit { return .tooLarge(size) }
        let isRegular = (status.st_mode & S_IFMT) == S_IFREG
        return readToEnd(descriptor, expected: isRegular ? size : chunkSize, limit: limit)
    }

    private static func openReadOnly(_ path: String) -> Int32 {
        while true {
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            if descriptor >= 0 || errno != EINTR { return descriptor }
        }
    }

    /// The same questions, in the same order, as before reading: is it there, is it a folder,
    /// is it too large; anything else that stops `open` means it cannot be read.
    private static func whyUnopenable(_ path: String, limit: Int) -> Outcome {
        var status = stat()
        guard stat(path, &status) == 0 else { return .missing }
        if isDirectory(status.st_mode) { return .directory }
        let size = Int(status.st_size)
        return size > limit ? .tooLarge(size) : .unreadable
    }

    private static func isDirectory(_ mode: mode_t) -> Bool { (mode & S_IFMT) == S_IFDIR }

    /// Reads until end of file. A regular file's size is known, so one `read` fills an array one
    /// byte larger than that and a second returns 0 at the end; the spare byte notices a file
    /// that grew since `fstat`, which then goes on in chunks like a pipe does.
    private static func readToEnd(_ descriptor: Int32, expected: Int, limit: Int) -> Outcome {
        let capacity = expected + 1
        var failed = false
        var reachedEnd = false
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            count = 0
            while count < capacity {
                let got = readSome(descriptor, into: buffer.baseAddress.map { $0 + count }, capacity - count)
                if got < 0 { failed = true; return }
                if got == 0 { reachedEnd = true; return }
                count += got
            }
        }
        if failed { return .unreadable }
        if reachedEnd { return bytes.count > limit ? .tooLarge(bytes.count) : .bytes(bytes) }
        return readRest(descriptor, after: &bytes, limit: limit)
    }

    /// The rest of a file whose size was not known: appended in chunks while under the limit,
    /// then only counted, so that the message gives the real size without holding it all.
    private static func readRest(_ descriptor: Int32, after bytes: inout [UInt8], limit: Int) -> Outcome {
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var total = bytes.count
        while true {
            let got = chunk.withUnsafeMutableBufferPointer { readSome(descriptor, into: $0.baseAddress, $0.count) }
            if got < 0 { return .unreadable }
            if got == 0 { break }
            total += got
            if total <= limit {
                bytes.append(contentsOf: chunk[..<got])
            } else if !bytes.isEmpty {
                bytes = []  // over the limit: the bytes will not be used, only the count
            }
        }
        return total > limit ? .tooLarge(total) : .bytes(bytes)
    }

    /// One `read`, retried when a signal interrupts it. -1 on error, 0 at end of file.
    private static func readSome(_ descriptor: Int32, into address: UnsafeMutablePointer<UInt8>?, _ count: Int) -> Int {
        guard let address else { return -1 }
        while true {
            let got = read(descriptor, address, count)
            if got >= 0 || errno != EINTR { return got }
        }
    }
}
