import Foundation

/// Runs the `involve` executable that `swift build` / `swift test` produced, as a user would.
enum BuiltBinary {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var url: URL { repositoryRoot.appendingPathComponent(".build/debug/involve") }

    static var exists: Bool { FileManager.default.isExecutableFile(atPath: url.path) }

    struct Result {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    /// Runs the binary in the repository root, so relative example paths work.
    static func run(_ arguments: [String], standardInput: Data? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = repositoryRoot
        var processEnvironment = ProcessInfo.processInfo.environment
        processEnvironment.removeValue(forKey: "NO_COLOR")
        for (key, value) in environment { processEnvironment[key] = value }
        process.environment = processEnvironment
        let output = Pipe(), error = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        try process.run()
        if let standardInput { input.fileHandleForWriting.write(standardInput) }
        try input.fileHandleForWriting.close()
        // Both pipes are read before waiting, standard error on a thread of its own, so that a
        // large output on either cannot fill its pipe and block the child.
        let errorRead = ErrorRead()
        let reading = DispatchGroup()
        reading.enter()
        DispatchQueue.global().async {
            errorRead.data = error.fileHandleForReading.readDataToEndOfFile()
            reading.leave()
        }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        reading.wait()
        let errData = errorRead.data
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      standardOutput: String(decoding: outData, as: UTF8.self),
                      standardError: String(decoding: errData, as: UTF8.self))
    }

    /// What the thread reading standard error read; read only after it has finished.
    private final class ErrorRead: @unchecked Sendable {
        var data = Data()
    }
}
