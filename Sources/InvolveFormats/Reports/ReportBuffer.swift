import InvolveCore

/// A part of a report that goes later in the document than the part being written as files
/// are assessed: SARIF's verdicts and notifications come after every result, Markdown's
/// sections after the table of every file, which itself follows a summary known only at the
/// end. A writer appends to a held part in `add` and places it with `insertHeld` in `finish`.
public enum HeldPart: Int, CaseIterable, Sendable {
    case first
    case second
}

/// UTF-8 bytes of a report being written. Bytes rather than a `String`: a report of thousands
/// of projects is mostly JSON or text appended piece by piece, and it goes to a file as bytes.
/// It cannot be copied (its `ByteSink` owns its memory alone), so appending never checks for
/// a shared copy.
///
/// Held parts keep memory flat over any number of files: the output (`ReportOutput` in the
/// CLI) moves a held part's bytes to a temporary file as they pass its flush size
/// (`spillHeld`); `insertHeld` then records where they go (`splices`) and the output copies
/// them back there as it writes the document. Without an output to spill them (tests,
/// `render`), held parts stay here and `insertHeld` appends them: the same bytes either way.
public struct ReportBuffer: ~Copyable {
    private var sink = ByteSink(capacity: 1 << 16)
    private var firstHeld = ByteSink(capacity: 0)
    private var secondHeld = ByteSink(capacity: 0)
    /// Bytes ever held in each part, spilled ones included.
    private var heldTotals = [0, 0]
    /// Whether each part has bytes outside the buffer (`spillHeld`).
    private var spilled = [false, false]
    /// Where spilled held parts go in `bytes`, in order: each at the offset reached when it
    /// was inserted. The output writes the bytes up to an offset, then the part.
    public private(set) var splices: [(offset: Int, part: HeldPart)] = []

    public init() {}

    public var count: Int { sink.count }
    public var isEmpty: Bool { sink.isEmpty && splices.isEmpty }
    public var text: String { sink.text }
    /// A copy of the bytes (tests; the writers' output goes out with `withUnsafeBytes`).
    public var bytes: [UInt8] { sink.bytes }

    public func withUnsafeBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try sink.withUnsafeBytes(body)
    }

    public mutating func append(_ text: String) {
        sink.append(utf8: text)
    }

    /// A JSON value written as if it stood at nesting level `indent`.
    mutating func append(_ value: JSONOutput, indent: Int) {
        value.write(into: &sink, indent: indent)
    }

    /// The bytes, leaving the buffer empty, so that a writer can extend them without a copy.
    mutating func takeSink() -> ByteSink {
        var taken = ByteSink(capacity: 0)
        swap(&taken, &sink)
        return taken
    }

    mutating func restoreSink(_ extended: consuming ByteSink) {
        sink = extended
    }

    mutating func append(bytes more: [UInt8]) {
        sink.append(contentsOf: more)
    }

    /// Empties the buffer once its bytes (and splices) are written out.
    public mutating func removeAll() {
        sink.removeAll()
        splices.removeAll()
    }

    // MARK: Held parts

    /// Appends to a held part.
    mutating func hold(_ part: HeldPart, _ body: (inout ByteSink) -> Void) {
        let before: Int
        switch part {
        case .first:
            before = firstHeld.count
            body(&firstHeld)
            heldTotals[part.rawValue] += firstHeld.count - before
        case .second:
            before = secondHeld.count
            body(&secondHeld)
            heldTotals[part.rawValue] += secondHeld.count - before
        }
    }

    mutating func hold(_ part: HeldPart, _ text: String) {
        hold(part) { $0.append(utf8: text) }
    }

    /// True when nothing was ever held in `part`.
    func heldIsEmpty(_ part: HeldPart) -> Bool { heldTotals[part.rawValue] == 0 }

    /// The bytes of `part` still in the buffer.
    public func heldCount(_ part: HeldPart) -> Int {
        switch part {
        case .first: return firstHeld.count
        case .second: return secondHeld.count
        }
    }

    /// Places `part` here in the document: its bytes are appended, or, when some were spilled,
    /// a splice is recorded for the output, which spills the rest and copies them all here.
    mutating func insertHeld(_ part: HeldPart) {
        if spilled[part.rawValue] {
            splices.append((sink.count, part))
            return
        }
        switch part {
        case .first:
            firstHeld.withUnsafeBytes { sink.append($0) }
            firstHeld = ByteSink(capacity: 0)
        case .second:
            secondHeld.withUnsafeBytes { sink.append($0) }
            secondHeld = ByteSink(capacity: 0)
        }
    }

    /// Gives the bytes of `part` still held to `body` (which writes them to a temporary file)
    /// and forgets them; from then on `insertHeld` records a splice for the part.
    public mutating func spillHeld(_ part: HeldPart, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        spilled[part.rawValue] = true
        switch part {
        case .first:
            firstHeld.withUnsafeBytes(body)
            firstHeld.removeAll()
        case .second:
            secondHeld.withUnsafeBytes(body)
            secondHeld.removeAll()
        }
    }
}
