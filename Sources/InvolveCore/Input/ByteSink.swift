/// Bytes being written, in one buffer that grows by doubling: what the JSON writers append to.
///
/// An `Array` checks that its storage is not shared, and calls out of line to do so, on every
/// append; a JSON report appends a few bytes at a time (a comma, a line break, an indent, a key
/// in quotes), and those checks and calls were a fifth of writing one. A sink cannot be copied
/// (`~Copyable`), so it owns its memory alone and needs no such check: each append is a
/// capacity test and a copy. Every write is preceded by making room for it, so nothing is ever
/// written outside the memory allocated.
public struct ByteSink: ~Copyable, @unchecked Sendable {
    @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @usableFromInline var capacity: Int
    @usableFromInline var written = 0
    public var count: Int { written }

    @inlinable
    public init(capacity: Int = 1024) {
        self.capacity = Swift.max(capacity, 0)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    public var isEmpty: Bool { written == 0 }

    // MARK: Appending

    @inlinable
    public mutating func append(_ byte: UInt8) {
        if written == capacity { grow(toHold: 1) }
        base[written] = byte
        written += 1
    }

    @inlinable
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        if bytes.count > capacity - written { grow(toHold: bytes.count) }
        (base + written).initialize(from: source, count: bytes.count)
        written += bytes.count
    }

    @inlinable
    public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        append(bytes.assumingMemoryBound(to: UInt8.self))
    }

    /// A fixed piece of text from the binary (`"null"`, `": "`), copied without a scan.
    @inlinable
    public mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    public mutating func append(contentsOf bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// The UTF-8 of `text`, read in place where the string has contiguous storage.
    public mutating func append(utf8 text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
            append(contentsOf: Array(text.utf8))
        }
    }

    /// `count` copies of `byte` (indentation).
    @inlinable
    public mutating func append(repeating byte: UInt8, count repeats: Int) {
        guard repeats > 0 else { return }
        if repeats > capacity - written { grow(toHold: repeats) }
        (base + written).initialize(repeating: byte, count: repeats)
        written += repeats
    }

    /// Forgets the bytes, keeping the memory for the next ones.
    public mutating func removeAll() {
        written = 0
    }

    /// Makes room for `more` bytes after the current ones.
    @usableFromInline
    mutating func grow(toHold more: Int) {
        let needed = written + more
        var newCapacity = Swift.max(capacity, 16)
        while newCapacity < needed { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.initialize(from: base, count: written)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }

    // MARK: Reading

    public func withUnsafeBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base, count: written))
    }

    /// A copy of the bytes.
    public var bytes: [UInt8] { withUnsafeBytes { Array($0) } }

    public var text: String { withUnsafeBytes { String(decoding: $0, as: UTF8.self) } }
}
