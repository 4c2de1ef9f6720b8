import Foundation

/// Where a report goes: standard output, or a file written atomically (a temporary file in
/// the same directory, renamed over the target at the end), so that a reader never sees half
/// a report and a failed run never leaves one. Text is buffered and written in large chunks.
final class ReportOutput {
    private enum Target {
        case console(Console)
        case file(path: String, temporary: String, handle: FileHandle)
    }

    private let target: Target
    private var buffer = ""
    /// The first error writing the file; reported by `commit`.
    private var writeError: (any Error)?
    private static let flushSize = 1 << 16

    private init(_ target: Target) {
        self.target = target
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
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        guard InputDiscovery.isDirectory(directory) else {
            throw UsageError("--output \(path): the directory \(directory) does not exist")
        }
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary) else {
            throw UsageError("--output \(path): cannot write in \(directory) (check its permissions)")
        }
        return ReportOutput(.file(path: path, temporary: temporary, handle: handle))
    }

    /// The file written, or nil for standard output.
    var path: String? {
        if case .file(let path, _, _) = target { return path }
        return nil
    }

    func write(_ text: String) {
        guard !text.isEmpty else { return }
        if text.utf8.count >= Self.flushSize {
            // A large piece (the end of a SARIF or Markdown report) goes out without a copy.
            flush()
            emit(text)
            return
        }
        buffer += text
        if buffer.utf8.count >= Self.flushSize { flush() }
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        emit(buffer)
        buffer = ""
    }

    private func emit(_ text: String) {
        switch target {
        case .console(let console): console.out(text)
        case .file(_, _, let handle):
            guard writeError == nil else { return }
            var text = text
            text.withUTF8 { bytes in
                do { try handle.write(contentsOf: UnsafeRawBufferPointer(bytes)) } catch { writeError = error }
            }
        }
    }

    /// Flushes, and for a file renames the temporary file over the target.
    func commit() throws(UsageError) {
        flush()
        guard case .file(let path, let temporary, let handle) = target else { return }
        do {
            if let writeError { throw writeError }
            try handle.close()
        } catch {
            discard()
            throw UsageError("--output \(path): the report could not be written (\(error.localizedDescription))")
        }
        guard rename(temporary, path) == 0 else {
            discard()
            throw UsageError("--output \(path): the report could not be moved into place")
        }
    }

    /// Removes the temporary file after a failure.
    func discard() {
        guard case .file(_, let temporary, let handle) = target else { return }
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporary)
    }
}
