/// How values from the input are quoted in messages: as JSON would write them, so that a
/// stray quote, a tab or a line break in the input is visible, and cut short when long.
enum InputText {
    static let maximumLength = 60

    static func quoted(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let shown = scalars.count > maximumLength ? String(String.UnicodeScalarView(scalars.prefix(maximumLength))) : text
        let quoted = JSONTree.quoted(shown)
        return scalars.count > maximumLength ? String(quoted.dropLast()) + "…\"" : quoted
    }
}

extension JSONValue {
    /// The value as an "expected … found …" message shows it: the text of a string or number
    /// (`"yes"`, `the number 42`), otherwise its kind (`an object`).
    public var described: String {
        switch self {
        case .string(let text): return InputText.quoted(text)
        case .number(let number): return "the number " + number.text
        case .bool(let value): return value ? "true" : "false"
        case .object, .array, .null: return kindName
        }
    }
}
