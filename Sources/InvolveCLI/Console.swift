import Foundation

/// Where the tool writes. Tests capture it; the executable uses the process's streams.
public final class Console: @unchecked Sendable {
    private let writeOut: (String) -> Void
    private let writeError: (String) -> Void
    public let standardOutputIsTerminal: Bool
    private let readStandardInput: () -> [UInt8]

    public init(writeOut: @escaping (String) -> Void, writeError: @escaping (String) -> Void,
                standardOutputIsTerminal: Bool = false, readStandardInput: @escaping () -> [UInt8] = { [] }) {
        self.writeOut = writeOut
        self.writeError = writeError
        self.standardOutputIsTerminal = standardOutputIsTerminal
        self.readStandardInput = readStandardInput
    }

    public static func process() -> Console {
        Console(writeOut: { FileHandle.standardOutput.write(Data($0.utf8)) },
                writeError: { FileHandle.standardError.write(Data($0.utf8)) },
                standardOutputIsTerminal: isatty(STDOUT_FILENO) == 1,
                readStandardInput: { [UInt8](FileHandle.standardInput.readDataToEndOfFile()) })
    }

    public func out(_ text: String) { writeOut(text) }
    public func error(_ text: String) { writeError(text.hasSuffix("\n") ? text : text + "\n") }
    func standardInput() -> [UInt8] { readStandardInput() }
}
