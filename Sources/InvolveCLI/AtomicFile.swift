import Foundation

/// Writes a whole file or nothing: the text goes to a temporary file in the same folder, which
/// is then renamed over the target (replace) or hard-linked to it (never replace, so that a file
/// created meanwhile is not overwritten). A reader never sees half a file.
enum AtomicFile {
    struct Failure: Error, Equatable {
        enum Reason: Equatable {
            case exists
            case other(String)
        }
        let reason: Reason
    }

    static func write(_ text: String, to path: String, replacing: Bool) -> Result<Void, Failure> {
        let folder: String
        let name: String
        if let slash = path.lastIndex(of: "/") {
            folder = String(path[...slash])
            name = String(path[path.index(after: slash)...])
        } else {
            folder = ""
            name = path
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return .failure(Failure(reason: .other("this is a directory"))) }
            if !replacing { return .failure(Failure(reason: .exists)) }
        }
        if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            return .failure(Failure(reason: .other("the folder \(folder) does not exist")))
        }
        let temporary = folder + ".\(name).\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
            return .failure(Failure(reason: .other("cannot write in \(folder.isEmpty ? "this folder" : folder) (check its permissions)")))
        }
        defer { _ = unlink(temporary) }
        if replacing {
            guard rename(temporary, path) == 0 else { return .failure(Failure(reason: .other(describe(errno)))) }
            return .success(())
        }
        if link(temporary, path) == 0 { return .success(()) }
        let error = errno
        if error == EEXIST { return .failure(Failure(reason: .exists)) }
        // Some file systems cannot hard-link; fall back to checking, then renaming.
        if FileManager.default.fileExists(atPath: path) { return .failure(Failure(reason: .exists)) }
        guard rename(temporary, path) == 0 else { return .failure(Failure(reason: .other(describe(errno)))) }
        return .success(())
    }

    private static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
