/// Finds keys given more than once in one JSON object. Objects are small and duplicates rare,
/// so a 64-bit filter of cheap hashes of ASCII keys screens them, and only a possible repeat
/// is compared key by key. (Swift's hashed sets cost more than the decoding around them.)
struct DuplicateKeys {
    private let members: [JSONMember]
    private var filter: UInt64 = 0
    /// For a large object (a file of 100,000 keys), the keys met so far: comparing each with all
    /// earlier ones would take time growing with the square of their number. String hashing
    /// agrees with String equality, so non-ASCII keys are matched as `==` matches them.
    private var firstLocations: [String: SourceLocation]?
    /// Objects with more members than this are checked with `firstLocations`.
    private static let largeObject = 64

    init(_ members: [JSONMember]) {
        self.members = members
        if members.count > Self.largeObject { firstLocations = [:] }
    }

    /// The key location of the first earlier member with the same key as member `index`.
    /// Call it for index 0, 1, 2 … in order.
    mutating func earlierOccurrence(of index: Int) -> SourceLocation? {
        let key = members[index].key
        if firstLocations != nil {
            if let first = firstLocations?[key] { return first }
            firstLocations?[key] = members[index].keyLocation
            return nil
        }
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
