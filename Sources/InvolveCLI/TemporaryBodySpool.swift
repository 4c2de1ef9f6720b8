#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import InvolveFormats

/// A Word document's body kept in a temporary file while the document is made, so that the
/// body of a large year (tens of megabytes) is not held in memory. The file is unlinked as soon
/// as it is opened: nothing is left behind, whatever happens to the run. It is made beside
/// the output, where the document itself is going, rather than in a small /tmp. The first
/// failure is remembered (`failure`), and what follows it is dropped.
final class TemporaryBodySpool: WordBodySpool {
    private let descriptor: Int32
    private(set) var failure: String?

    init(beside path: String) throws(OutputFiles.Failure) {
        let directory = OutputFiles.parent(of: path)
        var descriptor: Int32 = -1
        for attempt in 0..<100 {
            let name = directory + "/.involve-body-\(getpid())-\(attempt).tmp"
            descriptor = open(name, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if descriptor >= 0 {
                unlink(name)
                break
            }
            if errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw .failed(path, "cannot make a temporary file beside it (\(FileWriter.describe(errno)))") }
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    func append(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil else { return }
        failure = FileWriter.write(bytes, to: descriptor).map(FileWriter.describe)
    }

    /// Reads the file back from the start in 1 MiB pieces.
    func replay(_ each: (UnsafeRawBufferPointer) -> Void) {
        guard failure == nil else { return }
        var piece = [UInt8](repeating: 0, count: 1 << 20)
        var offset: off_t = 0
        while true {
            let count = piece.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, offset) }
            if count < 0 {
                if errno == EINTR { continue }
                failure = FileWriter.describe(errno)
                return
            }
            if count == 0 { return }
            offset += off_t(count)
            piece.withUnsafeBytes { each(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        }
    }
}
