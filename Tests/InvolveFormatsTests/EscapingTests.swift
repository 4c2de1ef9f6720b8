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

    @Test func xml() {
        #expect(JUnitReport.attribute("a<b>&\"c\"\nd") == "a&lt;b&gt;&amp;&quot;c&quot;&#10;d")
        #expect(JUnitReport.text("a<b>&\"c\"\nd") == "a&lt;b&gt;&amp;\"c\"\nd")
        #expect(JUnitReport.text("bell\u{07}") == "bell\u{FFFD}")
        #expect(JUnitReport.text("plain text") == "plain text")
    }

    @Test func markdown() {
        #expect(MarkdownReport.cell("a | b\nc <d>") == "a \\| b c &lt;d&gt;")
        #expect(MarkdownReport.code("x|y") == "`x\\|y`")
        #expect(MarkdownReport.inline("<stdin>") == "&lt;stdin&gt;")
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
