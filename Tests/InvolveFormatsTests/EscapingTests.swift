import InvolveCore
@testable import InvolveFormats
import Testing

@Suite struct EscapingTests {
    @Test func jsonStrings() {
        #expect(JSONOutput.quoted("plain") == "\"plain\"")
        #expect(JSONOutput.quoted("a\"b\\c/d") == "\"a\\\"b\\\\c/d\"")
        #expect(JSONOutput.quoted("line\nbreak\ttab\r\u{08}\u{0C}\u{01}") == "\"line\\nbreak\\ttab\\r\\b\\f\\u0001\"")
        #expect(JSONOutput.quoted("é \"ü\" 😀") == "\"é \\\"ü\\\" 😀\"")
        // A quote followed by a combining accent must not lose or duplicate characters.
        #expect(JSONOutput.quoted("\"\u{301}x") == "\"\\\"\u{301}x\"")
    }

    /// The escaper skips eight bytes at a time; it must agree with the plain byte-by-byte rule
    /// wherever the character needing escape falls in a word, and next to non-ASCII text.
    @Test func jsonEscapingMatchesTheByteByByteRuleAtEveryPosition() {
        func reference(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{08}": out += "\\b"
                case "\u{0C}": out += "\\f"
                case let c where c.value < 0x20: out += "\\u00" + (c.value < 0x10 ? "0" : "") + String(c.value, radix: 16)
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
        let specials: [String] = ["\"", "\\", "\n", "\u{01}", "\u{1F}", "\t", " ", "~", "\u{7F}", "é", "✓", "😀", "\u{80}"]
        for length in 0..<20 {
            for position in 0..<max(length, 1) {
                for special in specials {
                    var text = String(repeating: "a", count: length)
                    if length > 0 {
                        let index = text.index(text.startIndex, offsetBy: position)
                        text.replaceSubrange(index...index, with: special)
                    }
                    #expect(JSONEscaping.quoted(text) == reference(text), "\(length) \(position) \(special.debugDescription)")
                }
            }
        }
    }

    @Test func xml() {
        #expect(JUnitReport.attribute("a<b>&\"c\"\nd") == "a&lt;b&gt;&amp;&quot;c&quot;&#10;d")
        #expect(JUnitReport.text("a<b>&\"c\"\nd") == "a&lt;b&gt;&amp;\"c\"\nd")
        #expect(JUnitReport.text("bell\u{07}") == "bell\u{FFFD}")
        #expect(JUnitReport.text("plain text") == "plain text")
    }

    @Test func markdown() {
        #expect(MarkdownReport.cell("a | b\nc <d>") == "a \\| b c \\<d\\>")
        #expect(MarkdownReport.code("x|y") == "`x\\|y`")
        #expect(MarkdownReport.inline("<stdin>") == "\\<stdin\\>")
    }

    /// Nothing from an input becomes a link, an image, an autolink or a new line or cell
    /// under CommonMark or GitHub-flavoured Markdown.
    @Test func markdownInjection() {
        #expect(MarkdownText.inline("[x](javascript:alert(1))") == "\\[x\\](javascript:alert(1))")
        #expect(MarkdownText.inline("![i](http://evil.example/i.png)") == "\\!\\[i\\](http\\://evil.example/i.png)")
        #expect(MarkdownText.inline("<http://a.example>") == "\\<http\\://a.example\\>")
        #expect(MarkdownText.inline("see www.evil.example or WWW.x.example") == "see www\\.evil.example or WWW\\.x.example")
        #expect(MarkdownText.inline("mail me@evil.example") == "mail me\\@evil.example")
        #expect(MarkdownText.inline("a `tick` b") == "a \\`tick\\` b")
        #expect(MarkdownText.inline("line\\\nbreak  \nhere") == "line\\\\ break   here")
        #expect(MarkdownText.inline("plain words, no syntax.") == "plain words, no syntax.")
        #expect(MarkdownText.inline("en – dash “quoted” £5") == "en – dash “quoted” £5")
        #expect(MarkdownText.inline("a\u{202E}b\u{2067}c\u{9B}d\u{7F}") == "a\\u{202E}b\\u{2067}c\\u{9B}d\\u{7F}")
        #expect(MarkdownText.cellCode("id\nwith|pipe`") == "`` id with\\|pipe` ``")
    }

    @Test func htmlShowsBidiOverrides() {
        #expect(HTMLText.escape("txt\u{202E}exe.pdf") == "txt\\u{202E}exe.pdf")
    }

    /// Control characters, bidi overrides and line breaks from input are shown, not obeyed.
    @Test func terminal() {
        #expect(TerminalText.line("a\u{1B}[2Jb\nTHE DUTY\u{202E}x\u{7}") == "a\\u{1B}[2Jb\\nTHE DUTY\\u{202E}x\\u{7}")
        #expect(TerminalText.line("plain – text é") == "plain – text é")
        let report = Array("\u{1B}[1mbold\u{1B}[0m \u{1B}]8;;http://x\u{7}link\u{9D}\u{2067}\n".utf8)
        #expect(String(decoding: TerminalText.escaping(report, keepingColour: true), as: UTF8.self)
                == "\u{1B}[1mbold\u{1B}[0m \\u{1B}]8;;http://x\\u{7}link\\u{9D}\\u{2067}\n")
        #expect(String(decoding: TerminalText.escaping(report, keepingColour: false), as: UTF8.self)
                == "\\u{1B}[1mbold\\u{1B}[0m \\u{1B}]8;;http://x\\u{7}link\\u{9D}\\u{2067}\n")
        let plain = Array("nothing to escape\n\tat all".utf8)
        #expect(TerminalText.escaping(plain, keepingColour: false) == plain)
    }

    @Test func junitClassNames() {
        #expect(JUnitReport.className("./projects/north/clinic.json") == "projects.north.clinic")
        #expect(JUnitReport.className("<stdin>") == "<stdin>")
    }

    @Test func sarifTags() {
        #expect(SARIFReport.tag(.duty) == "does-the-duty-to-involve-apply")
        #expect(SARIFReport.tag(.fairness) == "is-the-plan-fair-gunning-principles")
    }
}
