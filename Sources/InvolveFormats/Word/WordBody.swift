/// A Word document's `word/document.xml` as it is made: text is gathered until a piece's worth
/// is ready (`ZipArchive.pieceSize`), then handed to the spool, with its size and CRC-32 kept
/// for the archive's headers. So the document of a year of records is never held whole.
struct WordBody {
    let spool: WordBodySpool
    private var pending = ""
    private(set) var crc = CRC32.Running()
    private(set) var size = 0

    init(spool: WordBodySpool) {
        self.spool = spool
    }

    static func += (body: inout WordBody, text: String) {
        body.pending += text
        if body.pending.utf8.count >= ZipArchive.pieceSize { body.flush() }
    }

    /// Hands what is gathered to the spool.
    mutating func flush() {
        guard !pending.isEmpty else { return }
        pending.withUTF8 { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            crc.add(raw)
            size += raw.count
            spool.append(raw)
        }
        pending.removeAll(keepingCapacity: true)
    }
}
