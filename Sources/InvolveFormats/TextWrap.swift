/// Wraps report text to a terminal's width. A line that is too long breaks at spaces and its
/// continuation lines are indented to where its text starts (after "  - " or "  3. "), so
/// lists stay readable. Lines with ANSI styling are measured without their escape codes.
enum TextWrap {
    static func wrap(_ text: String, width: Int) -> String {
        guard width >= 20 else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            wrapLine(Substring(line), width: width, into: &out)
        }
        if !text.hasSuffix("\n"), let last = text.split(separator: "\n", omittingEmptySubsequences: false).last {
            wrapLine(last, width: width, into: &out)
            out.removeLast()
        }
        return out
    }

    private static func wrapLine(_ line: Substring, width: Int, into out: inout String) {
        guard visibleCount(line) > width else { out += line; out += "\n"; return }
        let leading = line.prefix { $0 == " " }
        let indent = String(repeating: " ", count: min(hangingIndent(line), width / 2))
        var current = String(leading)
        var currentWidth = leading.count
        var hasWord = false
        // Spaces between words are kept as they are (labels are aligned with runs of spaces),
        // except where the line breaks.
        var pendingSpaces = 0
        for (index, token) in line.dropFirst(leading.count).split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { pendingSpaces += 1 }
            if token.isEmpty { continue }
            let tokenWidth = visibleCount(token)
            if hasWord && currentWidth + pendingSpaces + tokenWidth > width {
                out += current; out += "\n"
                current = indent
                currentWidth = indent.count
                hasWord = false
            }
            if hasWord {
                current += String(repeating: " ", count: pendingSpaces)
                currentWidth += pendingSpaces
            }
            pendingSpaces = 0
            current += token
            currentWidth += tokenWidth
            hasWord = true
        }
        out += current; out += "\n"
    }

    /// Where a continuation line starts: under the text after a line's leading spaces and its
    /// list marker ("- ", "3. "), or under the value after a label ("Route         …").
    private static func hangingIndent(_ line: Substring) -> Int {
        let spaces = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(spaces)
        if rest.hasPrefix("- ") { return spaces + 2 }
        let digits = rest.prefix { $0.isNumber }.count
        if digits > 0, rest.dropFirst(digits).hasPrefix(". ") { return spaces + digits + 2 }
        let label = rest.prefix { $0 != " " }
        let gap = rest.dropFirst(label.count).prefix { $0 == " " }.count
        if !label.isEmpty, gap >= 2 { return spaces + visibleCount(label) + gap }
        return spaces
    }

    /// Characters a terminal shows: ANSI escape sequences take no room.
    static func visibleCount(_ text: Substring) -> Int {
        var count = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if scalar == "m" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else {
                count += 1
            }
        }
        return count
    }
}
