import InvolveCore

/// Escaping for text that came from an input file. Every piece of project or record text goes
/// through one of these before it reaches Markdown or HTML, so a title such as
/// `<script>alert("x")</script>` is shown as text and never runs.
public enum HTMLText {
    /// Escapes the five characters that matter in HTML text and quoted attribute values.
    public static func escape(_ text: String) -> String {
        // Most text has nothing to escape: then it is returned as it is, without a copy.
        guard text.utf8.contains(where: { byte in
            // DEL, and the lead bytes of C1 controls (C2), the Arabic letter mark (D8) and the other bidi
            // controls (E2): those are shown escaped, so their text takes the slow path.
            byte < 0x20 ? byte != 0x0A && byte != 0x09
                : byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 || byte == 0x7F || byte == 0xE2 || byte == 0xC2 || byte == 0xD8
        }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\r": break
            case let control where control.value < 0x20 && control != "\n" && control != "\t":
                result += " "
            case let other where TerminalText.isUnsafe(other):
                // A bidi override would reorder the text around it in a browser too.
                result += "\\u{" + String(other.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

public enum MarkdownText {
    /// Inline text: Markdown's punctuation backslash-escaped so that it cannot start emphasis,
    /// a link or image (`[`, `]`, `!`), a code span, raw HTML or an autolink (`<`), and line
    /// breaks turned into spaces (so no hard line break and no new block). GitHub-flavoured
    /// Markdown also makes links of bare `www.`, `http://`-style and e-mail addresses: the
    /// `.` after `www`, the `:` before `//` and the `@` are escaped, which breaks the pattern
    /// while rendering the same characters.
    public static func inline(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var result = ""
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "$", "!", "@":
                result += "\\"
                result.unicodeScalars.append(scalar)
            case ":" where index + 2 < scalars.count && scalars[index + 1] == "/" && scalars[index + 2] == "/":
                result += "\\:"
            case "." where index >= 3 && String(String.UnicodeScalarView(scalars[(index - 3)..<index])).lowercased() == "www":
                result += "\\."
            case "&":
                // Only where it would start a character reference such as &lt; or &#60;.
                result += startsEntity(scalars, index) ? "\\&" : "&"
            case "\n":
                result += " "
            case "\r":
                break
            case let control where control.value < 0x20:
                result += " "
            case let other where TerminalText.isUnsafe(other):
                // DEL, C1 controls and bidi overrides: shown, not obeyed (as on a terminal).
                result += "\\u{" + String(other.value, radix: 16, uppercase: true) + "}"
            default:
                result.unicodeScalars.append(scalar)
            }
            index += 1
        }
        return result
    }

    /// Whether `inline` would change anything: one pass over the bytes, since most text in a
    /// report (rule wording, dates, names) has nothing to escape.
    private static func needsEscaping(_ text: String) -> Bool {
        var ws = 0
        // The two bytes before this one, to spot a bidi control (E2 80 8E/8F/AA…AE, E2 81 A6…A9).
        var before = (UInt8(0), UInt8(0))
        for byte in text.utf8 {
            defer { before = (before.1, byte) }
            if before.0 == 0xE2 && ((before.1 == 0x80 && (byte == 0x8E || byte == 0x8F || (0xAA...0xAE).contains(byte)))
                                    || (before.1 == 0x81 && (0xA6...0xA9).contains(byte))) { return true }
            if before.1 == 0xC2 && (0x80...0x9F).contains(byte) { return true }
            if before.1 == 0xD8 && byte == 0x9C { return true }
            switch byte {
            case 0x00..<0x20, 0x7F, UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                 UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "#"), UInt8(ascii: "~"),
                 UInt8(ascii: "$"), UInt8(ascii: "!"), UInt8(ascii: "@"), UInt8(ascii: "&"), UInt8(ascii: ":"):
                return true
            case UInt8(ascii: "w"), UInt8(ascii: "W"): ws += 1
            case UInt8(ascii: ".") where ws >= 3: return true
            default: ws = 0
            }
        }
        return false
    }

    /// A code span in a table cell: GitHub-flavoured Markdown splits a row at every `|` not
    /// escaped, even inside a code span, so each is written `\|` there.
    public static func cellCode(_ text: String) -> String {
        code(text).replacingOccurrences("|", "\\|")
    }

    /// Text at the start of a line: also escapes what would make the line a list item, a
    /// heading underline or a numbered item.
    public static func lineStart(_ text: String) -> String {
        let escaped = inline(text)
        guard let first = escaped.unicodeScalars.first else { return escaped }
        if first == "-" || first == "+" || first == "=" {
            return "\\" + escaped
        }
        let digits = escaped.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let after = escaped.dropFirst(digits.count).first, after == "." || after == ")" {
            return digits + "\\" + escaped.dropFirst(digits.count)
        }
        return escaped
    }

    /// A table cell: inline text with line breaks kept as `<br>` so the row stays one line.
    public static func cell(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { inline(String($0)) }
            .joined(separator: "<br>")
    }

    /// Paragraphs of running text, split at blank lines; single line breaks become spaces.
    public static func paragraphs(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmed(of: " \t\r")
            if trimmed.isEmpty {
                if !current.isEmpty { paragraphs.append(lineStart(current.joined(separator: " "))) }
                current = []
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { paragraphs.append(lineStart(current.joined(separator: " "))) }
        return paragraphs
    }

    /// A code span that holds any text: the fence is longer than any run of backticks inside.
    public static func code(_ text: String) -> String {
        let flat = text.replacingOccurrencesOfNewlines()
        var longest = 0
        var run = 0
        for character in flat {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padded = flat.hasPrefix("`") || flat.hasSuffix("`") || flat.isEmpty ? " " + flat + " " : flat
        return fence + padded + fence
    }

    private static func startsEntity(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        var cursor = index + 1
        var length = 0
        if cursor < scalars.count, scalars[cursor] == "#" { cursor += 1 }
        while cursor < scalars.count, length <= 32 {
            let scalar = scalars[cursor]
            if scalar == ";" { return length > 0 }
            guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) else { return false }
            length += 1
            cursor += 1
        }
        return false
    }
}

extension StringProtocol {
    func trimmed(of set: String) -> String {
        let characters = Set(set)
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }

    func replacingOccurrencesOfNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" ? " " : $0 })
    }
}
