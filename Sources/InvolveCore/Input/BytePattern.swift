/// A fixed byte string to look for in a file's bytes, without decoding or parsing them
/// (Boyer-Moore-Horspool: the skip table is built once, and a scan mostly jumps the
/// pattern's length at a time). Used to rule out cheaply what a full parse would confirm.
struct BytePattern: Sendable {
    let bytes: [UInt8]
    /// How far the pattern may move on when the byte under its last position is `b`.
    private let shift: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var shift = [Int](repeating: max(bytes.count, 1), count: 256)
        for (index, byte) in bytes.dropLast().enumerated() {
            shift[Int(byte)] = bytes.count - 1 - index
        }
        self.shift = shift
    }

    func occurs(in text: [UInt8]) -> Bool {
        let length = bytes.count
        guard length > 0 else { return true }
        guard text.count >= length else { return false }
        return text.withUnsafeBufferPointer { text in
            bytes.withUnsafeBufferPointer { pattern in
                shift.withUnsafeBufferPointer { shift in
                    let last = length - 1
                    var start = 0
                    while start <= text.count - length {
                        let byte = text[start + last]
                        if byte == pattern[last] {
                            var index = last - 1
                            while index >= 0 && text[start + index] == pattern[index] { index -= 1 }
                            if index < 0 { return true }
                        }
                        start += shift[Int(byte)]
                    }
                    return false
                }
            }
        }
    }
}

extension BytePattern {
    /// Whether `byte` occurs in `text`, looking at eight bytes at a time: a quick "no" for a
    /// byte that most texts lack (a backslash), cheaper than any scan for a short pattern.
    static func contains(_ byte: UInt8, in text: [UInt8]) -> Bool {
        text.withUnsafeBytes { text in
            var offset = 0
            while offset + 8 <= text.count {
                if ByteWords.hasByte(byte, in: text.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) { return true }
                offset += 8
            }
            while offset < text.count {
                if text[offset] == byte { return true }
                offset += 1
            }
            return false
        }
    }
}
