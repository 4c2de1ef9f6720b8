import InvolveCore

/// The findings a pipeline already knows (`--write-baseline FILE`, then `--baseline FILE`), so
/// that adopting involve on a folder with old findings fails only on new ones, as SwiftLint,
/// detekt and Psalm baselines do. A finding is known by involve's fingerprint (file relative to
/// the base directory, rule, JSON path of the fact, and which of that file's problems of that
/// rule and fact it is), so moving lines or rewording messages keeps it known; editing the fact
/// it points at does not. Known findings are still reported (SARIF marks them `unchanged`);
/// they only stop failing the run. Waivers remain the way to accept a finding with a reason.
public struct Baseline: Sendable, Equatable {
    public static let format = "involve.baseline"

    public let fingerprints: Set<String>

    public init(fingerprints: Set<String>) {
        self.fingerprints = fingerprints
    }

    /// Marks the report's findings whose fingerprint the baseline holds.
    public func mark(_ report: inout ProjectReport, paths: ArtifactPaths) {
        var counter = ProblemFingerprints(file: report.file, paths)
        let known = report.review.findings.map { fingerprints.contains(counter.next(rule: $0.finding.rule.id, path: $0.finding.primaryPath)) }
        report.markInBaseline { index, _ in known[index] }
    }

    /// Reads a baseline file: `{"format": "involve.baseline", "formatVersion": 1, "findings":
    /// [{"fingerprint": "…", …}]}`. Other keys of a finding (file, rule, path, severity) are
    /// for people reading the file and are not checked.
    public static func parse(_ bytes: [UInt8], file: String) -> Result<Baseline, InputErrors> {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            return .failure(InputErrors(diagnostics: [InputDiagnostic(
                file: file, location: error.location, path: error.path, message: "not valid JSON: " + error.message,
                expected: error.expected, found: error.found)]))
        }
        func problem(_ node: JSONNode, _ path: JSONPath, _ message: String, expected: String) -> Result<Baseline, InputErrors> {
            .failure(InputErrors(diagnostics: [InputDiagnostic(file: file, location: node.location, path: path,
                                                               message: message, expected: expected)]))
        }
        guard case .object(let members) = root.value else {
            return problem(root, .root, "a baseline is a JSON object", expected: "{\"format\": \"\(format)\", …}")
        }
        guard let formatNode = members.last(where: { $0.key == "format" })?.value, case .string(let name) = formatNode.value,
              name == format else {
            return problem(members.last(where: { $0.key == "format" })?.value ?? root, JSONPath.root.appending("format"),
                           "this is not an involve baseline (write one with --write-baseline FILE)", expected: "\"\(format)\"")
        }
        guard let findingsNode = members.last(where: { $0.key == "findings" })?.value, case .array(let elements) = findingsNode.value else {
            return problem(root, JSONPath.root.appending("findings"), "a baseline lists its findings", expected: "an array")
        }
        var fingerprints: Set<String> = []
        for (index, element) in elements.enumerated() {
            guard case .object(let finding) = element.value,
                  let node = finding.last(where: { $0.key == "fingerprint" })?.value, case .string(let fingerprint) = node.value,
                  !fingerprint.isEmpty else {
                return problem(element, JSONPath.root.appending("findings").appending(index).appending("fingerprint"), "each finding needs its fingerprint",
                               expected: "a non-empty string")
            }
            fingerprints.insert(fingerprint)
        }
        return .success(Baseline(fingerprints: fingerprints))
    }
}

/// `--write-baseline FILE`: every open finding of the run (not waived), with its fingerprint
/// and, for people reading the file, where it is. Input errors are never baselined: a file
/// that cannot be assessed always fails the run.
public struct BaselineReport: ReportWriter {
    private let settings: ReportSettings
    private var written = 0

    public init(_ settings: ReportSettings) {
        self.settings = settings
    }

    public mutating func begin(_ output: inout ReportBuffer) {
        output.append("{\n  \"format\": \"\(Baseline.format)\",\n  \"formatVersion\": 1,\n  \"asOf\": "
                      + JSONOutput.quoted(settings.asOf.description) + ",\n  \"findings\": [")
    }

    public mutating func add(_ outcome: FileOutcome, _ output: inout ReportBuffer) {
        guard case .assessed(let report) = outcome else { return }
        let file = settings.paths.relative(report.file) ?? report.file
        var counter = ProblemFingerprints(file: report.file, settings.paths)
        for reviewed in report.review.findings {
            let finding = reviewed.finding
            let fingerprint = counter.next(rule: finding.rule.id, path: finding.primaryPath)
            guard !reviewed.isWaived else { continue }
            output.append(written == 0 ? "\n    " : ",\n    ")
            written += 1
            output.append(.object([
                ("fingerprint", .string(fingerprint)),
                ("file", .string(file)),
                ("rule", .string(finding.rule.id)),
                ("path", .string(finding.primaryPath)),
                ("severity", .string(finding.severity.rawValue)),
            ]), indent: 2)
        }
    }

    public mutating func finish(_ summary: RunSummary, _ output: inout ReportBuffer) {
        output.append(written == 0 ? "]\n}\n" : "\n  ]\n}\n")
    }
}
