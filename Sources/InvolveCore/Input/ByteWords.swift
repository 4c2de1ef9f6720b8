/// Tests on eight bytes at once (a `UInt64` read from a byte buffer), for scans that almost
/// always find nothing: a JSON string with nothing to escape, a file without a backslash.
/// Exact as yes/no answers; which byte matched is not told (the caller looks byte by byte).
enum ByteWords {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether some byte of `word` is below `limit` (at most 128): the classic test
    /// `(x - limit·0x01…) & ~x & 0x80…`. Bytes of 0x80 and above never count, because `~x`
    /// clears their high bit.
    static func hasByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highs != 0
    }

    /// Whether some byte of `word` equals `byte`: that byte becomes 0 in `word ^ byte·0x01…`.
    static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool {
        hasByte(below: 1, in: word ^ (ones &* UInt64(byte)))
    }
}
