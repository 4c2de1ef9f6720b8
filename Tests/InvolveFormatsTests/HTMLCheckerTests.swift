import Testing

/// The checker the report tests rely on must itself catch what it claims to.
@Suite struct HTMLCheckerTests {
    @Test(arguments: [
        "<p>a < b</p>",
        "<p>a > b</p>",
        "<p>fish & chips</p>",
        "<p><b>x</p></b>",
        "<p>never closed",
        "<br></br>",
        "<div/>",
        "<a href=x>y</a>",
        "<a href='x'>y</a>",
        "<a href=\"x\" href=\"y\">z</a>",
        "<a title=\"a<b\">z</a>",
        "<style>p { } </p></style>",
        "<p>text</p></div>",
    ])
    func flagsBrokenHTML(_ html: String) {
        #expect(!HTMLChecker(html).problems.isEmpty)
    }

    @Test(arguments: [
        "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>t</title></head><body><p>a &lt; b &amp; c&#39;s</p></body></html>",
        "<svg viewBox=\"0 0 1 1\" role=\"img\"><title>x</title><rect x=\"0\" y=\"0\"/></svg>",
        "<p>line<br>break</p>",
        "<style>p { color: #000; }</style>",
    ])
    func acceptsGoodHTML(_ html: String) {
        let checker = HTMLChecker(html)
        #expect(checker.problems.isEmpty, "\(checker.problems)")
    }

    @Test func collectsStructure() {
        let checker = HTMLChecker("<table><caption>C</caption><tr><th scope=\"col\">H</th></tr></table><h1>One</h1><h2>Two &amp; more</h2>")
        #expect(checker.all("table").first?.children == ["caption", "tr"])
        #expect(checker.headingLevels == [1, 2])
        #expect(checker.all("h2").first?.text == "Two &amp; more")
        #expect(checker.all("th").first?.ancestors == ["table", "tr"])
    }
}
