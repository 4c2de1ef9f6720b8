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
        let temporary = try writeTemporary(text, beside: path)
        try place(temporary, at: path, replace: replace)
    }

    /// The same for bytes that are not text (a Word document).
    static func write(bytes: [UInt8], to path: String, replace: Bool) throws(Failure) {
        let temporary = try writeTemporary(bytes, beside: path)
        try place(temporary, at: path, replace: replace)
    }

    /// Writes `text` to a new temporary file in `path`'s directory, synced to disk, and
    /// returns its path: a full disk fails here, before anything is in place.
    static func writeTemporary(_ text: String, beside path: String) throws(Failure) -> String {
        var text = text
        // Written from the string's own UTF-8 storage: a record's Markdown runs to megabytes.
        text.makeContiguousUTF8()
        let written = text.utf8.withContiguousStorageIfAvailable { bytes in
            Result { () throws(Failure) in try writeTemporary(UnsafeRawBufferPointer(bytes), beside: path) }
        }
        return try (written ?? Result { () throws(Failure) in try writeTemporary(Array(text.utf8), beside: path) }).get()
    }

    static func writeTemporary(_ bytes: [UInt8], beside path: String) throws(Failure) -> String {
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(Failure) in try writeTemporary(buffer, beside: path) }
        }.get()
    }

    static func writeTemporary(_ bytes: UnsafeRawBufferPointer, beside path: String) throws(Failure) -> String {
        let (temporary, descriptor) = try openTemporary(beside: path)
        try closeTemporary(temporary, descriptor, for: path, writeError: FileWriter.write(bytes, to: descriptor).map(FileWriter.describe))
        return temporary
    }

    /// A new temporary file in `path`'s directory, open for writing, and its path.
    static func openTemporary(beside path: String) throws(Failure) -> (path: String, descriptor: Int32) {
        if let refusal = refusal(for: path) { throw .failed(path, refusal) }
        let directory = parent(of: path)
        let name = path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path[...]
        var temporary = ""
        var descriptor: Int32 = -1
        for attempt in 0..<100 {
            temporary = directory + "/." + name + ".tmp-\(getpid())-\(attempt)"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw .failed(path, systemError()) }
        return (temporary, descriptor)
    }

    /// Syncs and closes a temporary file from `openTemporary`; removes it and throws when
    /// writing it failed (`writeError`) or syncing or closing it fails.
    static func closeTemporary(_ temporary: String, _ descriptor: Int32, for path: String, writeError: String?) throws(Failure) {
        var writeError = writeError
        if writeError == nil && fsync(descriptor) != 0 { writeError = systemError() }
        if close(descriptor) != 0 && writeError == nil { writeError = systemError() }
        if let writeError {
            unlink(temporary)
            throw .failed(path, writeError)
        }
    }

    /// Moves a temporary file from `writeTemporary` to `path`: renamed over it (replace), or
    /// hard-linked so that an existing file is never replaced. The temporary file is gone after.
    static func place(_ temporary: String, at path: String, replace: Bool) throws(Failure) {
        // Checked again: a link or device put at the path meanwhile is not replaced.
        if let refusal = refusal(for: path) {
            unlink(temporary)
            throw .failed(path, refusal)
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

    /// Why `path` must not be written, or nil: only a regular file is ever replaced. Renaming
    /// over a device node (run as root, `--output /dev/null`) would replace the device with a
    /// file, and renaming over a symbolic link would replace the link, not the file it names.
    static func refusal(for path: String) -> String? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFLNK: return "it is a symbolic link, which is never replaced; give the path of a regular file"
        case S_IFDIR: return "it is a directory; give a file name"
        default:
            return "it is " + (FileReader.nonRegularKind(status.st_mode) ?? "not a regular file") + ", which is never replaced; give the path of a regular file"
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
