import Foundation

/// How wide the terminal is, for wrapping the one-file text report: the window size the
/// terminal reports, else COLUMNS, else 100. Nil when standard output is not a terminal:
/// files and pipes get each paragraph on one line, byte for byte the same on every machine.
enum TerminalWidth {
    static func columns(_ context: CommandContext) -> Int? {
        guard context.console.standardOutputIsTerminal else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 { return Int(size.ws_col) }
        if let text = context.environment["COLUMNS"], let columns = Int(text), columns >= 20 { return columns }
        return 100
    }
}
