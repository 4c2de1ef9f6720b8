/// Where a Word document's body waits while it is made. The body goes into the archive after
/// the parts before it, and its size and checksum go before it, so it cannot go straight out;
/// the body of a large year is tens of megabytes, so `involve report` keeps it in an unlinked
/// temporary file rather than in memory. A class: the caller keeps it to ask after failures.
public protocol WordBodySpool: AnyObject {
    /// Keeps `bytes` after those kept before.
    func append(_ bytes: UnsafeRawBufferPointer)
    /// Hands back everything kept, in order, in pieces.
    func replay(_ each: (UnsafeRawBufferPointer) -> Void)
}

/// The body kept in memory: for a single record's document, and for tests.
public final class MemoryBodySpool: WordBodySpool {
    private var bytes: [UInt8] = []

    public init() {}

    public func append(_ bytes: UnsafeRawBufferPointer) {
        self.bytes.append(contentsOf: bytes)
    }

    public func replay(_ each: (UnsafeRawBufferPointer) -> Void) {
        bytes.withUnsafeBytes { each($0) }
    }
}
