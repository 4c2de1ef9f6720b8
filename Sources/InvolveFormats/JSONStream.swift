import InvolveCore

/// Writes pretty-printed JSON straight into bytes, as `JSONOutput.write` would print the same
/// value, without building the value first. An assessment has about a thousand JSON values;
/// building a `JSONOutput` tree for each of ten thousand projects and then walking it cost
/// more than assessing them, so the assessment documents are streamed.
///
/// Layout (identical to `JSONOutput`): two spaces per level; `{}` and `[]` when empty; each
/// member or element on its own line. A separator is written before every member but the
/// first, so a container need not know its size in advance.
///
/// The bytes go into a `ByteSink` (one buffer, no check for sharing on each append). Keys are
/// the writer's own, fixed text (`StaticString`), copied without an escaping scan; a key made
/// at run time goes through `key(text:)`, which escapes it.
public struct JSONStream: ~Copyable {
    var bytes: ByteSink
    /// The nesting level of the value being written (0 for a document's root).
    private var level: Int
    /// How many containers are open.
    private var depth = 0
    /// Bit d is set once something has been written in the open container at depth d (for the
    /// first 64 depths; deeper ones, which no report reaches, in `deeperStarted`).
    private var started: UInt64 = 0
    private var deeperStarted: [Bool] = []

    /// Continues `bytes` with a value standing at nesting level `level`.
    init(continuing bytes: consuming ByteSink = ByteSink(), level: Int = 0) {
        self.bytes = bytes
        self.level = level
    }

    /// The bytes written, ending the stream.
    consuming func finish() -> ByteSink { bytes }

    // MARK: Containers

    public mutating func object(_ body: (inout JSONStream) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    public mutating func array(_ body: (inout JSONStream) -> Void) {
        open(UInt8(ascii: "["))
        body(&self)
        close(UInt8(ascii: "]"))
    }

    /// An array with one element per item, each written by `body`.
    public mutating func array<Items: Sequence>(_ items: Items, _ body: (inout JSONStream, Items.Element) -> Void) {
        array { stream in
            for item in items {
                stream.element()
                body(&stream, item)
            }
        }
    }

    /// Starts a member of the object being written; its value follows. `key` is plain text
    /// that needs no escaping (the writers' own key names).
    public mutating func key(_ key: StaticString) {
        startEntry()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(key)
        bytes.append("\": ")
    }

    /// Starts a member whose key is made at run time: escaped as any string is.
    public mutating func key(text key: String) {
        startEntry()
        JSONEscaping.appendQuoted(key, to: &bytes)
        bytes.append(": ")
    }

    /// Starts an element of the array being written; its value follows.
    public mutating func element() {
        startEntry()
    }

    // MARK: Values

    public mutating func string(_ text: String) { JSONEscaping.appendQuoted(text, to: &bytes) }
    public mutating func int(_ value: Int) { Self.appendDecimal(value, to: &bytes) }
    public mutating func bool(_ value: Bool) { bytes.append(value ? "true" : "false") }
    public mutating func null() { bytes.append("null") }
    public mutating func optional(_ text: String?) { if let text { string(text) } else { null() } }

    /// A value already built as a tree (shared pieces such as a rule's rendered citations).
    public mutating func value(_ value: JSONOutput) { value.write(into: &bytes, indent: level) }

    // MARK: Members in one call

    public mutating func member(_ name: StaticString, _ text: String) { key(name); string(text) }
    public mutating func member(_ name: StaticString, _ value: Int) { key(name); int(value) }
    public mutating func member(_ name: StaticString, _ value: Bool) { key(name); bool(value) }
    public mutating func member(_ name: StaticString, optional text: String?) { key(name); optional(text) }
    public mutating func member(_ name: StaticString, _ value: JSONOutput) { key(name); self.value(value) }
    public mutating func member(_ name: StaticString, object body: (inout JSONStream) -> Void) { key(name); object(body) }
    /// `"name": null`.
    public mutating func nullMember(_ name: StaticString) { key(name); null() }

    // MARK: Layout

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        if depth < 64 {
            started &= ~(1 << UInt64(depth))
        } else {
            deeperStarted.append(false)
        }
        depth += 1
        level += 1
    }

    private mutating func close(_ bracket: UInt8) {
        level -= 1
        depth -= 1
        let hadEntries = depth < 64 ? started & (1 << UInt64(depth)) != 0 : deeperStarted.removeLast()
        if hadEntries {
            bytes.append(UInt8(ascii: "\n"))
            indent()
        }
        bytes.append(bracket)
    }

    private mutating func startEntry() {
        if depth > 0 {
            let current = depth - 1
            if current < 64 {
                if started & (1 << UInt64(current)) != 0 {
                    bytes.append(UInt8(ascii: ","))
                } else {
                    started |= 1 << UInt64(current)
                }
            } else if deeperStarted[deeperStarted.count - 1] {
                bytes.append(UInt8(ascii: ","))
            } else {
                deeperStarted[deeperStarted.count - 1] = true
            }
        }
        bytes.append(UInt8(ascii: "\n"))
        indent()
    }

    /// The decimal digits of `value`, as `String(value)` spells them, written straight into
    /// the bytes: a JSON assessment writes four numbers for each of about 120 positions, and
    /// making a string of each and appending its UTF-8 view cost more than the lookup itself.
    static func appendDecimal(_ value: Int, to bytes: inout ByteSink) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        // The magnitude as unsigned, so that Int.min (which has no positive Int) is spelt too.
        var rest = value.magnitude
        if rest < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest))
            return
        }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: UInt.max has 20 digits.
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[23 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            bytes.append(UnsafeRawBufferPointer(rebasing: buffer[(24 - count)...]))
        }
    }

    private mutating func indent() {
        bytes.append(repeating: UInt8(ascii: " "), count: level * 2)
    }
}

extension ReportBuffer {
    /// Streams a JSON value standing at nesting level `level` onto the end of the buffer.
    mutating func appendJSON(atLevel level: Int, _ body: (inout JSONStream) -> Void) {
        var stream = JSONStream(continuing: takeSink(), level: level)
        body(&stream)
        restoreSink(stream.finish())
    }
}

extension ByteSink {
    /// Streams a JSON value standing at nesting level `level` onto the end of the bytes.
    mutating func appendJSON(atLevel level: Int, _ body: (inout JSONStream) -> Void) {
        var taken = ByteSink(capacity: 0)
        swap(&taken, &self)
        var stream = JSONStream(continuing: taken, level: level)
        body(&stream)
        self = stream.finish()
    }
}

extension JSONStream {
    /// A whole document: the value at level 0 and a final newline.
    static func document(_ body: (inout JSONStream) -> Void) -> String {
        var stream = JSONStream()
        body(&stream)
        var bytes = stream.finish()
        bytes.append(UInt8(ascii: "\n"))
        return bytes.text
    }
}
