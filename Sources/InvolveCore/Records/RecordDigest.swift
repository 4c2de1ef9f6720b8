/// A decision record's digest of itself: its last member, `"recordSHA256": "<64 hex>"`, is the
/// SHA-256 of the record's own bytes with those 64 digits written as zeros. `involve report`
/// and `involve verify` recompute it, so a verdict, a date or an input digest edited after the
/// record was written is noticed (docs/records.md). It proves the file is as `involve record`
/// wrote it, not who wrote it: anyone who can run involve can write a new record.
public enum RecordDigest {
    public static let key = "recordSHA256"
    /// What `DecisionRecordJSON` writes before sealing.
    public static let placeholder = String(repeating: "0", count: 64)

    public enum Status: Equatable, Sendable {
        case intact
        /// Written before records carried a digest; nothing to check.
        case absent
        /// The content does not match the digest it carries.
        case changed
    }

    /// The member as it appears in the rendered JSON: a `"` inside any JSON string is escaped,
    /// so these bytes can only be the key itself, never text inside a value.
    private static let marker = Array("\"\(key)\": \"".utf8)

    /// The rendered record with its placeholder digest replaced by the real one.
    public static func seal(_ json: String) -> String {
        var bytes = Array(json.utf8)
        seal(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The same, in place.
    public static func seal(_ bytes: inout [UInt8]) {
        guard let start = digestStart(bytes) else { return }
        let digest = Array(SHA256.hexDigest(bytes).utf8)
        bytes.replaceSubrange(start..<start + 64, with: digest)
    }

    public static func check(_ bytes: [UInt8]) -> Status {
        guard let start = digestStart(bytes) else { return .absent }
        let stated = Array(bytes[start..<start + 64])
        // Hashed in three pieces rather than from a zeroed copy of a file of many megabytes.
        var hasher = SHA256()
        bytes[..<start].withUnsafeBytes { hasher.update($0) }
        Array(placeholder.utf8).withUnsafeBytes { hasher.update($0) }
        bytes[(start + 64)...].withUnsafeBytes { hasher.update($0) }
        return Array(SHA256.hex(hasher.finalize()).utf8) == stated ? .intact : .changed
    }

    /// Where the 64 digits of the last `"recordSHA256": "` member start, if it is followed by
    /// 64 characters and a closing quote.
    private static func digestStart(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= marker.count + 65 else { return nil }
        var index = bytes.count - marker.count - 65
        while index >= 0 {
            if bytes[index] == marker[0] && bytes[index..<index + marker.count].elementsEqual(marker) {
                let start = index + marker.count
                return bytes[start + 64] == UInt8(ascii: "\"") ? start : nil
            }
            index -= 1
        }
        return nil
    }
}
