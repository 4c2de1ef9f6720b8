/// Where a project file is, as code scanning, GitLab and GitHub annotations want it: a path
/// relative to the repository root (the base directory), with forward slashes and no `./`.
///
/// Paths are reported as given elsewhere (text, JSON), but a pipeline that runs
/// `involve assess "$PWD/projects"` gives absolute paths, which code scanning cannot place
/// (Microsoft's SARIF rule GH1006). So each path is made absolute against the working directory,
/// `.` and `..` are resolved by name (links are not followed: no file system access here), and
/// the base directory is taken off. A file outside the base directory has no relative path.
public struct ArtifactPaths: Sendable, Equatable {
    /// The absolute directory involve ran in, or nil when not known (library callers, tests).
    public let workingDirectory: String?
    /// The absolute directory paths are made relative to (`--base-dir`, by default the working
    /// directory), or nil when not known.
    public let baseDirectory: String?

    /// - Parameters:
    ///   - workingDirectory: absolute.
    ///   - baseDirectory: absolute, or relative to `workingDirectory`; nil for the working directory.
    public init(workingDirectory: String?, baseDirectory: String? = nil) {
        let working = workingDirectory.map { Self.normalised($0) }
        self.workingDirectory = working
        if let baseDirectory {
            self.baseDirectory = baseDirectory.hasPrefix("/") ? Self.normalised(baseDirectory)
                : working.map { Self.normalised($0 + "/" + baseDirectory) }
        } else {
            self.baseDirectory = working
        }
    }

    /// Paths kept as given: relative ones stay relative, absolute ones have no relative form.
    public static let asGiven = ArtifactPaths(workingDirectory: nil)

    /// The file relative to the base directory, or nil for standard input, a file outside the
    /// base directory, or an absolute path when the base is not known.
    public func relative(_ file: String) -> String? {
        if file == "<stdin>" { return nil }
        guard let baseDirectory else {
            return file.hasPrefix("/") ? nil : Self.normalised(file)
        }
        let absolute: String
        if file.hasPrefix("/") {
            absolute = Self.normalised(file)
        } else if let workingDirectory {
            absolute = Self.normalised(workingDirectory + "/" + file)
        } else {
            return Self.normalised(file)
        }
        if baseDirectory == "/" { return String(absolute.dropFirst()) }
        guard absolute.hasPrefix(baseDirectory + "/") else { return nil }
        return String(absolute.dropFirst(baseDirectory.count + 1))
    }

    /// The file as an absolute path with `.` and `..` resolved, or nil when it is relative and
    /// the working directory is not known (or it is standard input).
    public func absolute(_ file: String) -> String? {
        if file == "<stdin>" { return nil }
        if file.hasPrefix("/") { return Self.normalised(file) }
        return workingDirectory.map { Self.normalised($0 + "/" + file) }
    }

    /// `a/./b//c/../d` → `a/b/d`; `/x/..` → `/`. A relative path that climbs above its start
    /// keeps its leading `..`.
    static func normalised(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if let last = parts.last, last != ".." { parts.removeLast() } else if !absolute { parts.append(part) }
            default: parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}
