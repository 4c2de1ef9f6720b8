#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes bytes to an open file descriptor with POSIX `write`, retrying short writes and
/// interruptions. Reports of thousands of projects run to hundreds of megabytes; Foundation's
/// `FileHandle` copies each chunk into `Data` first, which cost more than the write itself.
enum FileWriter {
    /// Writes all of `bytes`; on failure returns the `errno` of the failing call.
    static func write(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { write($0, to: descriptor) }
    }

    static func write(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        guard var next = buffer.baseAddress else { return nil }
        var remaining = buffer.count
        while remaining > 0 {
            let written = systemWrite(descriptor, next, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            next += written
            remaining -= written
        }
        return nil
    }

    /// The system's words for an `errno` value ("No space left on device").
    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, bytes, count)
        #else
        Darwin.write(descriptor, bytes, count)
        #endif
    }
}
