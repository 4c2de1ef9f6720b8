import Testing
@testable import InvolveCore

/// `declaresRecordFormat` skips the parse when the bytes cannot spell the record format; it
/// must still give the same answer as the parse for every way JSON can write the name.
@Suite struct RecordFormatDetectionTests {
    static func declares(_ text: String) -> Bool { DecisionRecordLoader.declaresRecordFormat(Array(text.utf8)) }

    @Test func recordFormatAtTheRootIsARecord() {
        #expect(Self.declares(#"{"format": "involve.decision-record", "formatVersion": 1}"#))
        #expect(Self.declares("\u{FEFF}{\"format\": \"involve.decision-record\"}"))
    }

    /// Letters written as \u00XX escapes hold no copy of the name in the bytes: only the
    /// parse can see them, so the quick test must not rule them out.
    @Test func escapedSpellingsOfTheNameAreStillRecords() {
        #expect(Self.declares(#"{"format": "involve\u002edecision-record"}"#))
        #expect(Self.declares(#"{"format": "\u0069nvolve.decision\u002Drecord"}"#))
        #expect(Self.declares(#"{"\u0066ormat": "\u0069nvolve.decision-record"}"#))
    }

    @Test func anythingElseIsNotARecord() {
        #expect(!Self.declares(#"{"formatVersion": 1, "id": "P-1"}"#))
        #expect(!Self.declares(#"{"format": "something-else"}"#))
        #expect(!Self.declares(#"{"extensions": {"format": "involve.decision-record"}}"#))
        #expect(!Self.declares(#"{"format": "involve.decision-record""#))
        #expect(!Self.declares(#"{"format": "involve.decision-records"}"#))
        #expect(!Self.declares(#"{"note": "caf\u00e9", "format": "other"}"#))
        #expect(!Self.declares(#"["involve.decision-record"]"#))
        #expect(!Self.declares(""))
    }

    @Test func bytePatternFindsWhatANaiveSearchFinds() {
        // Every haystack over a small alphabet up to a length, so that near misses, overlaps
        // and matches at both ends all occur.
        let alphabet: [UInt8] = Array("abc".utf8)
        for pattern in ["a", "ab", "aba", "abca", "cab", "aaa"] {
            let search = BytePattern(pattern)
            let needle = Array(pattern.utf8)
            var haystacks: [[UInt8]] = [[]]
            for _ in 0..<7 {
                haystacks = haystacks.flatMap { prefix in alphabet.map { prefix + [$0] } }
                for haystack in haystacks {
                    let naive = haystack.count >= needle.count
                        && (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<($0 + needle.count)]) == needle }
                    if search.occurs(in: haystack) != naive {
                        Issue.record("\(pattern) in \(String(decoding: haystack, as: UTF8.self)): expected \(naive)")
                    }
                }
            }
        }
        #expect(BytePattern("").occurs(in: []))
    }

    /// Every position in texts of every length around the eight-byte steps, and bytes that
    /// differ from the one sought by a single bit (where a word-at-a-time trick would slip).
    @Test func byteSearchFindsEveryByteWhereverItIs() {
        for length in 0...20 {
            for sought: UInt8 in [0x5C, 0x00, 0xFF, 0x80, 0x01] {
                let others: [UInt8] = [sought ^ 0x01, sought ^ 0x80, sought ^ 0x40, sought &+ 1]
                let text = (0..<length).map { others[$0 % others.count] }
                if BytePattern.contains(sought, in: text) { Issue.record("\(sought) found in \(text)") }
                for position in 0..<length {
                    var with = text
                    with[position] = sought
                    if !BytePattern.contains(sought, in: with) { Issue.record("\(sought) not found at \(position) of \(length)") }
                }
            }
        }
    }
}
