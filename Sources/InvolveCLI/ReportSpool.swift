import InvolveFormats

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
    private var files: [UnlinkedTemporaryFile?] = Array(repeating: nil, count: HeldPart.allCases.count)
    /// Parts whose file could not be created: not tried again.
    private var unavailable: Set<HeldPart> = []
    /// The first error writing or reading a file (an errno value).
    private(set) var failure: Int32?

    /// Files go in `directory` (beside the report, or the temporary directory for standard output).
    init(directory: String) {
        self.directory = directory
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
        guard failure == nil, buffer.heldCount(part) > 0, let file = file(for: part) else { return }
        buffer.spillHeld(part) { bytes in
            if let escape {
                failure = escape(Array(bytes)).withUnsafeBytes { file.append($0) }
            } else {
                failure = file.append(UnsafeRawBufferPointer(bytes))
            }
        }
    }

    /// Reads `part`'s file from the start, giving `body` a piece of at most 1 MiB at a time.
    func replay(_ part: HeldPart, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard failure == nil, let file = files[part.rawValue] else { return }
        failure = file.replay { body($0.assumingMemoryBound(to: UInt8.self)) }
    }

    private func file(for part: HeldPart) -> UnlinkedTemporaryFile? {
        if let file = files[part.rawValue] { return file }
        guard !unavailable.contains(part) else { return nil }
        var code: Int32 = 0
        guard let file = UnlinkedTemporaryFile(in: directory, prefix: ".involve-held-", failure: &code) else {
            unavailable.insert(part)
            return nil
        }
        files[part.rawValue] = file
        return file
    }
}
