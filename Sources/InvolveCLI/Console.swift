import Foundation

/// Where the tool writes. Tests capture it; the executable uses the process's streams.
public final class Console: @unchecked Sendable {
    private let writeOut: (String) -> Void
    /// Writes report bytes as they are; by default they go through `writeOut` as text.
    private let writeOutBytes: (([UInt8]) -> Void)?
    private let writeError: (String) -> Void
    public let standardOutputIsTerminal: Bool
    private let readStandardInput: () -> [UInt8]
    /// Whether a person is typing at standard input (for `init --interactive`).
    public let standardInputIsTerminal: Bool
    private let readInputLine: () -> String?

    public init(writeOut: @escaping (String) -> Void, writeError: @escaping (String) -> Void,
                standardOutputIsTerminal: Bool = false, readStandardInput: @escaping () -> [UInt8] = { [] },
                standardInputIsTerminal: Bool = false, readLine: @escaping () -> String? = { nil },
                writeOutBytes: (([UInt8]) -> Void)? = nil) {
        self.writeOut = writeOut
        self.writeOutBytes = writeOutBytes
        self.writeError = writeError
        self.standardOutputIsTerminal = standardOutputIsTerminal
        self.readStandardInput = readStandardInput
        self.standardInputIsTerminal = standardInputIsTerminal
        self.readInputLine = readLine
    }

    public static func process() -> Console {
        Console(writeOut: { FileHandle.standardOutput.write(Data($0.utf8)) },
                writeError: { FileHandle.standardError.write(Data($0.utf8)) },
                standardOutputIsTerminal: isatty(STDOUT_FILENO) == 1,
                readStandardInput: { [UInt8](FileHandle.standardInput.readDataToEndOfFile()) },
                standardInputIsTerminal: isatty(STDIN_FILENO) == 1,
                readLine: { Swift.readLine(strippingNewline: true) },
                // A failed write to standard output (a closed pipe) leaves nothing to report to.
                writeOutBytes: { _ = FileWriter.write($0, to: STDOUT_FILENO) })
    }

    public func out(_ text: String) { writeOut(text) }
    /// UTF-8 bytes of a report, written without turning them into a `String` first.
    func out(bytes: [UInt8]) {
        if let writeOutBytes { writeOutBytes(bytes) } else { writeOut(String(decoding: bytes, as: UTF8.self)) }
    }
    public func error(_ text: String) { writeError(text.hasSuffix("\n") ? text : text + "\n") }
    func standardInput() -> [UInt8] { readStandardInput() }
    /// One line typed at standard input, without its line break; nil at the end of input.
    func readLine() -> String? { readInputLine() }
}
