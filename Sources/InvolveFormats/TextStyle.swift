/// ANSI styling for terminals. Off unless the CLI decides the output is a terminal and
/// NO_COLOR is unset (https://no-color.org), so files and pipes get plain text.
public struct TextStyle: Sendable {
    public let enabled: Bool
    /// The terminal's width in columns, to wrap the one-file report to; nil for files and
    /// pipes, which get each paragraph on one line.
    public let width: Int?

    public init(enabled: Bool, width: Int? = nil) {
        self.enabled = enabled
        self.width = width
    }

    public static let plain = TextStyle(enabled: false)

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func yellow(_ text: String) -> String { wrap(text, "33") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func cyan(_ text: String) -> String { wrap(text, "36") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
