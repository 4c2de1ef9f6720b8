/// Finds keys given more than once in one JSON object. Objects are small and duplicates rare,
/// so a 64-bit filter of cheap hashes of ASCII keys screens them, and only a possible repeat
/// is compared key by key. (Swift's hashed sets cost more than the decoding around them.)
struct DuplicateKeys {
    private let members: [JSONMember]
    private var filter: UInt64 = 0

    init(_ members: [JSONMember]) {
        self.members = members
    }

    /// The key location of the first earlier member with the same key as member `index`.
    /// Call it for index 0, 1, 2 … in order.
    mutating func earlierOccurrence(of index: Int) -> SourceLocation? {
        let key = members[index].key
        if let hash = Self.asciiHash(key) {
            let bit = UInt64(1) << (hash & 63)
            defer { filter |= bit }
            guard filter & bit != 0 else { return nil }
        }
        // Non-ASCII keys are always compared: String equality is canonical equivalence, which
        // a hash of the bytes cannot see ("é" may be written as one scalar or two).
        return members[..<index].first(where: { $0.key == key })?.keyLocation
    }

    /// FNV-1a of an ASCII key, or nil when the key has other characters.
    private static func asciiHash(_ key: String) -> UInt64? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            guard byte < 0x80 else { return nil }
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
