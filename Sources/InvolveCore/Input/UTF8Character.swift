/// UTF-8 as RFC 3629 defines it (which RFC 8259 section 8.1 requires of JSON): what the JSON
/// reader and the decision-record scan both accept, character by character.
enum UTF8Character {
    /// How many bytes the character at `position` takes (1 to 4), or nil when the bytes there are
    /// not a character: a byte that cannot begin one, too few continuation bytes, an overlong
    /// form, a surrogate, or a code point beyond U+10FFFF.
    @inline(__always)
    static func length<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, at position: Int) -> Int? where Bytes.Index == Int {
        let lead = bytes[position]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return nil
        }
        guard position + length <= bytes.endIndex else { return nil }
        for offset in 1..<length where bytes[position + offset] & 0xC0 != 0x80 { return nil }
        let second = bytes[position + 1]
        if lead == 0xE0 && second < 0xA0 { return nil }        // overlong
        if lead == 0xED && second > 0x9F { return nil }        // surrogate
        if lead == 0xF0 && second < 0x90 { return nil }        // overlong
        if lead == 0xF4 && second > 0x8F { return nil }        // beyond U+10FFFF
        return length
    }
}
