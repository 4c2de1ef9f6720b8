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
///
/// Every read is bounded: at most the limit plus one byte is ever read (the extra byte tells
/// "exactly the limit" from "over it"), so `/dev/zero`, a huge pipe or a file still growing
/// cannot take time or memory without end. Only regular files are read by path: a FIFO would
/// wait for a writer for ever and a device could be endless, so both are refused by name.
enum FileReader {
    enum Outcome: Equatable {
        case bytes([UInt8])
        /// Nothing at the path (or a broken link, or a folder on the way that cannot be searched).
        case missing
        case directory
        /// Larger than the limit: the size in bytes when the system knows it, nil when reading
        /// stopped at the limit (a pipe or device, whose size nobody knows).
        case tooLarge(Int?)
        /// There, but it cannot be opened or read (permissions, an I/O error).
        case unreadable
        /// Not a regular file: what it is ("a named pipe (FIFO)", "a character device", …).
        case notRegular(String)
        /// Standard input is closed (the descriptor is not open at all).
        case closed
        /// Standard input is a terminal: nobody piped a file into it.
        case terminal
        /// Standard input gave no end of input within the time limit, in seconds.
        case timedOut(Int)
    }

    /// Chunk size for what `fstat` cannot size in advance: pipes, devices, files still growing.
    private static let chunkSize = 1 << 16

    static func contents(atPath path: String, limit: Int) -> Outcome {
        // O_NONBLOCK: opening a FIFO read-only would otherwise wait until some process opens it
        // for writing. It changes nothing for a regular file, the only kind read here.
        let descriptor = openReadOnly(path)
        guard descriptor >= 0 else { return whyUnopenable(path, limit: limit) }
        defer { _ = close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .unreadable }
        // Opening a directory read-only succeeds on Linux; reading it would fail with EISDIR.
        if isDirectory(status.st_mode) { return .directory }
        if let kind = nonRegularKind(status.st_mode) { return .notRegular(kind) }
        let size = Int(status.st_size)
        if size > limit { return .tooLarge(size) }
        // Files in /proc report size 0 yet have content: they are read in chunks, as a pipe is.
        return readToEnd(descriptor, expected: size > 0 ? size : chunkSize, limit: limit)
    }

    /// Standard input (descriptor 0), bounded like a file. A regular file redirected with `<`
    /// is read as any file is; a pipe or device is read up to the limit and for at most
    /// `timeLimit` seconds; a terminal is not read at all, since a person at it was not asked
    /// to type a project file and would see the tool wait silently.
    static func standardInput(limit: Int, timeLimit: Int) -> Outcome {
        var status = stat()
        guard fstat(STDIN_FILENO, &status) == 0 else { return errno == EBADF ? .closed : .unreadable }
        if isatty(STDIN_FILENO) == 1 { return .terminal }
        if isDirectory(status.st_mode) { return .directory }
        if nonRegularKind(status.st_mode) == nil {
            let size = Int(status.st_size)
            if size > limit { return .tooLarge(size) }
            return readToEnd(STDIN_FILENO, expected: size > 0 ? size : chunkSize, limit: limit)
        }
        return readStream(STDIN_FILENO, limit: limit, timeLimit: timeLimit)
    }

    /// What a non-regular file is, in words for a message; nil for a regular file.
    static func nonRegularKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        case S_IFDIR: return "a directory"
        default: return "not a regular file"
        }
    }

    private static func openReadOnly(_ path: String) -> Int32 {
        while true {
            let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
            if descriptor >= 0 || errno != EINTR { return descriptor }
        }
    }

    /// The same questions, in the same order, as before reading: is it there, is it a folder,
    /// is it too large; anything else that stops `open` means it cannot be read.
    private static func whyUnopenable(_ path: String, limit: Int) -> Outcome {
        var status = stat()
        guard stat(path, &status) == 0 else { return .missing }
        if isDirectory(status.st_mode) { return .directory }
        if let kind = nonRegularKind(status.st_mode) { return .notRegular(kind) }
        let size = Int(status.st_size)
        return size > limit ? .tooLarge(size) : .unreadable
    }

    private static func isDirectory(_ mode: mode_t) -> Bool { (mode & S_IFMT) == S_IFDIR }

    /// Reads until end of file or one byte past the limit, whichever comes first. A regular
    /// file's size is known, so one `read` fills an array one byte larger than that and a
    /// second returns 0 at the end; the spare byte notices a file that grew since `fstat`,
    /// which then goes on in chunks, still stopping one byte past the limit.
    private static func readToEnd(_ descriptor: Int32, expected: Int, limit: Int) -> Outcome {
        let capacity = min(expected, limit) + 1
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
        if bytes.count > limit { return .tooLarge(nil) }
        if reachedEnd { return .bytes(bytes) }
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let wanted = min(chunkSize, limit + 1 - bytes.count)
            let got = chunk.withUnsafeMutableBufferPointer { readSome(descriptor, into: $0.baseAddress, wanted) }
            if got < 0 { return .unreadable }
            if got == 0 { return .bytes(bytes) }
            bytes.append(contentsOf: chunk[..<got])
            if bytes.count > limit { return .tooLarge(nil) }
        }
    }

    /// A pipe, socket or device: read in chunks as they come, waiting with `poll` so that the
    /// whole read, not each chunk, has a deadline; stops one byte past the limit.
    static func readStream(_ descriptor: Int32, limit: Int, timeLimit: Int) -> Outcome {
        let deadline = monotonicSeconds() + Double(timeLimit)
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let left = deadline - monotonicSeconds()
            if left <= 0 { return .timedOut(timeLimit) }
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, Int32(min(left * 1000, 60_000)) + 1)
            if ready < 0 {
                if errno == EINTR { continue }
                return .unreadable
            }
            if ready == 0 { continue }
            let wanted = min(chunkSize, limit + 1 - bytes.count)
            let got = chunk.withUnsafeMutableBufferPointer { readSome(descriptor, into: $0.baseAddress, wanted) }
            if got < 0 {
                if errno == EAGAIN || errno == EWOULDBLOCK { continue }
                return .unreadable
            }
            if got == 0 { return .bytes(bytes) }
            bytes.append(contentsOf: chunk[..<got])
            if bytes.count > limit { return .tooLarge(nil) }
        }
    }

    private static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
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
