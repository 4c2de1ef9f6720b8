/// Writes HTML that is well formed by construction: every element opened is closed in order
/// (the writer keeps the stack), attribute values are quoted and escaped, and text is escaped
/// unless it is markup the writer itself made with `HTMLWriter.inline`.
struct HTMLWriter {
    private(set) var output = ""
    private var stack: [String] = []
    /// Indentation of elements already open around this writer's part of a document (a
    /// report written in parts, one per project).
    private let depth: Int
    /// Where the output goes whenever a piece's worth is made (`ReportAppendix.piece`), when
    /// there is one: the annual report section of a large year is tens of megabytes of HTML,
    /// and is written to its file as it is made rather than held whole.
    private let drain: ((String) -> Void)?

    init(depth: Int = 0, drain: ((String) -> Void)? = nil) {
        self.depth = depth
        self.drain = drain
    }

    /// Elements with no content and no end tag.
    static let voidElements: Set<String> = ["meta", "br", "hr", "img", "link", "col", "input", "wbr"]

    typealias Attributes = KeyValuePairs<String, String>

    /// `<name a="v">` on its own line, to be closed with `close()`.
    mutating func open(_ name: String, _ attributes: Attributes = [:]) {
        line("<" + name + HTMLWriter.attributeText(attributes) + ">")
        stack.append(name)
    }

    /// Closes the innermost open element.
    mutating func close() {
        guard let name = stack.popLast() else { return }
        line("</" + name + ">")
    }

    /// `<name>text</name>` on one line, the text escaped.
    mutating func element(_ name: String, _ attributes: Attributes = [:], text: String) {
        element(name, attributes, markup: HTMLText.escape(text))
    }

    /// `<name>markup</name>` on one line, for markup built with `inline` and `escape`.
    mutating func element(_ name: String, _ attributes: Attributes = [:], markup: Markup) {
        line("<" + name + HTMLWriter.attributeText(attributes) + ">" + markup + "</" + name + ">")
    }

    /// An element with no end tag (`<meta charset="utf-8">`) or a self-closed SVG element.
    mutating func empty(_ name: String, _ attributes: Attributes = [:]) {
        if HTMLWriter.voidElements.contains(name) {
            line("<" + name + HTMLWriter.attributeText(attributes) + ">")
        } else {
            line("<" + name + HTMLWriter.attributeText(attributes) + "/>")
        }
    }

    /// A line of the writer's own markup (the doctype, the style sheet).
    mutating func raw(_ text: String) {
        line(text)
    }

    /// The finished document; closes anything still open.
    mutating func finish() -> String {
        while !stack.isEmpty { close() }
        return output
    }

    private mutating func line(_ text: String) {
        output += String(repeating: " ", count: min(depth + stack.count, 12)) + text + "\n"
        if let drain, output.utf8.count >= ReportAppendix.piece {
            drain(output)
            output = ""
        }
    }

    /// Markup: escaped text or elements made by `inline`.
    typealias Markup = String

    /// `<name attrs>markup</name>` as a string, to nest inside a line.
    static func inline(_ name: String, _ attributes: Attributes = [:], _ markup: Markup) -> Markup {
        "<" + name + attributeText(attributes) + ">" + markup + "</" + name + ">"
    }

    static func escape(_ text: String) -> Markup { HTMLText.escape(text) }

    static func attributeText(_ attributes: Attributes) -> String {
        attributes.map { " " + $0.key + "=\"" + HTMLText.escape($0.value) + "\"" }.joined()
    }
}

extension HTMLWriter {
    /// The start of a self-contained page: its language, character set, viewport, title and
    /// inline style sheet (nothing is fetched), then `<body><main>` open for the content.
    mutating func beginPage(title: String, styleSheet: String) {
        raw("<!DOCTYPE html>")
        open("html", ["lang": "en-GB"])
        open("head")
        empty("meta", ["charset": "utf-8"])
        empty("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        element("title", text: title)
        open("style")
        for line in styleSheet.split(separator: "\n") { raw(String(line)) }
        close()
        close()
        open("body")
        open("main")
    }
}
