import InvolveCore

/// The texts of the annual report's records (what each table row and brief appendix entry
/// prints), kept in an unlinked temporary file while the records are read, and read back one
/// record at a time as the tables are written in date order: what keeps `involve report`'s
/// memory flat however many records the year has. Appended in pieces of about 1 MiB.
///
/// If no temporary file can be made, the texts stay in memory: the report is the same, only a
/// large year costs more memory. The first failure to write or read the file is kept
/// (`failure`); the report is then not written.
///
/// `@unchecked Sendable`: a report is read and written on one thread; the texts are all kept
/// before any is read back.
final class ReportRecordSpool: ReportRecordStore, @unchecked Sendable {
    /// Where the file is made, for a message should it fail.
    let directory: String
    private let file: UnlinkedTemporaryFile?
    /// Texts not yet in the file (all of them, when there is no file).
    private var pending: [UInt8] = []
    /// How many bytes are in the file.
    private var written = 0
    private(set) var failure: Int32?

    static let flushSize = 1 << 20

    /// The file goes in `directory`: beside the report, or the temporary directory for standard output.
    init(directory: String) {
        self.directory = directory
        var code: Int32 = 0
        file = UnlinkedTemporaryFile(in: directory, prefix: ".involve-records-", failure: &code)
    }

    /// Keeps `bytes` and says where.
    func keep(_ bytes: [UInt8]) -> ReportedRecord.Slot {
        let slot = ReportedRecord.Slot(offset: written + pending.count, length: bytes.count)
        pending.append(contentsOf: bytes)
        if let file, pending.count >= ReportRecordSpool.flushSize, failure == nil {
            failure = pending.withUnsafeBytes { file.append($0) }
            written += pending.count
            pending.removeAll(keepingCapacity: true)
        }
        return slot
    }

    func kept(at slot: ReportedRecord.Slot) -> ReportKept? {
        guard failure == nil, slot.offset >= 0, slot.length >= 0 else { return nil }
        if slot.offset >= written {
            let start = slot.offset - written
            guard start + slot.length <= pending.count else { return nil }
            return .bytes(Array(pending[start..<start + slot.length]))
        }
        guard let file, slot.offset + slot.length <= written else { return nil }
        var bytes = [UInt8](repeating: 0, count: slot.length)
        failure = bytes.withUnsafeMutableBytes { file.read(into: $0, at: slot.offset) }
        return failure == nil ? .bytes(bytes) : nil
    }
}
