import Foundation
import InvolveCore

/// Which policy an assessment uses: the file given with `--policy`, else `involve-policy.json`
/// in the directory where involve runs (so a governance repository can keep its policy beside
/// its project files), else the built-in `involve-default`. Output always names the policy.
enum PolicyOption {
    static func resolve(_ path: String?, _ console: Console) -> Result<Policy, InputErrors> {
        let chosen: String
        if let path {
            chosen = path
        } else if FileManager.default.fileExists(atPath: Policy.defaultFileName) {
            chosen = Policy.defaultFileName
        } else {
            return .success(.builtIn)
        }
        return InputFiles.read(chosen, console: console).flatMap { PolicyLoader.load($0, file: InputFiles.displayName(chosen)) }
    }
}
