import Foundation
import InvolveCore

/// Which files a search of a folder treats as project files: the one rule `involve validate DIR`
/// uses, and the tests use to find the project files among the examples. A file given by name is
/// always read as a project file; only folder searches apply this rule. Skipped:
///
/// - hidden files and folders (`.git`, `.build`);
/// - folders named `policy` and files named `involve-policy.json` (policy files);
/// - decision records: JSON files whose top-level object has `"format": "involve.decision-record"`
///   (`involve record` writes them beside the project files, and `involve report` reads them);
/// - files whose name does not end in `.json` (in any case).
///
/// Symbolic links to folders are not followed; that is the walk's business, not this rule's.
public enum ProjectFileDiscovery {
    public static let policyFileName = "involve-policy.json"
    public static let policyFolderName = "policy"

    /// Whether a folder search goes into the subfolder called `name`.
    public static func searchesFolder(named name: String) -> Bool {
        !name.hasPrefix(".") && name != policyFolderName
    }

    /// Whether the file at `path`, found by a folder search, is a project file. Reads the file
    /// only when its name says it may be one, and then only to look at the root's `format`;
    /// a file that cannot be read, is too large or is not JSON counts as a project file, so that
    /// validating it says what is wrong rather than skipping it silently.
    public static func isProjectFile(atPath path: String) -> Bool {
        let name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        guard !name.hasPrefix("."), name.lowercased().hasSuffix(".json"), name != policyFileName else { return false }
        return !isDecisionRecord(atPath: path)
    }

    static func isDecisionRecord(atPath path: String) -> Bool {
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber,
           size.intValue > InputFiles.maximumBytes {
            return false
        }
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        return DecisionRecordLoader.declaresRecordFormat(Array(data))
    }
}
