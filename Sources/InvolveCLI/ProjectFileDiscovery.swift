import Foundation
import InvolveCore

/// Which files a search of a folder treats as project files: the one rule `involve validate DIR`
/// and `involve assess DIR` use, and the tests use to find the project files among the
/// examples. A file given by name is always read as a project file; only folder searches apply
/// this rule. Skipped:
///
/// - hidden files and folders (`.git`, `.build`);
/// - folders named `policy` and files named `involve-policy.json` (policy files);
/// - decision records: JSON files whose top-level object has `"format": "involve.decision-record"`
///   (`involve record` writes them beside the project files, and `involve report` reads them);
/// - files whose name does not end in `.json` (in any case).
///
/// Symbolic links to folders are not followed; that is the walk's business, not this rule's.
/// The rule has two halves so that a search can apply it cheaply: the name (`isCandidate`,
/// decided while listing the folder) and the content (`isDecisionRecord`, decided on the
/// bytes once the file has been read for assessing).
public enum ProjectFileDiscovery {
    public static let policyFileName = "involve-policy.json"
    public static let policyFolderName = "policy"

    /// Whether a folder search goes into the subfolder called `name`.
    public static func searchesFolder(named name: String) -> Bool {
        !name.hasPrefix(".") && name != policyFolderName
    }

    /// Whether a file called `name`, found by a folder search, may be a project file: what the
    /// name alone says. It still is not one if its content is a decision record.
    public static func isCandidate(named name: String) -> Bool {
        !name.hasPrefix(".") && name.lowercased().hasSuffix(".json") && name != policyFileName
    }

    /// Whether the bytes of a file found by a folder search are a decision record, to be skipped.
    public static func isDecisionRecord(_ bytes: [UInt8]) -> Bool {
        DecisionRecordLoader.declaresRecordFormat(bytes)
    }

    /// Whether the file at `path`, found by a folder search, is a project file. Reads the file
    /// only when its name says it may be one, and then only to look at the root's `format`;
    /// a file that cannot be read, is too large or is not JSON counts as a project file, so that
    /// validating it says what is wrong rather than skipping it silently.
    public static func isProjectFile(atPath path: String) -> Bool {
        let name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        guard isCandidate(named: name) else { return false }
        guard case .bytes(let bytes) = FileReader.contents(atPath: path, limit: InputFiles.maximumBytes) else { return true }
        return !isDecisionRecord(bytes)
    }
}
