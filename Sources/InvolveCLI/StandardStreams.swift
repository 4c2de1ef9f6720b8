#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's standard output and error, written with POSIX `write` (Foundation's
/// `FileHandle.write` traps when a write fails). A failed write ends the run at once with exit
/// code 2: output that stopped part-way is not a result anyone should rely on. A closed pipe
/// (`involve rules | head -1`) ends quietly, as `head` users expect; a full disk or a closed
/// descriptor is said in one line on standard error, if that can still be written.
struct StandardStreams: Sendable {
    enum Stream {
        case output
        case error

        var descriptor: Int32 { self == .output ? STDOUT_FILENO : STDERR_FILENO }
        var name: String { self == .output ? "standard output" : "standard error" }
    }

    /// Standard input was closed when the tool started (`involve assess - <&-`).
    let inputWasClosed: Bool
    private let closed: [Bool]

    /// Called once, before anything opens a file: a closed standard descriptor is filled with
    /// /dev/null, so that the next file opened (a report's temporary file) cannot become "standard
    /// output" by taking its number; a write to it still fails as the closed stream it was.
    /// SIGPIPE is ignored so that a closed pipe is an error returned by `write`, not a kill.
    static func prepare() -> StandardStreams {
        signal(SIGPIPE, SIG_IGN)
        var closed = [false, false, false]
        for descriptor in Int32(0)...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            closed[Int(descriptor)] = true
            let filler = open("/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY)
            if filler >= 0 && filler != descriptor {
                _ = dup2(filler, descriptor)
                _ = close(filler)
            }
        }
        return StandardStreams(inputWasClosed: closed[0], closed: closed)
    }

    func write(_ bytes: [UInt8], to stream: Stream) {
        let failure = closed[Int(stream.descriptor)] ? EBADF : FileWriter.write(bytes, to: stream.descriptor)
        guard let failure else { return }
        if failure != EPIPE && stream == .output && !closed[2] {
            let line = "involve: cannot write to \(stream.name): \(FileWriter.describe(failure)); the output is incomplete.\n"
            _ = FileWriter.write(Array(line.utf8), to: STDERR_FILENO)
        }
        exit(ExitCode.usageOrInputError.rawValue)
    }
}
