import InvolveCore

/// Writes pretty-printed JSON straight into bytes, as `JSONOutput.write` would print the same
/// value, without building the value first. An assessment has about a thousand JSON values;
/// building a `JSONOutput` tree for each of ten thousand projects and then walking it cost
/// more than assessing them, so the assessment documents are streamed.
///
/// Layout (identical to `JSONOutput`): two spaces per level; `{}` and `[]` when empty; each
/// member or element on its own line. A separator is written before every member but the
/// first, so a container need not know its size in advance.
public struct JSONStream {
    private(set) var bytes: [UInt8]
    /// The nesting level of the value being written (0 for a document's root).
    private var level: Int
    /// For each open container, whether anything has been written in it yet.
    private var started: [Bool] = []

    /// Continues `bytes` with a value standing at nesting level `level`.
    init(continuing bytes: [UInt8] = [], level: Int = 0) {
        self.bytes = bytes
        self.level = level
    }

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

    /// Starts a member of the object being written; its value follows.
    public mutating func key(_ key: String) {
        startEntry()
        JSONEscaping.appendQuoted(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    /// Starts an element of the array being written; its value follows.
    public mutating func element() {
        startEntry()
    }

    // MARK: Values

    public mutating func string(_ text: String) { JSONEscaping.appendQuoted(text, to: &bytes) }
    public mutating func int(_ value: Int) { Self.appendDecimal(value, to: &bytes) }
    public mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    public mutating func null() { bytes.append(contentsOf: "null".utf8) }
    public mutating func optional(_ text: String?) { if let text { string(text) } else { null() } }

    /// A value already built as a tree (shared pieces such as a rule's rendered citations).
    public mutating func value(_ value: JSONOutput) { value.write(into: &bytes, indent: level) }

    // MARK: Members in one call

    public mutating func member(_ name: String, _ text: String) { key(name); string(text) }
    public mutating func member(_ name: String, _ value: Int) { key(name); int(value) }
    public mutating func member(_ name: String, _ value: Bool) { key(name); bool(value) }
    public mutating func member(_ name: String, optional text: String?) { key(name); optional(text) }
    public mutating func member(_ name: String, _ value: JSONOutput) { key(name); self.value(value) }
    public mutating func member(_ name: String, object body: (inout JSONStream) -> Void) { key(name); object(body) }

    // MARK: Layout

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        started.append(false)
        level += 1
    }

    private mutating func close(_ bracket: UInt8) {
        level -= 1
        if started.removeLast() {
            bytes.append(UInt8(ascii: "\n"))
            indent()
        }
        bytes.append(bracket)
    }

    private mutating func startEntry() {
        if started.last == true {
            bytes.append(UInt8(ascii: ","))
        } else if !started.isEmpty {
            started[started.count - 1] = true
        }
        bytes.append(UInt8(ascii: "\n"))
        indent()
    }

    /// The decimal digits of `value`, as `String(value)` spells them, written straight into
    /// the bytes: a JSON assessment writes four numbers for each of about 120 positions, and
    /// making a string of each and appending its UTF-8 view cost more than the lookup itself.
    static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        // The magnitude as unsigned, so that Int.min (which has no positive Int) is spelt too.
        var rest = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: UInt.max has 20 digits.
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[23 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(24 - count)...]))
        }
    }

    private mutating func indent() {
        // Copied from a string literal in the binary: slicing an array of spaces instead cost a
        // retain and a release per line, which showed in the profile.
        let spaces: StaticString = "                                "
        var width = level * 2
        while width > 0 {
            let chunk = min(width, spaces.utf8CodeUnitCount)
            bytes.append(contentsOf: UnsafeBufferPointer(start: spaces.utf8Start, count: chunk))
            width -= chunk
        }
    }
}

extension ReportBuffer {
    /// Streams a JSON value standing at nesting level `level` onto the end of the buffer.
    mutating func appendJSON(atLevel level: Int, _ body: (inout JSONStream) -> Void) {
        var stream = JSONStream(continuing: takeBytes(), level: level)
        body(&stream)
        restoreBytes(stream.bytes)
    }
}

extension JSONStream {
    /// A whole document: the value at level 0 and a final newline.
    static func document(_ body: (inout JSONStream) -> Void) -> String {
        var stream = JSONStream()
        body(&stream)
        stream.bytes.append(UInt8(ascii: "\n"))
        return String(decoding: stream.bytes, as: UTF8.self)
    }
}
