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

    /// Adds a file. Names are ASCII paths with `/` (the Word parts), so no UTF-8 flag is needed.
    mutating func add(_ name: String, _ data: [UInt8]) {
        let nameBytes = Array(name.utf8)
        let crc = CRC32.checksum(data)
        let offset = UInt32(truncatingIfNeeded: bytes.count)

        append32(&bytes, 0x0403_4b50)   // local file header
        append16(&bytes, 20)             // version needed: 2.0
        append16(&bytes, 0)              // flags
        append16(&bytes, 0)              // method: stored
        append16(&bytes, Self.dosTime)
        append16(&bytes, Self.dosDate)
        append32(&bytes, crc)
        append32(&bytes, UInt32(truncatingIfNeeded: data.count))   // compressed size
        append32(&bytes, UInt32(truncatingIfNeeded: data.count))   // uncompressed size
        append16(&bytes, UInt16(truncatingIfNeeded: nameBytes.count))
        append16(&bytes, 0)              // extra field length
        bytes += nameBytes
        bytes += data

        append32(&directory, 0x0201_4b50)   // central directory header
        append16(&directory, 20)             // made by: 2.0, MS-DOS attributes
        append16(&directory, 20)
        append16(&directory, 0)
        append16(&directory, 0)
        append16(&directory, Self.dosTime)
        append16(&directory, Self.dosDate)
        append32(&directory, crc)
        append32(&directory, UInt32(truncatingIfNeeded: data.count))
        append32(&directory, UInt32(truncatingIfNeeded: data.count))
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
    func finish() -> [UInt8] {
        var result = bytes
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
        var crc: UInt32 = 0xFFFF_FFFF
        // The table is read through one buffer for the whole loop: a Word document of a large
        // year is many megabytes, and a static array read byte by byte checks its lazy
        // initialisation and bounds each time.
        table.withUnsafeBufferPointer { table in
            data.withUnsafeBufferPointer { bytes in
                for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xff)] ^ (crc >> 8) }
            }
        }
        return crc ^ 0xFFFF_FFFF
    }
}
