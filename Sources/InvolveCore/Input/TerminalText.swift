/// Text from an input file made safe to show on a terminal. A project title holding
/// `ESC [2J` would clear the screen, an OSC 8 sequence would plant a hidden link, U+202E would
/// show the rest of a line backwards, and a line break would let a title print a line of its
/// own, such as a fake "THE DUTY TO INVOLVE DOES NOT APPLY". Each such character is shown as a
/// visible escape (`\u{1B}`, `\u{202E}`, `\n`) instead, so what a person reads is what the file says.
public enum TerminalText {
    /// One line: every control character (line breaks and tabs too), DEL, the C1 controls and
    /// the bidirectional formatting characters are shown escaped.
    public static func line(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0) || $0 == "\n" || $0 == "\t" }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case let other where isUnsafe(other): result += visible(other)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether a character could change what a terminal shows rather than be shown: C0
    /// controls other than line feed and tab, DEL, C1 controls, and bidi overrides, embeddings,
    /// isolates and marks (Unicode Bidirectional Algorithm, UAX #9).
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    private static func visible(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    /// The UTF-8 of a whole report or message, with every unsafe character escaped as `line`
    /// does, but line breaks and tabs kept (the report's own layout). With `keepingColour`, the
    /// tool's own colour codes (`ESC [ digits ; … m`, SGR) are kept; everything else that
    /// starts with ESC is escaped. Returns the bytes unchanged, without copying, when there is
    /// nothing to escape, which is nearly always.
    public static func escaping(_ bytes: [UInt8], keepingColour: Bool) -> [UInt8] {
        guard let first = firstUnsafe(bytes, from: 0, keepingColour: keepingColour) else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 64)
        var start = 0
        var index = first
        while true {
            result.append(contentsOf: bytes[start..<index])
            let length = sequenceLength(bytes, at: index)
            let scalarText = String(decoding: bytes[index..<index + length], as: UTF8.self)
            for scalar in scalarText.unicodeScalars { result.append(contentsOf: visible(scalar).utf8) }
            start = index + length
            guard let next = firstUnsafe(bytes, from: start, keepingColour: keepingColour) else { break }
            index = next
        }
        result.append(contentsOf: bytes[start...])
        return result
    }

    /// The index of the first unsafe character at or after `from`.
    private static func firstUnsafe(_ bytes: [UInt8], from: Int, keepingColour: Bool) -> Int? {
        var index = from
        while index < bytes.count {
            // Printable ASCII, nearly every byte of a report, is always safe: skipped in a tight
            // loop over the buffer before the switch looks at anything else.
            index = bytes.withUnsafeBufferPointer { buffer in
                var next = index
                while next < buffer.count, buffer[next] >= 0x20, buffer[next] < 0x7F { next += 1 }
                return next
            }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            switch byte {
            case 0x1B:
                if keepingColour, let end = colourCodeEnd(bytes, at: index) { index = end; continue }
                return index
            case 0x0A, 0x09: break
            case 0x00...0x1F, 0x7F: return index
            // C1 controls are U+0080…U+009F: C2 80…C2 9F in UTF-8.
            case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]): return index
            // U+061C ARABIC LETTER MARK: D8 9C.
            case 0xD8 where index + 1 < bytes.count && bytes[index + 1] == 0x9C: return index
            // U+200E, U+200F, U+202A…U+202E: E2 80 8E/8F/AA…AE; U+2066…U+2069: E2 81 A6…A9.
            case 0xE2 where index + 2 < bytes.count:
                let second = bytes[index + 1], third = bytes[index + 2]
                if second == 0x80 && (third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third)) { return index }
                if second == 0x81 && (0xA6...0xA9).contains(third) { return index }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// The index just past a colour code `ESC [ (digits | ;)* m` starting at `index`, or nil.
    private static func colourCodeEnd(_ bytes: [UInt8], at index: Int) -> Int? {
        guard index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "[") else { return nil }
        var cursor = index + 2
        while cursor < bytes.count, cursor - index < 32 {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "m") { return cursor + 1 }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ";") else { return nil }
            cursor += 1
        }
        return nil
    }

    /// Bytes in the UTF-8 sequence starting at `index` (1 for a stray byte).
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        return min(length, bytes.count - index)
    }
}
