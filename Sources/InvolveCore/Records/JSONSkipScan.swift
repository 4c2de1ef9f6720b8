/// A scan that checks a JSON document is well formed and builds nothing, so that a reader can
/// leave out the parts it does not need without building a tree of them: the annual report
/// reads a record's figures, not its rationale trail, which is nine tenths of its bytes.
///
/// `blanking(_:in:)` gives the document with the values of some top-level members replaced
/// by `null`, their line breaks and spaces, so that `JSONParser` reads the rest at the same
/// lines and columns as in the original (byte offsets after a blanked value move back). It is at
/// least as strict as `JSONParser` (RFC 8259, UTF-8, nesting depth): on anything it does not
/// vouch for it returns nil, and the caller parses the original, which reports the problem
/// exactly as it would have without the scan.
enum JSONSkipScan {
    /// `bytes` with the values of the top-level members named `keys` blanked when they are
    /// arrays or objects (a value of another type is kept, so that reading it reports its type
    /// as before); nil when the document is not a well-formed JSON object, or a key is written
    /// with escapes (then nothing is blanked).
    static func blanking(_ keys: Set<String>, in bytes: [UInt8]) -> [UInt8]? {
        let ranges: [Range<Int>]? = bytes.withUnsafeBufferPointer { buffer in
            var scan = Scanner(bytes: buffer)
            return scan.topLevelValues(named: keys)
        }
        guard let ranges else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var copied = 0
        for range in ranges {
            guard let blank = blanked(bytes[range]) else { continue }
            result.append(contentsOf: bytes[copied..<range.lowerBound])
            result.append(contentsOf: blank)
            copied = range.upperBound
        }
        result.append(contentsOf: bytes[copied...])
        return result
    }

    /// `null`, then each line break of the value and a space for each character on its last
    /// line, so that what follows the value is where it was (the first line, which `null`
    /// ends, holds nothing after it); for a value on one line, `null` and a space for each
    /// character beyond four, or nil when it has fewer than four, and is left as it is.
    static func blanked(_ value: ArraySlice<UInt8>) -> [UInt8]? {
        value.withUnsafeBufferPointer { value in
            var lineBreaks = 0
            var lastLineStart = 0
            for index in value.indices where value[index] == UInt8(ascii: "\n") {
                lineBreaks += 1
                lastLineStart = index + 1
            }
            var characters = 0
            // Continuation bytes (10xxxxxx) belong to the character before them.
            for index in lastLineStart..<value.count where value[index] & 0xC0 != 0x80 { characters += 1 }
            let spaces = lineBreaks == 0 ? characters - 4 : characters
            guard spaces >= 0 else { return nil }
            var result = Array("null".utf8)
            result.reserveCapacity(4 + lineBreaks + spaces)
            result.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: lineBreaks))
            result.append(contentsOf: repeatElement(UInt8(ascii: " "), count: spaces))
            return result
        }
    }

    /// A cursor over the document; every method returns false (or nil) at the first byte that
    /// `JSONParser` would not accept.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        /// The same bytes, for loading eight at a time.
        let raw: UnsafeRawBufferPointer
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            raw = UnsafeRawBufferPointer(bytes)
        }

        /// The byte ranges of the values of the top-level members named `keys` that are
        /// arrays or objects, in order, having checked the whole document.
        mutating func topLevelValues(named keys: Set<String>) -> [Range<Int>]? {
            if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { index = 3 }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
            index += 1
            var ranges: [Range<Int>] = []
            skipWhitespace()
            if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
                index += 1
            } else {
                while true {
                    guard let (keyRange, valueRange) = member(depth: 2) else { return nil }
                    let key = bytes[keyRange]
                    // A key with an escape might spell one of `keys`: keep the whole document.
                    if key.contains(UInt8(ascii: "\\")) { return nil }
                    let opening = bytes[valueRange.lowerBound]
                    if opening == UInt8(ascii: "[") || opening == UInt8(ascii: "{"),
                       keys.contains(String(decoding: UnsafeBufferPointer(rebasing: key), as: UTF8.self)) {
                        ranges.append(valueRange)
                    }
                    guard let closed = separator(closing: UInt8(ascii: "}")) else { return nil }
                    if closed { break }
                }
            }
            skipWhitespace()
            return index == bytes.count ? ranges : nil
        }

        /// After a member or element: true at the closing bracket, false after a comma
        /// followed by more, nil for anything else.
        private mutating func separator(closing: UInt8) -> Bool? {
            skipWhitespace()
            guard index < bytes.count else { return nil }
            if bytes[index] == closing { index += 1; return true }
            guard bytes[index] == UInt8(ascii: ",") else { return nil }
            index += 1
            skipWhitespace()
            // JSON allows no comma before the closing bracket.
            return index < bytes.count && bytes[index] != closing ? false : nil
        }

        private mutating func value(depth: Int) -> Bool {
            guard index < bytes.count else { return false }
            switch bytes[index] {
            case UInt8(ascii: "{"): return object(depth: depth)
            case UInt8(ascii: "["): return array(depth: depth)
            case UInt8(ascii: "\""): return string()
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number()
            default: return false
            }
        }

        private mutating func object(depth: Int) -> Bool {
            guard depth <= JSONParser.defaultMaximumDepth else { return false }
            index += 1
            skipWhitespace()
            if index < bytes.count && bytes[index] == UInt8(ascii: "}") { index += 1; return true }
            while true {
                guard member(depth: depth + 1) != nil, let closed = separator(closing: UInt8(ascii: "}")) else { return false }
                if closed { return true }
            }
        }

        /// One member of an object, from the whitespace before its key: where the key's text
        /// (inside its quotes) and its value lie, or nil.
        private mutating func member(depth: Int) -> (key: Range<Int>, value: Range<Int>)? {
            skipWhitespace()
            let keyStart = index + 1
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), string() else { return nil }
            let key = keyStart..<index - 1
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
            index += 1
            skipWhitespace()
            let valueStart = index
            guard value(depth: depth) else { return nil }
            return (key, valueStart..<index)
        }

        private mutating func array(depth: Int) -> Bool {
            guard depth <= JSONParser.defaultMaximumDepth else { return false }
            index += 1
            skipWhitespace()
            if index < bytes.count && bytes[index] == UInt8(ascii: "]") { index += 1; return true }
            while true {
                skipWhitespace()
                guard value(depth: depth + 1), let closed = separator(closing: UInt8(ascii: "]")) else { return false }
                if closed { return true }
            }
        }

        /// A string from its opening quote: no raw control characters, valid escapes (a
        /// surrogate pair complete), valid UTF-8.
        private mutating func string() -> Bool {
            index += 1
            while true {
                // Eight bytes at a time while none is a quote, a backslash, a control character or
                // non-ASCII: the bytes of most of a record's text.
                while index + 8 <= bytes.count {
                    if Self.needsALook(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { break }
                    index += 8
                }
                guard index < bytes.count else { return false }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return true
                } else if byte == UInt8(ascii: "\\") {
                    guard escape() else { return false }
                } else if byte < 0x20 {
                    return false
                } else if byte >= 0x80 {
                    guard utf8Character() else { return false }
                } else {
                    index += 1
                }
            }
        }

        /// Whether any of eight bytes is `"`, `\`, below 0x20 or 0x80 and above (it may say so
        /// of a byte after the first that is: the bytes are then looked at one by one).
        @inline(__always)
        private static func needsALook(_ word: UInt64) -> Bool {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            func hasZeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
            let control = (word &- ones &* 0x20) & ~word & highs
            let quote = hasZeroByte(word ^ (ones &* 0x22))
            let backslash = hasZeroByte(word ^ (ones &* 0x5C))
            return (control | quote | backslash | (word & highs)) != 0
        }

        /// One escape from its backslash, as `JSONParser.parseEscape` accepts them.
        private mutating func escape() -> Bool {
            index += 1
            guard index < bytes.count else { return false }
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                 UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                return true
            case UInt8(ascii: "u"):
                guard let first = hex4() else { return false }
                if (0xD800...0xDBFF).contains(first) {
                    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else { return false }
                    index += 2
                    guard let second = hex4() else { return false }
                    return (0xDC00...0xDFFF).contains(second)
                }
                return !(0xDC00...0xDFFF).contains(first)
            default:
                return false
            }
        }

        private mutating func hex4() -> UInt32? {
            guard index + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let digit = JSONParser.hexValue(bytes[index]) else { return nil }
                value = value << 4 | digit
                index += 1
            }
            return value
        }

        /// One multi-byte UTF-8 character (`UTF8Character`).
        private mutating func utf8Character() -> Bool {
            guard let length = UTF8Character.length(in: bytes, at: index) else { return false }
            index += length
            return true
        }

        /// A number as RFC 8259 writes one: no leading zero, digits after a point and in an exponent.
        private mutating func number() -> Bool {
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { return false }
            if bytes[index] == UInt8(ascii: "0") {
                index += 1
                if index < bytes.count && isDigit(bytes[index]) { return false }
            } else {
                skipDigits()
            }
            if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard index < bytes.count, isDigit(bytes[index]) else { return false }
                skipDigits()
            }
            if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
                index += 1
                if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) { index += 1 }
                guard index < bytes.count, isDigit(bytes[index]) else { return false }
                skipDigits()
            }
            return true
        }

        private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

        private mutating func skipDigits() {
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
        }

        private mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
            index += count
            return true
        }

        private mutating func skipWhitespace() {
            while index < bytes.count {
                let byte = bytes[index]
                guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
                        || byte == UInt8(ascii: "\r") else { return }
                index += 1
            }
        }
    }
}
