/// RFC 8259 string escaping, shared by every JSON writer in the project (the schema and
/// starter files in the core, the reports in InvolveFormats): quotes, backslashes and control
/// characters are escaped; everything else, '/' and non-ASCII included, is copied as it is.
public enum JSONEscaping {
    /// `text` in double quotes, escaped.
    public static func quoted(_ text: String) -> String {
        var sink = ByteSink(capacity: text.utf8.count + 2)
        appendQuoted(text, to: &sink)
        return sink.text
    }

    /// Appends `text` in quotes, copying the runs between escapes in one piece. Reads the
    /// string's own UTF-8 storage where it has one, without copying or taking ownership of it
    /// (a JSON report escapes every string it writes, so this is a hot path).
    public static func appendQuoted(_ text: String, to output: inout ByteSink) {
        output.append(UInt8(ascii: "\""))
        let appended: Void? = text.utf8.withContiguousStorageIfAvailable { appendEscaped($0, to: &output) }
        if appended == nil {
            Array(text.utf8).withUnsafeBufferPointer { appendEscaped($0, to: &output) }
        }
        output.append(UInt8(ascii: "\""))
    }

    private static func appendEscaped(_ buffer: UnsafeBufferPointer<UInt8>, to output: inout ByteSink) {
        guard let base = UnsafeRawPointer(buffer.baseAddress) else { return }
        var runStart = 0
        var index = 0
        while index < buffer.count {
            // Eight bytes at a time while none of them needs escaping: report text is long
            // sentences, and looking at it byte by byte was most of the cost of writing JSON.
            if index + 8 <= buffer.count, !needsEscape(base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = buffer[index]
            if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
                index += 1
                continue
            }
            output.append(UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
            output.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""): output.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): output.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "\n"): output.append(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): output.append(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): output.append(UInt8(ascii: "t"))
            case 0x08: output.append(UInt8(ascii: "b"))
            case 0x0C: output.append(UInt8(ascii: "f"))
            default:
                let hex: StaticString = "0123456789abcdef"
                output.append("u00")
                output.append(hex.utf8Start[Int(byte >> 4)])
                output.append(hex.utf8Start[Int(byte & 0x0F)])
            }
            index += 1
            runStart = index
        }
        output.append(UnsafeBufferPointer(rebasing: buffer[runStart..<buffer.count]))
    }

    /// Whether any of the eight bytes in `word` is a quote, a backslash or a control character.
    private static func needsEscape(_ word: UInt64) -> Bool {
        ByteWords.hasByte(below: 0x20, in: word) || ByteWords.hasByte(UInt8(ascii: "\""), in: word)
            || ByteWords.hasByte(UInt8(ascii: "\\"), in: word)
    }
}
