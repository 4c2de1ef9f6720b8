/// A ZIP archive (PKWARE APPNOTE 6.3) of stored, uncompressed entries: what a Word document
/// is underneath. Written by the project rather than a package: local headers, CRC-32, the
/// central directory and its end record. Every entry has the same fixed time (1 January
/// 1980, the earliest a ZIP can say), so the same entries always give the same bytes.
struct ZipArchive {
    private(set) var bytes: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    /// 1 January 1980, 00:00, in MS-DOS form: the date is (year - 1980) << 9 | month << 5 | day.
    private static let dosDate: UInt16 = (1 << 5) | 1
    private static let dosTime: UInt16 = 0

    /// Bytes kept free after each entry: more than the Word parts after the document and the
    /// central directory take.
    private static let slack = 256 * 1024

    /// Adds a file. Names are ASCII paths with `/` (the Word parts), so no UTF-8 flag is needed.
    mutating func add(_ name: String, _ data: [UInt8]) {
        data.withUnsafeBytes { add(name, pieces: [$0]) }
    }

    /// Adds a file whose content is `pieces`, one after another, copied straight into the archive.
    mutating func add(_ name: String, pieces: [UnsafeRawBufferPointer]) {
        let nameBytes = Array(name.utf8)
        let crc = CRC32.checksum(pieces: pieces)
        let size = UInt32(truncatingIfNeeded: pieces.reduce(0) { $0 + $1.count })
        let offset = UInt32(truncatingIfNeeded: bytes.count)
        // Room for this entry and for the small parts and central directory that follow, so
        // that the archive's bytes are not moved again as it grows: the document of a large
        // year is tens of megabytes, and each move holds it twice.
        let needed = bytes.count + 30 + nameBytes.count + Int(size)
        if bytes.capacity < needed { bytes.reserveCapacity(needed + ZipArchive.slack) }

        append32(&bytes, 0x0403_4b50)   // local file header
        append16(&bytes, 20)             // version needed: 2.0
        append16(&bytes, 0)              // flags
        append16(&bytes, 0)              // method: stored
        append16(&bytes, Self.dosTime)
        append16(&bytes, Self.dosDate)
        append32(&bytes, crc)
        append32(&bytes, size)           // compressed size
        append32(&bytes, size)           // uncompressed size
        append16(&bytes, UInt16(truncatingIfNeeded: nameBytes.count))
        append16(&bytes, 0)              // extra field length
        bytes += nameBytes
        for piece in pieces { bytes.append(contentsOf: piece) }

        append32(&directory, 0x0201_4b50)   // central directory header
        append16(&directory, 20)             // made by: 2.0, MS-DOS attributes
        append16(&directory, 20)
        append16(&directory, 0)
        append16(&directory, 0)
        append16(&directory, Self.dosTime)
        append16(&directory, Self.dosDate)
        append32(&directory, crc)
        append32(&directory, size)
        append32(&directory, size)
        append16(&directory, UInt16(truncatingIfNeeded: nameBytes.count))
        append16(&directory, 0)              // extra field length
        append16(&directory, 0)              // comment length
        append16(&directory, 0)              // disk number
        append16(&directory, 0)              // internal attributes
        append32(&directory, 0)              // external attributes
        append32(&directory, offset)
        directory += nameBytes
        count += 1
    }

    /// The archive: the entries, the central directory and the end of central directory record.
    /// Consumes the archive, so that the entries are not copied to make it.
    consuming func finish() -> [UInt8] {
        var result = bytes
        bytes = []
        result.reserveCapacity(result.count + directory.count + 22)
        let directoryOffset = UInt32(truncatingIfNeeded: result.count)
        result += directory
        append32(&result, 0x0605_4b50)
        append16(&result, 0)             // this disk
        append16(&result, 0)             // disk with the central directory
        append16(&result, UInt16(truncatingIfNeeded: count))
        append16(&result, UInt16(truncatingIfNeeded: count))
        append32(&result, UInt32(truncatingIfNeeded: directory.count))
        append32(&result, directoryOffset)
        append16(&result, 0)             // comment length
        return result
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
        var crc: UInt32 = 0xFFFF_FFFF
        // The table is read through one buffer for the whole loop: a Word document of a large
        // year is many megabytes, and a static array read byte by byte checks its lazy
        // initialisation and bounds each time.
        table.withUnsafeBufferPointer { table in
            for bytes in pieces {
                for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xff)] ^ (crc >> 8) }
            }
        }
        return crc ^ 0xFFFF_FFFF
    }
}
