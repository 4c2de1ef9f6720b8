import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes output files atomically: the bytes go to a temporary file in the same directory,
/// which is then renamed (replacing) or hard-linked (never replacing) into place, so a reader
/// sees either the old file, or the whole new one, never a half-written file.
enum OutputFiles {
    enum Failure: Error {
        /// The file exists and replacing was not allowed.
        case exists(String)
        case failed(String, String)

        var message: String {
            switch self {
            case .exists(let path): return "\(path) already exists"
            case .failed(let path, let reason): return "cannot write \(path): \(reason)"
            }
        }
    }

    /// - Parameter replace: when false, an existing file at `path` is left alone and
    ///   `.exists` is thrown, checked atomically by the file system (link(2) refuses to
    ///   replace), so two runs at once cannot both write.
    static func write(_ text: String, to path: String, replace: Bool) throws(Failure) {
        try write(bytes: Array(text.utf8), to: path, replace: replace)
    }

    /// The same for bytes that are not text (a Word document).
    static func write(bytes: [UInt8], to path: String, replace: Bool) throws(Failure) {
        let directory = parent(of: path)
        let name = path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path[...]
        var temporary = ""
        var descriptor: Int32 = -1
        for attempt in 0..<100 {
            temporary = directory + "/." + name + ".tmp-\(getpid())-\(attempt)"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw .failed(path, systemError()) }

        var written = 0
        var writeError: String?
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress.map { $0 + written }, bytes.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                writeError = systemError()
                break
            }
            written += result
        }
        if writeError == nil && fsync(descriptor) != 0 { writeError = systemError() }
        if close(descriptor) != 0 && writeError == nil { writeError = systemError() }
        if let writeError {
            unlink(temporary)
            throw .failed(path, writeError)
        }

        if replace {
            guard rename(temporary, path) == 0 else {
                let reason = systemError()
                unlink(temporary)
                throw .failed(path, reason)
            }
            return
        }
        if link(temporary, path) == 0 {
            unlink(temporary)
            return
        }
        let linkErrno = errno
        if linkErrno == EEXIST {
            unlink(temporary)
            throw .exists(path)
        }
        // File systems without hard links: check, then rename (not atomic against a racing writer).
        if FileManager.default.fileExists(atPath: path) {
            unlink(temporary)
            throw .exists(path)
        }
        guard rename(temporary, path) == 0 else {
            let reason = systemError()
            unlink(temporary)
            throw .failed(path, reason)
        }
    }

    /// Creates `path` as a directory (and its parents) unless it already is one.
    static func ensureDirectory(_ path: String) throws(Failure) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .failed(path, "it exists and is not a directory") }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .failed(path, "the directory cannot be created (\(error.localizedDescription))")
        }
    }

    /// True when anything (file, directory, link) exists at `path`.
    static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let parent = String(path[..<slash])
        return parent.isEmpty ? "/" : parent
    }

    /// `directory/name`, without doubling a trailing slash.
    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}

/// write(2), named so it does not clash with the many `write` methods in scope.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(descriptor, buffer, count)
    #elseif canImport(Musl)
    return Musl.write(descriptor, buffer, count)
    #else
    return Darwin.write(descriptor, buffer, count)
    #endif
}
