#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A temporary file removed from its directory as soon as it is made: the open descriptor keeps
/// it, so nothing is left behind whatever happens to the run. Bytes are appended, then read back
/// from the start in pieces or from any place. What keeps a report's held parts (`ReportSpool`),
/// a Word document's body (`TemporaryBodySpool`) and the annual report's record texts
/// (`ReportRecordSpool`) out of memory.
final class UnlinkedTemporaryFile {
    private let descriptor: Int32

    /// Makes the file in `directory`, named from `prefix` for the moment it exists; nil when it
    /// cannot be made, with the reason (an errno value) in `failure`.
    init?(in directory: String, prefix: String, failure: inout Int32) {
        var template = Array((directory.hasSuffix("/") ? directory : directory + "/").utf8CString.dropLast())
            + Array((prefix + "XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else {
            failure = errno
            return nil
        }
        template.withUnsafeBufferPointer { buffer in _ = buffer.baseAddress.map { unlink($0) } }
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Appends `bytes`; the errno value of a failure, or nil.
    func append(_ bytes: UnsafeRawBufferPointer) -> Int32? {
        FileWriter.write(bytes, to: descriptor)
    }

    /// Reads `count` bytes from `offset` into `buffer`; the errno value of a failure, or nil
    /// (a file shorter than asked is a failure, EIO).
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int32? {
        var done = 0
        while done < buffer.count {
            let count = pread(descriptor, buffer.baseAddress.map { $0 + done }, buffer.count - done, off_t(offset + done))
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if count == 0 { return EIO }
            done += count
        }
        return nil
    }

    /// Reads the file from the start, giving `each` a piece of at most 1 MiB at a time; the errno
    /// value of a failure, or nil.
    func replay(_ each: (UnsafeRawBufferPointer) -> Void) -> Int32? {
        var piece = [UInt8](repeating: 0, count: 1 << 20)
        var offset: off_t = 0
        while true {
            let count = piece.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, offset) }
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if count == 0 { return nil }
            offset += off_t(count)
            piece.withUnsafeBytes { each(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        }
    }
}
