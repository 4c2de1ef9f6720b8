import Foundation
import InvolveFormats
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a report's held parts wait (SARIF's verdicts and notifications, Markdown's table rows
/// and sections: `HeldPart`) until the writer places them at the end of the run: one temporary
/// file per part, removed from its directory as soon as it is opened, so that nothing is left
/// behind whatever happens to the run, and read back once. A run over 100,000 files then
/// holds no more than a flush's worth of each part in memory.
///
/// A part whose file cannot be created stays in memory, as it always did: the report is the
/// same, only larger runs cost more memory. A failure to write or read a file is kept and
/// reported by the output as a failure to write the report.
final class ReportSpool {
    private let directory: String
    private var descriptors: [Int32?] = Array(repeating: nil, count: HeldPart.allCases.count)
    /// Parts whose file could not be created: not tried again.
    private var unavailable: Set<HeldPart> = []
    /// The first error writing or reading a file (an errno value).
    private(set) var failure: Int32?

    /// Files go in `directory` (beside the report, or the temporary directory for standard output).
    init(directory: String) {
        self.directory = directory
    }

    deinit {
        for descriptor in descriptors.compactMap({ $0 }) { close(descriptor) }
    }

    /// Moves the held bytes of each part that has reached `threshold` bytes to its file.
    func spill(_ buffer: inout ReportBuffer, threshold: Int, escape: (([UInt8]) -> [UInt8])?) {
        for part in HeldPart.allCases where buffer.heldCount(part) >= threshold {
            spillAll(part, &buffer, escape: escape)
        }
    }

    /// Moves every held byte of `part` to its file (when it has one or one can be made),
    /// escaped as the report's other bytes are (`escape`: text meant for people).
    func spillAll(_ part: HeldPart, _ buffer: inout ReportBuffer, escape: (([UInt8]) -> [UInt8])?) {
        guard failure == nil, buffer.heldCount(part) > 0, let descriptor = descriptor(for: part) else { return }
        buffer.spillHeld(part) { bytes in
            if let escape {
                failure = FileWriter.write(escape(Array(bytes)), to: descriptor)
            } else {
                failure = FileWriter.write(UnsafeRawBufferPointer(bytes), to: descriptor)
            }
        }
    }

    /// Reads `part`'s file from the start, giving `body` a piece of at most 1 MiB at a time.
    func replay(_ part: HeldPart, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard failure == nil, let descriptor = descriptors[part.rawValue] else { return }
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { failure = errno; return }
        var piece = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = piece.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                failure = errno
                return
            }
            if count == 0 { return }
            piece.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<count])) }
        }
    }

    private func descriptor(for part: HeldPart) -> Int32? {
        if let descriptor = descriptors[part.rawValue] { return descriptor }
        guard !unavailable.contains(part) else { return nil }
        var template = Array((directory.hasSuffix("/") ? directory : directory + "/").utf8CString.dropLast())
            + Array(".involve-held-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else {
            unavailable.insert(part)
            return nil
        }
        // Removed at once: the open descriptor keeps the file, and no run leaves it behind.
        template.withUnsafeBufferPointer { buffer in _ = buffer.baseAddress.map { unlink($0) } }
        descriptors[part.rawValue] = descriptor
        return descriptor
    }
}
