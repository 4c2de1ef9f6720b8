import Foundation
import InvolveCore
import Testing

/// Mutates valid project files thousands of ways (byte flips, deletions, inserted punctuation,
/// renamed keys, swapped value types, truncation, duplicated lines) and runs each through the
/// real entry point. The tool must never crash, must exit 0, 1 or 2, must explain every exit 2
/// on standard error with messages that name the input and a real line, and whatever the
/// decoder accepts the schema must accept too. Deterministic: the seed fixes every case.
@Suite struct FuzzTests {
    static let seed: UInt64 = 0x1D0C_0FFE_E2026
    static let cases = 10_000

    @Test func mutatedProjectFilesNeverCrashAndAlwaysExplainThemselves() throws {
        var originals = try Repository.examples().map { try Array(Data(contentsOf: URL(fileURLWithPath: $0))) }
        originals.append(Array(ProjectTemplate.text().utf8))
        originals.append(Array(try SchemaView(text: ProjectSchema.jsonText()).sample().text.utf8))
        let checker = try ProjectSchemas()
        var random = SplitMix64(seed: Self.seed)
        var exits: [Int32: Int] = [:]
        var failures: [String] = []
        let started = Date()

        for number in 0..<Self.cases {
            var bytes = random.pick(originals)
            var applied: [String] = []
            // Mostly one mutation, so that a good share stays valid and reaches the assessor.
            let roll = random.below(10)
            for _ in 0..<(roll < 6 ? 1 : roll < 9 ? 2 : 3) {
                let (mutated, name) = Mutation.apply(to: bytes, &random)
                bytes = mutated
                applied.append(name)
            }
            let arguments: [String]
            switch number % 5 {
            case 0: arguments = ["validate", "-"]
            case 1: arguments = ["assess", "-", "--as-of", "2026-06-01", "--format", "json"]
            default: arguments = ["assess", "-", "--as-of", "2026-06-01"]
            }
            let result = involve(arguments, stdin: bytes)
            exits[result.code, default: 0] += 1
            let label = "case \(number) (\(applied.joined(separator: ", ")))"
            if failures.count > 20 { break }
            guard [0, 1, 2].contains(result.code) else {
                failures.append("\(label): exit code \(result.code)")
                continue
            }
            if result.code == 2 {
                let lines = result.err.split(separator: "\n")
                guard let last = lines.last, !lines.isEmpty else {
                    failures.append("\(label): exit 2 with nothing on standard error")
                    continue
                }
                let lineCount = bytes.filter { $0 == UInt8(ascii: "\n") }.count + 1
                for line in lines.dropLast() {
                    let parts = line.split(separator: ":", maxSplits: 3)
                    guard parts.count == 4, parts[0] == "<stdin>", let row = Int(parts[1]), let column = Int(parts[2]),
                          row >= 1, row <= lineCount, column >= 1, parts[3].hasPrefix(" error: $") else {
                        failures.append("\(label): a message without file, position and path: \(line)")
                        break
                    }
                }
                if !(last.hasSuffix("nothing was assessed.") || last.contains("checked")) {
                    failures.append("\(label): no summary line: \(last)")
                }
            } else {
                let text = String(decoding: bytes, as: UTF8.self)
                let schemaErrors = checker.errors(inText: text)
                if !schemaErrors.isEmpty {
                    failures.append("\(label): involve accepts it but the schema does not: \(schemaErrors)\n\(text)")
                }
                if arguments[0] == "validate" && result.out != "<stdin>: ok\n1 file checked: all valid.\n" {
                    failures.append("\(label): validate exited 0 without saying ok")
                }
            }
        }
        let seconds = Date().timeIntervalSince(started)
        print("fuzz: \(Self.cases) cases in \(String(format: "%.1f", seconds)) s, exit codes \(exits.sorted { $0.key < $1.key })")
        #expect(failures.isEmpty, Comment(rawValue: failures.joined(separator: "\n")))
        // The mutations must reach both sides: some inputs still valid, most refused.
        #expect((exits[0] ?? 0) + (exits[1] ?? 0) > Self.cases / 20)
        #expect((exits[2] ?? 0) > Self.cases / 2)
    }
}

/// The ways one input is damaged, each as people and generators damage files.
enum Mutation {
    static let punctuation: [[UInt8]] = ["{", "}", "[", "]", ",", ":", "\"", "\\", "-", "0", "e", ".", " ", "\n", "\r\n", "\t",
                                         "null", "//", "'", "\u{FEFF}", "é", "\u{1F600}"].map { Array($0.utf8) }
    static let values = ["null", "true", "false", "0", "-0", "1e400", "-1", "12.5", "1.0", "99999999999999999999", "\"\"", "\"x\"",
                         "[]", "{}", "[null]", "{\"x\": 1}", "\"2026-02-30\"", "\"31/03/2026\"", "\"icb\"", "\"yes\"", "\"\\u0000\""]

    static func apply(to bytes: [UInt8], _ random: inout SplitMix64) -> ([UInt8], String) {
        guard !bytes.isEmpty else { return (Array("{".utf8), "restart") }
        var bytes = bytes
        let at = random.below(bytes.count)
        switch random.below(8) {
        case 0:
            bytes[at] ^= UInt8(1 << random.below(8))
            return (bytes, "flip a bit at \(at)")
        case 1:
            let length = 1 + random.below(8)
            bytes.removeSubrange(at..<min(bytes.count, at + length))
            return (bytes, "delete \(length) at \(at)")
        case 2:
            bytes.insert(contentsOf: random.pick(punctuation), at: at)
            return (bytes, "insert punctuation at \(at)")
        case 3:
            return renameKey(bytes, &random)
        case 4:
            return swapValue(bytes, &random)
        case 5:
            return (Array(bytes.prefix(at)), "truncate at \(at)")
        case 6:
            bytes[at] = UInt8(truncatingIfNeeded: random.next())
            return (bytes, "random byte at \(at)")
        default:
            // Duplicate a line (duplicate keys, repeated elements).
            let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            guard lines.count > 2 else { return (bytes, "nothing") }
            let index = random.below(lines.count)
            var copy = Array(lines)
            copy.insert(lines[index], at: index)
            return (Array(copy.joined(separator: [UInt8(ascii: "\n")])), "duplicate line \(index + 1)")
        }
    }

    /// Changes one key: a dropped or doubled letter, swapped letters, or different case.
    private static func renameKey(_ bytes: [UInt8], _ random: inout SplitMix64) -> ([UInt8], String) {
        let keys = keyRanges(bytes)
        guard !keys.isEmpty else { return (bytes, "no key") }
        let range = random.pick(keys)
        var key = Array(bytes[range])
        guard key.count > 1 else { return (bytes, "short key") }
        let index = random.below(key.count - 1)
        switch random.below(4) {
        case 0: key.remove(at: index)
        case 1: key.insert(key[index], at: index)
        case 2: key.swapAt(index, index + 1)
        default: key = Array(String(decoding: key, as: UTF8.self).uppercased().utf8)
        }
        var result = bytes
        result.replaceSubrange(range, with: key)
        return (result, "rename key \(String(decoding: bytes[range], as: UTF8.self))")
    }

    /// Replaces the value after one key with a value of another type.
    private static func swapValue(_ bytes: [UInt8], _ random: inout SplitMix64) -> ([UInt8], String) {
        let keys = keyRanges(bytes)
        guard !keys.isEmpty else { return (bytes, "no key") }
        let key = random.pick(keys)
        // The value starts after `": ` and, for a scalar, ends at a comma, brace or line end.
        var start = key.upperBound + 1
        while start < bytes.count, [UInt8(ascii: ":"), UInt8(ascii: " ")].contains(bytes[start]) { start += 1 }
        guard start < bytes.count else { return (bytes, "no value") }
        var end = start
        if bytes[start] == UInt8(ascii: "\"") {
            end += 1
            while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1 }
            end = min(end + 1, bytes.count)
        } else if bytes[start] == UInt8(ascii: "{") || bytes[start] == UInt8(ascii: "[") {
            end = start + 1  // replace just the opening: the rest becomes garbage or a new value
            if random.below(2) == 0 { end = start }  // or insert before it
        } else {
            while end < bytes.count, ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: "\n")].contains(bytes[end]) { end += 1 }
        }
        var result = bytes
        let value = random.pick(values)
        result.replaceSubrange(start..<end, with: Array(value.utf8))
        return (result, "value of \(String(decoding: bytes[key], as: UTF8.self)) := \(value)")
    }

    /// The byte ranges of object keys (the text between the quotes of `"key":`).
    private static func keyRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        var open: Int?
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") { index += 2; continue }
            if byte == UInt8(ascii: "\"") {
                if let start = open {
                    var next = index + 1
                    while next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
                    if next < bytes.count, bytes[next] == UInt8(ascii: ":") { ranges.append((start + 1)..<index) }
                    open = nil
                } else {
                    open = index
                }
            }
            index += 1
        }
        return ranges
    }
}
