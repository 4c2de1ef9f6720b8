/// A strict RFC 8259 JSON parser that records the source location of every value.
///
/// Foundation's JSONSerialization gives neither positions nor duplicate keys, and both are
/// needed: an error must name its line and column, and a trail must say where a fact was read.
/// The parser stops at the first syntax error; structural problems (wrong types, unknown or
/// duplicate keys) are left to `ObjectReader`, which reports all of them at once.
public struct JSONParser {
    /// Deeper nesting than this is refused rather than risking the stack.
    public static let defaultMaximumDepth = 64

    private let bytes: [UInt8]
    private let maximumDepth: Int
    private var index = 0
    private var line = 1
    private var lineStart = 0
    /// The last column computed, so that locations on one long line (minified JSON) are found
    /// by scanning forward from the previous one rather than from the line start each time.
    private var columnCache = (offset: 0, column: 1)
    /// Where the parser is in the document, so that a syntax error names its JSON path too.
    private var pathStack: [JSONPath.Component] = []

    public static func parse(_ bytes: [UInt8], maximumDepth: Int = defaultMaximumDepth) throws(JSONSyntaxError) -> JSONNode {
        var parser = JSONParser(bytes: bytes, maximumDepth: maximumDepth)
        return try parser.parseDocument()
    }

    private init(bytes: [UInt8], maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
    }

    private mutating func parseDocument() throws(JSONSyntaxError) -> JSONNode {
        try validateUTF8()
        // RFC 8259 section 8.1 lets a parser ignore a byte-order mark; editors on Windows add one.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            index = 3
            lineStart = 3
        }
        let contentStart = index
        skipWhitespace()
        if index >= bytes.count {
            let start = SourceLocation(line: 1, column: 1, offset: contentStart)
            if contentStart == bytes.count {
                throw JSONSyntaxError(message: "the file is empty", location: start, expected: "a JSON object", found: "nothing")
            }
            throw JSONSyntaxError(message: "the file contains only whitespace", location: start,
                                  expected: "a JSON object", found: "no JSON text")
        }
        let root = try parseValue(depth: 1)
        skipWhitespace()
        if index < bytes.count {
            throw error("there is more text after the end of the JSON document",
                        expected: "the end of the file", found: describeHere())
        }
        return root
    }

    // MARK: Values

    private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONNode {
        let start = location()
        let value = try parseValueText(depth: depth)
        return JSONNode(value: value, location: start, end: location())
    }

    private mutating func parseValueText(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard index < bytes.count else {
            throw error("the file ends in the middle of the JSON document", expected: "a value", found: "the end of the file")
        }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth)
        case UInt8(ascii: "["): return try parseArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(try parseNumber())
        default:
            throw error(notAValue(), expected: "a value (object, array, string, number, true, false or null)", found: describeHere())
        }
    }

    /// Why the text here is not a value, naming the usual mistakes (other languages' syntax).
    private func notAValue() -> String {
        let rest = bytes[index...].prefix(9)
        func startsWith(_ word: String) -> Bool { rest.starts(with: Array(word.utf8)) }
        switch bytes[index] {
        case UInt8(ascii: "'"): return "JSON strings must be in double quotes, not single quotes"
        case UInt8(ascii: "/"), UInt8(ascii: "#"): return "JSON does not allow comments"
        case UInt8(ascii: "+"): return "a JSON number may not start with '+'"
        case UInt8(ascii: "."): return "a JSON number must start with a digit (write 0.5, not .5)"
        default: break
        }
        if startsWith("True") || startsWith("False") || startsWith("None") || startsWith("TRUE") || startsWith("FALSE") || startsWith("NULL") || startsWith("Null") {
            return "this is not a JSON value (JSON writes true, false and null in lower case)"
        }
        if startsWith("NaN") || startsWith("Infinity") || startsWith("undefined") {
            return "this is not a JSON value (JSON has no NaN, Infinity or undefined; leave the key out or write null)"
        }
        let first = bytes[index]
        if (first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z")) || (first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")) {
            return "this is not a JSON value (text must be in double quotes)"
        }
        return "this is not a JSON value"
    }

    private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        try checkDepth(depth)
        index += 1  // {
        var members: [JSONMember] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "}") { index += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else {
                let message: String
                switch peek() {
                case UInt8(ascii: "'"): message = "an object key must be in double quotes, not single quotes"
                case UInt8(ascii: "/"), UInt8(ascii: "#"): message = "JSON does not allow comments"
                default: message = "an object key must be a string in double quotes"
                }
                throw error(message, expected: "a key in double quotes", found: describeHere())
            }
            let keyLocation = location()
            let key = try parseString()
            let keyEnd = location()
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else {
                throw error("a key must be followed by a colon", expected: "':'", found: describeHere())
            }
            index += 1
            skipWhitespace()
            pathStack.append(.key(key))
            let value = try parseValue(depth: depth + 1)
            pathStack.removeLast()
            members.append(JSONMember(key: key, keyLocation: keyLocation, keyEnd: keyEnd, value: value))
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","):
                index += 1
                skipWhitespace()
                if peek() == UInt8(ascii: "}") {
                    throw error("JSON does not allow a comma before '}'", expected: "another key", found: "'}'")
                }
            case UInt8(ascii: "}"):
                index += 1
                return .object(members)
            default:
                throw error("members of an object must be separated by commas", expected: "',' or '}'", found: describeHere())
            }
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        try checkDepth(depth)
        index += 1  // [
        var elements: [JSONNode] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") { index += 1; return .array(elements) }
        while true {
            skipWhitespace()
            pathStack.append(.index(elements.count))
            elements.append(try parseValue(depth: depth + 1))
            pathStack.removeLast()
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","):
                index += 1
                skipWhitespace()
                if peek() == UInt8(ascii: "]") {
                    throw error("JSON does not allow a comma before ']'", expected: "another value", found: "']'")
                }
            case UInt8(ascii: "]"):
                index += 1
                return .array(elements)
            default:
                throw error("elements of an array must be separated by commas", expected: "',' or ']'", found: describeHere())
            }
        }
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        index += 1  // opening quote
        // Fast path: most strings have no escapes, so take their bytes in one go (the
        // document was checked to be UTF-8 before parsing began).
        var end = index
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: bytes[index..<end], as: UTF8.self)
                index = end + 1
                return text
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            end += 1
        }
        var scalars = String.UnicodeScalarView()
        var runStart = index
        func flush(_ parser: JSONParser, upTo end: Int) {
            if end > runStart {
                scalars.append(contentsOf: String(decoding: parser.bytes[runStart..<end], as: UTF8.self).unicodeScalars)
            }
        }
        while true {
            guard index < bytes.count else {
                throw error("a string is not closed", expected: "a closing '\"'", found: "the end of the file")
            }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                flush(self, upTo: index)
                index += 1
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush(self, upTo: index)
                scalars.append(try parseEscape())
                runStart = index
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                // Most often a missing closing quote; otherwise a line break typed into text.
                throw error("a string is not closed before the end of the line (a line break inside text must be written as \\n)",
                            expected: "a closing '\"'", found: "a line break")
            case 0x00..<0x20:
                throw error("a string contains a raw control character (write a tab as \\t)",
                            expected: "a printable character or an escape", found: String(format: byte))
            default:
                index += 1
            }
        }
    }

    private mutating func parseEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        index += 1  // backslash
        guard index < bytes.count else {
            throw error("a string is not closed", expected: "an escape character", found: "the end of the file")
        }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let first = try parseHex4()
            if (0xD800...0xDBFF).contains(first) {
                guard peek() == UInt8(ascii: "\\"), peek(1) == UInt8(ascii: "u") else {
                    throw error("a \\u escape starts a surrogate pair that is not completed", expected: "a second \\u escape", found: describeHere())
                }
                index += 2
                let second = try parseHex4()
                guard (0xDC00...0xDFFF).contains(second),
                      let scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)) else {
                    throw error("a \\u surrogate pair is invalid", expected: "a low surrogate \\uDC00-\\uDFFF", found: "\\u" + String(second, radix: 16))
                }
                return scalar
            }
            guard let scalar = Unicode.Scalar(first) else {
                throw error("a \\u escape names a lone surrogate", expected: "a complete character", found: "\\u" + String(first, radix: 16))
            }
            return scalar
        default:
            index -= 1
            throw error("unknown escape in a string", expected: "one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u", found: describeHere())
        }
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = JSONParser.hexValue(bytes[index]) else {
                throw error("a \\u escape needs four hexadecimal digits", expected: "a hexadecimal digit", found: describeHere())
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    /// The value of one hexadecimal digit, or nil (the record scan, `JSONSkipScan`, reads `\u` escapes with it too).
    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONNumber {
        let start = index
        if peek() == UInt8(ascii: "-") { index += 1 }
        if peek() == UInt8(ascii: "0") {
            index += 1
            if let next = peek(), isDigit(next) {
                var end = index
                while end < bytes.count, isDigit(bytes[end]) { end += 1 }
                let digits = String(decoding: bytes[start..<end], as: UTF8.self)
                index = start
                throw error("a number may not have a leading zero", expected: "a number such as 0, 7 or 0.5",
                            found: "'" + digits + "'")
            }
        } else {
            guard let next = peek(), isDigit(next) else {
                throw error("a number is incomplete", expected: "a digit", found: describeHere())
            }
            while let next = peek(), isDigit(next) { index += 1 }
        }
        var isInteger = true
        if peek() == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard let next = peek(), isDigit(next) else {
                throw error("a number has no digits after its decimal point", expected: "a digit", found: describeHere())
            }
            while let next = peek(), isDigit(next) { index += 1 }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
            guard let next = peek(), isDigit(next) else {
                throw error("a number has no digits in its exponent", expected: "a digit", found: describeHere())
            }
            while let next = peek(), isDigit(next) { index += 1 }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        let value = Double(text) ?? .infinity
        return JSONNumber(text: text, value: value, integer: isInteger ? Int(text) : nil)
    }

    private mutating func expectLiteral(_ literal: String) throws(JSONSyntaxError) {
        let expected = Array(literal.utf8)
        guard index + expected.count <= bytes.count, Array(bytes[index..<index + expected.count]) == expected else {
            throw error("this is not a JSON value", expected: "'\(literal)' or another value", found: describeHere())
        }
        index += expected.count
    }

    // MARK: Helpers

    private func checkDepth(_ depth: Int) throws(JSONSyntaxError) {
        if depth > maximumDepth {
            // The path of the too-deep value would be the whole nesting: name the outermost level.
            var problem = error("the JSON is nested more than \(maximumDepth) levels deep", expected: "at most \(maximumDepth) levels of nesting", found: "deeper nesting")
            problem.path = JSONPath(components: Array(pathStack.prefix(1)))
            throw problem
        }
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private func peek(_ ahead: Int = 0) -> UInt8? {
        index + ahead < bytes.count ? bytes[index + ahead] : nil
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "\n"):
                index += 1
                line += 1
                lineStart = index
            default:
                return
            }
        }
    }

    /// Line and column of the current byte. Columns count Unicode scalars, so a line with
    /// accented names still points at the right character. Strings never contain raw line
    /// breaks, so only whitespace advances the line.
    private mutating func location() -> SourceLocation {
        var column = 1
        var position = lineStart
        if columnCache.offset >= lineStart && columnCache.offset <= index {
            (position, column) = (columnCache.offset, columnCache.column)
        }
        while position < index {
            if bytes[position] & 0xC0 != 0x80 { column += 1 }
            position += 1
        }
        columnCache = (index, column)
        return SourceLocation(line: line, column: column, offset: index)
    }

    private func location(at offset: Int) -> SourceLocation {
        var column = 1
        var position = lineStart
        while position < offset && position < bytes.count {
            // Count lead bytes only: continuation bytes (10xxxxxx) belong to the previous scalar.
            if bytes[position] & 0xC0 != 0x80 { column += 1 }
            position += 1
        }
        return SourceLocation(line: line, column: column, offset: offset)
    }

    private func describeHere() -> String {
        guard index < bytes.count else { return "the end of the file" }
        var end = index
        while end < bytes.count, end - index < 12, ![UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[end]) { end += 1 }
        // Do not cut a multi-byte character in half.
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return "'" + String(decoding: bytes[index..<end], as: UTF8.self) + "'"
    }

    private func error(_ message: String, expected: String, found: String) -> JSONSyntaxError {
        JSONSyntaxError(message: message, location: location(at: index), expected: expected, found: found,
                        path: JSONPath(components: pathStack))
    }

    /// Reports the first byte that is not valid UTF-8 (RFC 8259 section 8.1 requires UTF-8).
    /// Most files are nearly all ASCII: eight bytes with no high bit set are valid as they
    /// stand and are skipped together. Lines are counted only when there is an error to place.
    private mutating func validateUTF8() throws(JSONSyntaxError) {
        let invalid: Int? = bytes.withUnsafeBytes { raw -> Int? in
            let count = raw.count
            var position = 0
            while position < count {
                if position + 8 <= count, raw.loadUnaligned(fromByteOffset: position, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    position += 8
                    continue
                }
                guard let length = UTF8Character.length(in: raw, at: position) else { return position }
                position += length
            }
            return nil
        }
        guard let position = invalid else { return }
        // Columns count from after a byte-order mark, as they do once the file is parsed.
        var currentLine = 1
        var currentLineStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        for offset in 0..<position where bytes[offset] == UInt8(ascii: "\n") {
            currentLine += 1
            currentLineStart = offset + 1
        }
        line = currentLine
        lineStart = currentLineStart
        index = position
        throw JSONSyntaxError(message: "the file is not valid UTF-8 text", location: location(at: position),
                              expected: "UTF-8 text", found: "byte 0x" + String(bytes[position], radix: 16, uppercase: true))
    }
}

/// The first syntax error in a JSON document.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    public let message: String
    public let location: SourceLocation
    public let expected: String
    public let found: String
    /// The value the parser was reading when it stopped (`$` before the first key).
    public var path: JSONPath = .root
}

private extension String {
    init(format byte: UInt8) {
        self = (byte == 0x09 ? "a tab (character 0x9)" : "control character 0x") + (byte == 0x09 ? "" : String(byte, radix: 16, uppercase: true))
    }
}
