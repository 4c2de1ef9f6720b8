/// `partialFingerprints.primaryLocationLineHash` exactly as GitHub's upload action computes it
/// (github/codeql-action, src/fingerprints.ts, `hash`), so that code scanning matches alerts
/// across runs with the value involve writes rather than one it would compute itself.
///
/// The algorithm: a rolling hash (base 37, 64-bit wrapping arithmetic, as `Long` in
/// JavaScript) over the UTF-16 code units of the file with spaces and tabs skipped and line
/// endings (`\r`, `\n`, `\r\n`) made `\n`; each line's hash covers the 100 characters from its
/// first non-blank one onwards, across line ends; an end-of-file marker (65535) and zeros
/// follow the text. The value is the unsigned hash in lower-case hexadecimal, then `:` and how
/// many lines so far had that hash, so identical lines stay apart.
enum GitHubLineHash {
    private static let blockSize = 100
    private static let base: Int64 = 37
    /// 37^100, wrapping: what leaves the hash as a character leaves the window.
    private static let firstMod: Int64 = (0..<blockSize).reduce(Int64(1)) { value, _ in value &* base }

    /// The hash of every line, in order: element 0 is line 1. A file has one more line than
    /// it has line breaks (an empty file has one line).
    static func lines(of bytes: [UInt8]) -> [String] {
        var counts: [UInt64: Int] = [:]
        return values(of: bytes).map { value in
            let count = (counts[value] ?? 0) + 1
            counts[value] = count
            return text(value, occurrence: count)
        }
    }

    /// A line's hash as written: the value in hexadecimal, `:`, and how many lines up to this
    /// one had that value.
    static func text(_ value: UInt64, occurrence: Int) -> String {
        String(value, radix: 16) + ":" + String(occurrence)
    }

    /// The rolling hash's value for every line, without the occurrence counts: a SARIF report
    /// needs the text of a few lines of each file, so the rest is not made into strings.
    static func values(of bytes: [UInt8]) -> [UInt64] {
        var windowStorage = [Int64](repeating: 0, count: blockSize)
        var lineNumberStorage = [Int](repeating: -1, count: blockSize)
        // The window and its line numbers are read and written for every character: through
        // buffer pointers, as arrays cost a check for sharing on each write. `index` stays in
        // 0..<blockSize, the buffers' size.
        return windowStorage.withUnsafeMutableBufferPointer { window in
            lineNumberStorage.withUnsafeMutableBufferPointer { lineNumbers in
                values(of: bytes, window: window, lineNumbers: lineNumbers)
            }
        }
    }

    private static func values(of bytes: [UInt8], window: UnsafeMutableBufferPointer<Int64>,
                               lineNumbers: UnsafeMutableBufferPointer<Int>) -> [UInt64] {
        // Read once: a lazily made global is checked on every use, and this runs per character.
        let (base, firstMod, blockSize) = (Self.base, Self.firstMod, Self.blockSize)
        var hash: Int64 = 0
        var index = 0
        var lineNumber = 0
        var lineStart = true
        var previousCR = false
        var hashes: [UInt64] = []

        func output() {
            // Lines are output in order, so the line number is always the next element.
            hashes.append(UInt64(bitPattern: hash))
            lineNumbers[index] = -1
        }
        func update(_ current: Int64) {
            let leaving = window[index]
            window[index] = current
            hash = base &* hash &+ current &- firstMod &* leaving
            index += 1
            if index == blockSize { index = 0 }
        }
        func process(_ unit: Int64) {
            var current = unit
            if current == 0x20 || current == 0x09 || (previousCR && current == 0x0A) {
                previousCR = false
                return
            }
            if current == 0x0D {
                current = 0x0A
                previousCR = true
            } else {
                previousCR = false
            }
            if lineNumbers[index] != -1 { output() }
            if lineStart {
                lineStart = false
                lineNumber += 1
                lineNumbers[index] = lineNumber
            }
            if current == 0x0A { lineStart = true }
            update(current)
        }

        // Node reads the file as UTF-8 and `charCodeAt` gives UTF-16 code units. An ASCII byte
        // is its own code unit, so a file of ASCII (most are) is read as it is, not decoded.
        if bytes.allSatisfy({ $0 < 0x80 }) {
            for byte in bytes { process(Int64(byte)) }
        } else {
            for unit in String(decoding: bytes, as: UTF8.self).utf16 { process(Int64(unit)) }
        }
        process(65535)
        for _ in 0..<blockSize {
            if lineNumbers[index] != -1 { output() }
            update(0)
        }
        return hashes
    }
}

/// One file's line hashes, computed the first time a result asks for one (most files have
/// results, but never more than once per file).
struct LineHashes {
    private let source: [UInt8]
    private var values: [UInt64]?

    init(_ source: [UInt8]) {
        self.source = source
    }

    /// The hash of a line (from 1), or nil when the file's text is not known or has no such line.
    mutating func hash(ofLine line: Int) -> String? {
        guard !source.isEmpty else { return nil }
        if values == nil { values = GitHubLineHash.values(of: source) }
        guard let values, line >= 1, line <= values.count else { return nil }
        let value = values[line - 1]
        // The occurrence, counted here: a file has a hundred lines or so and few results.
        let occurrence = values[..<line].reduce(0) { $0 + ($1 == value ? 1 : 0) }
        return GitHubLineHash.text(value, occurrence: occurrence)
    }
}
