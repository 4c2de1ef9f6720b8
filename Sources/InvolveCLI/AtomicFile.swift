import Foundation

/// Writes a whole file or nothing, for `init`: the checks whose messages `init` has always
/// given (a directory, a missing folder, an existing file), then `OutputFiles.write`, which
/// writes a temporary file and renames or hard-links it into place.
enum AtomicFile {
    struct Failure: Error, Equatable {
        enum Reason: Equatable {
            case exists
            case other(String)
        }
        let reason: Reason
    }

    static func write(_ text: String, to path: String, replacing: Bool) -> Result<Void, Failure> {
        let folder = path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return .failure(Failure(reason: .other("this is a directory"))) }
            if !replacing { return .failure(Failure(reason: .exists)) }
        }
        if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            return .failure(Failure(reason: .other("the folder \(folder) does not exist")))
        }
        // The writing itself is OutputFiles', which also refuses to replace a link or a device.
        do {
            try OutputFiles.write(text, to: path, replace: replacing)
        } catch {
            switch error {
            case .exists: return .failure(Failure(reason: .exists))
            case .failed(_, let reason): return .failure(Failure(reason: .other(reason)))
            }
        }
        return .success(())
    }
}
