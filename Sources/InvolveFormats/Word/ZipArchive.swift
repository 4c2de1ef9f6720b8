/// A ZIP archive (PKWARE APPNOTE 6.3) of stored, uncompressed entries: what a Word document
/// is underneath. Written by the project rather than a package: local headers, CRC-32, the
/// central directory and its end record. Every entry has the same fixed time (1 January
/// 1980, the earliest a ZIP can say), so the same entries always give the same bytes.
///
/// Made with a `drain`, the archive is handed to it in pieces as it is written (at most
/// `pieceSize` held), so that the document of a large year is never held whole; without one it
/// is kept and `finish` returns it.
struct ZipArchive {
    private var bytes: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0
    /// Bytes written so far, drained or not: where the next entry starts.
    private var offset = 0
    private let drain: ((UnsafeRawBufferPointer) -> Void)?

    init(drain: ((UnsafeRawBufferPointer) -> Void)? = nil) {
        self.drain = drain
    }

    /// 1 January 1980, 00:00, in MS-DOS form: the date is (year - 1980) << 9 | month << 5 | day.
    private static let dosDate: UInt16 = (1 << 5) | 1
    private static let dosTime: UInt16 = 0

    /// What a draining archive holds before handing it on.
    static let pieceSize = 1 << 16

    /// Adds a file. Names are ASCII paths with `/` (the Word parts), so no UTF-8 flag is needed.
    mutating func add(_ name: String, _ data: [UInt8]) {
        data.withUnsafeBytes { add(name, pieces: [$0]) }
    }

    /// Adds a file whose content is `pieces`, one after another, copied straight into the archive.
    mutating func add(_ name: String, pieces: [UnsafeRawBufferPointer]) {
        let size = pieces.reduce(0) { $0 + $1.count }
        add(name, crc: CRC32.checksum(pieces: pieces), size: size) { write in
            for piece in pieces { write(piece) }
        }
    }

    /// Adds a file of `size` bytes whose CRC-32 is `crc`, known before its content: the local
    /// header comes first. `content` hands the content over in pieces, one after another.
    mutating func add(_ name: String, crc: UInt32, size: Int,
                      content: ((UnsafeRawBufferPointer) -> Void) -> Void) {
        let nameBytes = Array(name.utf8)
        let size32 = UInt32(truncatingIfNeeded: size)
        let entryOffset = UInt32(truncatingIfNeeded: offset)
        var header: [UInt8] = []
        append32(&header, 0x0403_4b50)   // local file header
        append16(&header, 20)             // version needed: 2.0
        append16(&header, 0)              // flags
        append16(&header, 0)              // method: stored
        append16(&header, Self.dosTime)
        append16(&header, Self.dosDate)
        append32(&header, crc)
        append32(&header, size32)         // compressed size
        append32(&header, size32)         // uncompressed size
        append16(&header, UInt16(truncatingIfNeeded: nameBytes.count))
        append16(&header, 0)              // extra field length
        header += nameBytes
        header.withUnsafeBytes { write($0) }
        content { write($0) }

        append32(&directory, 0x0201_4b50)   // central directory header
        append16(&directory, 20)             // made by: 2.0, MS-DOS attributes
        append16(&directory, 20)
        append16(&directory, 0)
        append16(&directory, 0)
        append16(&directory, Self.dosTime)
        append16(&directory, Self.dosDate)
        append32(&directory, crc)
        append32(&directory, size32)
        append32(&directory, size32)
        append16(&directory, UInt16(truncatingIfNeeded: nameBytes.count))
        append16(&directory, 0)              // extra field length
        append16(&directory, 0)              // comment length
        append16(&directory, 0)              // disk number
        append16(&directory, 0)              // internal attributes
        append32(&directory, 0)              // external attributes
        append32(&directory, entryOffset)
        directory += nameBytes
        count += 1
    }

    /// The central directory and the end of central directory record, after the entries; the
    /// archive (empty when it was drained: the drain has had it all).
    consuming func finish() -> [UInt8] {
        var end: [UInt8] = []
        let directoryOffset = UInt32(truncatingIfNeeded: offset)
        append32(&end, 0x0605_4b50)
        append16(&end, 0)             // this disk
        append16(&end, 0)             // disk with the central directory
        append16(&end, UInt16(truncatingIfNeeded: count))
        append16(&end, UInt16(truncatingIfNeeded: count))
        append32(&end, UInt32(truncatingIfNeeded: directory.count))
        append32(&end, directoryOffset)
        append16(&end, 0)             // comment length
        let directory = directory
        directory.withUnsafeBytes { write($0) }
        end.withUnsafeBytes { write($0) }
        if let drain, !bytes.isEmpty {
            bytes.withUnsafeBytes { drain($0) }
            bytes = []
        }
        return bytes
    }

    /// Appends to the archive, handing it to the drain whenever a piece's worth is held.
    private mutating func write(_ piece: UnsafeRawBufferPointer) {
        offset += piece.count
        bytes.append(contentsOf: piece)
        if let drain, bytes.count >= Self.pieceSize {
            bytes.withUnsafeBytes { drain($0) }
            bytes.removeAll(keepingCapacity: true)
        }
    }

    private func append16(_ out: inout [UInt8], _ value: UInt16) {
        out.append(UInt8(value & 0xff))
        out.append(UInt8(value >> 8))
    }

    private func append32(_ out: inout [UInt8], _ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8((value >> UInt32(shift)) & 0xff)) }
    }
}

/// CRC-32 as ZIP and PNG use it (ISO 3309: polynomial 0xEDB88320, reflected, starting from
/// and finishing with all ones), a byte at a time from a 256-entry table.
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func checksum(_ data: [UInt8]) -> UInt32 {
        data.withUnsafeBytes { checksum(pieces: [$0]) }
    }

    /// The checksum of `pieces` one after another.
    static func checksum(pieces: [UnsafeRawBufferPointer]) -> UInt32 {
        var running = Running()
        for bytes in pieces { running.add(bytes) }
        return running.value
    }

    /// A checksum worked out piece by piece, as the bytes are made: the Word document's body
    /// is written out as it grows, and its checksum is wanted at the end.
    struct Running {
        private var crc: UInt32 = 0xFFFF_FFFF

        mutating func add(_ bytes: UnsafeRawBufferPointer) {
            var crc = crc
            // The table is read through one buffer for the whole loop: a Word document of a
            // large year is many megabytes, and a static array read byte by byte checks its
            // lazy initialisation and bounds each time.
            CRC32.table.withUnsafeBufferPointer { table in
                for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xff)] ^ (crc >> 8) }
            }
            self.crc = crc
        }

        var value: UInt32 { crc ^ 0xFFFF_FFFF }
    }
}
