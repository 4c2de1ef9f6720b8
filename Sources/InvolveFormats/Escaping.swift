/// Escaping for text that came from an input file. Every piece of project or record text goes
/// through one of these before it reaches Markdown or HTML, so a title such as
/// `<script>alert("x")</script>` is shown as text and never runs.
public enum HTMLText {
    /// Escapes the five characters that matter in HTML text and quoted attribute values.
    public static func escape(_ text: String) -> String {
        // Most text has nothing to escape: then it is returned as it is, without a copy.
        guard text.utf8.contains(where: { byte in
            byte < 0x20 ? byte != 0x0A && byte != 0x09 : byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
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
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

public enum MarkdownText {
    /// Inline text: Markdown's punctuation backslash-escaped so that it cannot start emphasis,
    /// a link, a code span or raw HTML, and line breaks turned into spaces.
    public static func inline(_ text: String) -> String {
        // Most text holds none of these: then it is returned as it is, without a copy.
        guard text.utf8.contains(where: MarkdownText.mayEscape) else { return text }
        var result = ""
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "$":
                result += "\\"
                result.unicodeScalars.append(scalar)
            case "&":
                // Only where it would start a character reference such as &lt; or &#60;.
                result += startsEntity(scalars, index) ? "\\&" : "&"
            case "\n":
                result += " "
            case "\r":
                break
            case let control where control.value < 0x20:
                result += " "
            default:
                result.unicodeScalars.append(scalar)
            }
            index += 1
        }
        return result
    }

    /// Whether `inline` may change this byte: \ ` * _ [ ] < > | # ~ $ &, or a control character.
    private static func mayEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x7C, 0x23, 0x7E, 0x24, 0x26: return true
        default: return byte < 0x20
        }
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
