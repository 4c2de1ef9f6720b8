import Foundation
import InvolveCore

/// Where the tool writes. Tests capture it; the executable uses the process's streams.
public final class Console: @unchecked Sendable {
    private let writeOut: (String) -> Void
    /// Writes report bytes as they are; by default they go through `writeOut` as text.
    private let writeOutBytes: (([UInt8]) -> Void)?
    private let writeError: (String) -> Void
    public let standardOutputIsTerminal: Bool
    /// Standard input read with a bound on its size (and, for a pipe, its time).
    private let readStandardInput: (Int) -> FileReader.Outcome
    /// Whether a person is typing at standard input (for `init --interactive`).
    public let standardInputIsTerminal: Bool
    private let readInputLine: () -> String?

    public convenience init(writeOut: @escaping (String) -> Void, writeError: @escaping (String) -> Void,
                            standardOutputIsTerminal: Bool = false, readStandardInput: @escaping () -> [UInt8] = { [] },
                            standardInputIsTerminal: Bool = false, readLine: @escaping () -> String? = { nil },
                            writeOutBytes: (([UInt8]) -> Void)? = nil) {
        self.init(writeOut: writeOut, writeError: writeError, standardOutputIsTerminal: standardOutputIsTerminal,
                  boundedInput: { limit in
                      let bytes = readStandardInput()
                      return bytes.count > limit ? .tooLarge(bytes.count) : .bytes(bytes)
                  },
                  standardInputIsTerminal: standardInputIsTerminal, readLine: readLine, writeOutBytes: writeOutBytes)
    }

    private init(writeOut: @escaping (String) -> Void, writeError: @escaping (String) -> Void,
                 standardOutputIsTerminal: Bool, boundedInput: @escaping (Int) -> FileReader.Outcome,
                 standardInputIsTerminal: Bool, readLine: @escaping () -> String?, writeOutBytes: (([UInt8]) -> Void)?) {
        self.writeOut = writeOut
        self.writeOutBytes = writeOutBytes
        self.writeError = writeError
        self.standardOutputIsTerminal = standardOutputIsTerminal
        self.readStandardInput = boundedInput
        self.standardInputIsTerminal = standardInputIsTerminal
        self.readInputLine = readLine
    }

    /// The process's own streams, written with POSIX `write` (`StandardStreams`): a write that
    /// fails (a full disk, a closed pipe, a closed descriptor) ends the run with exit code 2.
    public static func process() -> Console {
        let streams = StandardStreams.prepare()
        return Console(writeOut: { streams.write(Array($0.utf8), to: .output) },
                       writeError: { streams.write(Array($0.utf8), to: .error) },
                       standardOutputIsTerminal: isatty(STDOUT_FILENO) == 1,
                       boundedInput: { limit in
                           streams.inputWasClosed ? .closed
                               : FileReader.standardInput(limit: limit, timeLimit: InputFiles.standardInputSeconds)
                       },
                       standardInputIsTerminal: isatty(STDIN_FILENO) == 1,
                       readLine: { Swift.readLine(strippingNewline: true) },
                       writeOutBytes: { streams.write($0, to: .output) })
    }

    public func out(_ text: String) { writeOut(text) }
    /// UTF-8 bytes of a report, written without turning them into a `String` first.
    func out(bytes: [UInt8]) {
        if let writeOutBytes { writeOutBytes(bytes) } else { writeOut(String(decoding: bytes, as: UTF8.self)) }
    }
    /// A message on standard error. Messages quote file names and input text, so control
    /// characters and bidi overrides in them are shown escaped (`TerminalText`).
    public func error(_ text: String) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        writeError(String(decoding: TerminalText.escaping(Array(line.utf8), keepingColour: false), as: UTF8.self))
    }

    /// Text for a person (not a machine-readable report) on standard output, escaped as `error` is.
    func say(_ text: String) {
        writeOut(String(decoding: TerminalText.escaping(Array(text.utf8), keepingColour: false), as: UTF8.self))
    }
    func standardInput(limit: Int) -> FileReader.Outcome { readStandardInput(limit) }
    /// One line typed at standard input, without its line break; nil at the end of input.
    func readLine() -> String? { readInputLine() }
}
