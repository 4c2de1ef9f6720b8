import InvolveCore

/// involve's own fingerprint of a problem, the same in SARIF (`partialFingerprints`), GitLab
/// Code Quality (`fingerprint`) and baselines: the file (relative to the base directory), the
/// rule, the JSON path of the fact, and which of the file's problems with that rule and path it
/// is (first, second…). It does not depend on line numbers or message wording, so editing
/// other parts of the file keeps it; and, unlike the project id, no two files share it.
struct ProblemFingerprints {
    /// The key in SARIF `partialFingerprints`. v1 hashed the project id, rule, path and
    /// message, and so collided across two files with the same project id.
    static let key = "involveFinding/v2"

    private let file: String
    private var seen: [String: Int] = [:]

    init(file: String) {
        self.file = file
    }

    /// For a project file as named in the run: its path relative to the base directory, or as
    /// given when it has none, so that every format fingerprints it alike.
    init(file: String, _ paths: ArtifactPaths) {
        self.init(file: paths.relative(file) ?? file)
    }

    /// The next problem's fingerprint: the first 32 hex digits of the SHA-256 of the parts
    /// joined by U+001F.
    mutating func next(rule: String, path: String) -> String {
        let key = rule + "\u{1F}" + path
        let ordinal = (seen[key] ?? 0) + 1
        seen[key] = ordinal
        var bytes: [UInt8] = []
        bytes.reserveCapacity(file.utf8.count + key.utf8.count + 8)
        bytes.append(contentsOf: file.utf8)
        bytes.append(0x1F)
        bytes.append(contentsOf: key.utf8)
        bytes.append(0x1F)
        bytes.append(contentsOf: String(ordinal).utf8)
        return SHA256.hex(Array(SHA256.digest(bytes).prefix(16)))
    }
}
