/// One problem with an input file, phrased so that a person can fix it without reading code:
/// where it is (file, line, column, JSON path), what was expected, what was found, and a
/// suggestion when the input looks like a typo.
public struct InputDiagnostic: Error, Sendable, Hashable {
    public var file: String
    public let location: SourceLocation?
    public let path: JSONPath
    public let message: String
    public let expected: String?
    public let found: String?
    public let suggestion: String?

    public init(file: String, location: SourceLocation?, path: JSONPath, message: String,
                expected: String? = nil, found: String? = nil, suggestion: String? = nil) {
        self.file = file
        self.location = location
        self.path = path
        self.message = message
        self.expected = expected
        self.found = found
        self.suggestion = suggestion
    }

    /// `file:line:column: error: $.path: message; expected …, found …; did you mean …?`
    /// (the shape compilers use, so editors and CI logs turn it into a link). A problem with
    /// the file itself (missing, a directory, too large) has no position and no path:
    /// `file: error: message; expected …`.
    public var rendered: String {
        var text = TerminalText.line(file)
        if let location { text += ":\(location.line):\(location.column)" }
        text += ": error: "
        if location != nil || path != .root { text += "\(path): " }
        text += message
        if let expected { text += "; expected \(expected)" }
        if let found { text += ", found \(found)" }
        if let suggestion { text += "; did you mean \(suggestion)?" }
        return text
    }
}

extension InputDiagnostic {
    init(file: String, syntax error: JSONSyntaxError) {
        self.init(file: file, location: error.location, path: error.path, message: "not valid JSON: " + error.message,
                  expected: error.expected, found: error.found)
    }
}
