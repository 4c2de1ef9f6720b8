import Foundation
import InvolveCore
import InvolveFormats
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a report goes: standard output, or a file written atomically (a temporary file in
/// the same directory, renamed over the target at the end), so that a reader never sees half
/// a report and a failed run never leaves one. Text is buffered and written in large chunks.
final class ReportOutput {
    private enum Target {
        case console(Console)
        case file(path: String, temporary: String, descriptor: Int32)
        /// A file other writers share (a GitHub job summary): appended to, never replaced.
        case appending(path: String, descriptor: Int32)
    }

    private let target: Target
    /// The first error writing the file; reported by `commit`.
    private var writeError: String?
    /// Whether the temporary file's descriptor has been closed (it must be closed only once).
    private var closed = false
    /// Writers append here; it is written out whenever it passes this size. 64 KiB is enough:
    /// with 1 MiB the 10,000-file benchmark (356 MB of JSON, 339 MB of full text) took the same
    /// system time (medians of five runs within 0.07 s, less than the spread between runs),
    /// since the time goes in copying the bytes into the page cache, not in the calls.
    private static let flushSize = 1 << 16

    /// Set for reports meant to be read as text (text, Markdown): control characters and bidi
    /// overrides from the input are escaped on the way out (`TerminalText`), keeping the
    /// tool's own colour codes when colour is on.
    private var escapingKeepsColour: Bool?

    /// Where the report's held parts wait until the writer places them (`ReportSpool`): beside
    /// the report, or in the temporary directory for standard output.
    private let spool: ReportSpool?

    /// Escapes what a terminal would act on in everything written from here on.
    func escapeControls(keepingColour: Bool) {
        escapingKeepsColour = keepingColour
    }

    private init(_ target: Target) {
        self.target = target
        switch target {
        case .console:
            spool = ReportSpool(directory: ProcessEnvironment.temporaryDirectory)
        case .file(_, let temporary, _):
            spool = ReportSpool(directory: OutputFiles.parent(of: temporary))
        case .appending:
            spool = nil
        }
    }

    static func standardOutput(_ console: Console) -> ReportOutput {
        ReportOutput(.console(console))
    }

    /// Opens a temporary file next to `path`. An existing report at `path` is replaced at the
    /// end: CI jobs write the same report on every run.
    static func file(_ path: String) throws(UsageError) -> ReportOutput {
        if InputDiscovery.isDirectory(path) {
            throw UsageError("--output \(path) is a directory; give a file name")
        }
        if let refusal = OutputFiles.refusal(for: path) {
            throw UsageError("--output \(path): \(refusal)")
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        guard InputDiscovery.isDirectory(directory) else {
            throw UsageError("--output \(path): the directory \(directory) does not exist")
        }
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            throw UsageError("--output \(path): cannot write in \(directory) (check its permissions)")
        }
        return ReportOutput(.file(path: path, temporary: temporary, descriptor: descriptor))
    }

    /// Opens `path` for appending, creating it if need be. Not atomic: the file is shared, and
    /// what others wrote before stays.
    static func appending(_ path: String) throws(UsageError) -> ReportOutput {
        if InputDiscovery.isDirectory(path) {
            throw UsageError("\(path) is a directory; give a file name for the summary")
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        guard descriptor >= 0 else {
            throw UsageError("\(path): cannot open for appending (\(FileWriter.describe(errno)))")
        }
        return ReportOutput(.appending(path: path, descriptor: descriptor))
    }

    /// The file written, or nil for standard output.
    var path: String? {
        switch target {
        case .file(let path, _, _), .appending(let path, _): return path
        case .console: return nil
        }
    }

    /// Writes out what the writers have appended once there is enough of it, and moves held
    /// parts that have grown as large to the spool.
    func drain(_ buffer: inout ReportBuffer) {
        if buffer.count >= Self.flushSize { flush(&buffer) }
        spool?.spill(&buffer, threshold: Self.flushSize, escape: escape)
    }

    /// TerminalText's escaping, for reports meant to be read as text; nil for the others.
    private var escape: (([UInt8]) -> [UInt8])? {
        escapingKeepsColour.map { keepingColour in { TerminalText.escaping($0, keepingColour: keepingColour) } }
    }

    /// Writes the buffer out, copying each spilled held part back where the writer put it.
    func flush(_ buffer: inout ReportBuffer) {
        guard !buffer.isEmpty else { return }
        let splices = buffer.splices
        // What is still held of a spliced part joins its file, to be copied out in one go.
        for splice in splices { spool?.spillAll(splice.part, &buffer, escape: escape) }
        buffer.withUnsafeBytes { bytes in
            var start = 0
            for splice in splices {
                emit(UnsafeBufferPointer(rebasing: bytes[start..<splice.offset]), escaped: false)
                spool?.replay(splice.part) { emit($0, escaped: true) }
                start = splice.offset
            }
            emit(UnsafeBufferPointer(rebasing: bytes[start...]), escaped: false)
        }
        if writeError == nil, let failure = spool?.failure { writeError = FileWriter.describe(failure) }
        buffer.removeAll()
    }

    /// Writes bytes to the target, escaped for text reports unless they already are (held
    /// parts are escaped as they go to the spool).
    private func emit(_ bytes: UnsafeBufferPointer<UInt8>, escaped: Bool) {
        guard !bytes.isEmpty else { return }
        let escape = escaped ? nil : self.escape
        switch target {
        case .console(let console):
            console.out(bytes: escape.map { $0(Array(bytes)) } ?? Array(bytes))
        case .appending(_, let descriptor):
            // A shared file (a job summary), written as it is.
            guard writeError == nil else { return }
            if let code = FileWriter.write(UnsafeRawBufferPointer(bytes), to: descriptor) { writeError = FileWriter.describe(code) }
        case .file(_, _, let descriptor):
            guard writeError == nil else { return }
            // Written from the buffer itself unless it is escaped (text, Markdown): no copy.
            let code: Int32?
            if let escape {
                code = FileWriter.write(escape(Array(bytes)), to: descriptor)
            } else {
                code = FileWriter.write(UnsafeRawBufferPointer(bytes), to: descriptor)
            }
            if let code { writeError = FileWriter.describe(code) }
        }
    }

    /// True when `drain` may write out part of a report before its preamble is known: only
    /// files, where `commit` can still put the preamble first.
    var canPrependLater: Bool {
        if case .file = target { return true }
        return false
    }

    /// Flushes, and for a file renames the temporary file over the target. A `preamble` (the
    /// report's first bytes, known only at the end: JUnit's totals) goes before everything
    /// written so far: to standard output first (the caller held the rest back), to a file by
    /// writing it to a second temporary file and copying the body after it.
    func commit(_ buffer: inout ReportBuffer, preamble: [UInt8]? = nil) throws(UsageError) {
        if let preamble, !preamble.isEmpty {
            switch target {
            case .console(let console): console.out(bytes: preamble)
            case .file(let path, let temporary, _):
                flush(&buffer)
                try prepend(preamble, path: path, temporary: temporary)
            case .appending: break
            }
        }
        flush(&buffer)
        if case .console = target, let failure = writeError {
            // Only the spool sets it for standard output: a held part could not be kept.
            throw UsageError("the report could not be written to standard output (a temporary file failed: \(failure))")
        }
        if case .appending(let path, let descriptor) = target {
            let closed = close(descriptor) == 0
            if let failure = writeError ?? (closed ? nil : FileWriter.describe(errno)) {
                throw UsageError("\(path): the summary could not be written (\(failure))")
            }
            return
        }
        guard case .file(let path, let temporary, let descriptor) = target else { return }
        var failure = writeError
        // No fsync: a report is regenerated at will, and syncing hundreds of megabytes would cost
        // more than writing them (records, which are kept, are synced: OutputFiles).
        if close(descriptor) != 0 && failure == nil { failure = FileWriter.describe(errno) }
        closed = true
        if let failure {
            discard()
            throw UsageError("--output \(path): the report could not be written (\(failure))")
        }
        // Checked again just before the rename: a link or device put there meanwhile is not replaced.
        if let refusal = OutputFiles.refusal(for: path) {
            discard()
            throw UsageError("--output \(path): \(refusal)")
        }
        guard rename(temporary, path) == 0 else {
            discard()
            throw UsageError("--output \(path): the report could not be moved into place")
        }
    }

    /// Replaces the temporary file by one that starts with `preamble`: the body is copied after
    /// it in 1 MiB pieces, so a report of any size costs no more memory than that.
    private func prepend(_ preamble: [UInt8], path: String, temporary: String) throws(UsageError) {
        guard writeError == nil else { return }
        let headed = temporary + ".head"
        let output = open(headed, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let input = open(temporary, O_RDONLY)
        defer {
            if output >= 0 { close(output) }
            if input >= 0 { close(input) }
        }
        guard output >= 0, input >= 0 else {
            throw UsageError("--output \(path): the report could not be written (\(FileWriter.describe(errno)))")
        }
        var failure = FileWriter.write(preamble, to: output)
        var piece = [UInt8](repeating: 0, count: 1 << 20)
        while failure == nil {
            let count = piece.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                failure = errno
            } else if count == 0 {
                break
            } else {
                failure = FileWriter.write(Array(piece[..<count]), to: output)
            }
        }
        if let failure {
            unlink(headed)
            discard()
            throw UsageError("--output \(path): the report could not be written (\(FileWriter.describe(failure)))")
        }
        // The body's temporary file is replaced by the one with the preamble; commit then
        // closes the handle and renames the result into place as for any report.
        guard rename(headed, temporary) == 0 else {
            unlink(headed)
            discard()
            throw UsageError("--output \(path): the report could not be written (\(FileWriter.describe(errno)))")
        }
    }

    /// Removes the temporary file after a failure.
    func discard() {
        if case .appending(_, let descriptor) = target { close(descriptor) }
        guard case .file(_, let temporary, let descriptor) = target else { return }
        if !closed { _ = close(descriptor); closed = true }
        _ = unlink(temporary)
    }
}
