import Foundation
import InvolveCore

/// `involve man`: the manual page in roff (man(7)), built from the same help text as
/// `involve help COMMAND`: the overview, then one section per command with its help as
/// written (preformatted, so the columns stay as the help lays them out). No date is written,
/// so the page is the same bytes for the same version.
enum ManPage {
    static func roff() -> String {
        var page = ".TH INVOLVE 1 \"\" \"involve \(ToolVersion.current)\" \"User Commands\"\n"
        page += ".SH NAME\ninvolve \\- does the NHS duty to involve the public apply, and why?\n"
        page += ".SH SYNOPSIS\n"
        for command in HelpCatalog.commands {
            page += ".B involve \(command.name)\n.br\n"
        }
        page += ".SH DESCRIPTION\n" + preformatted(HelpText.overview)
        page += ".SH COMMANDS\n"
        for command in HelpCatalog.commands where command.name != "help" {
            page += ".SS \(command.name)\n" + preformatted(command.help)
        }
        page += ".SH EXIT STATUS\n0 assessed, nothing at the \\-\\-fail\\-on threshold; 1 findings at the threshold; "
            + "2 usage or input errors (these win over 1).\n"
        page += ".SH ENVIRONMENT\n.TP\n.B NO_COLOR\nWhen set, no colour (unless \\-\\-color always).\n"
            + ".TP\n.B GITHUB_STEP_SUMMARY\nWith \\-\\-format github, the job summary is appended to this file.\n"
        page += ".SH SEE ALSO\nREADME.md and docs/ in the source repository.\n"
        return page
    }

    /// Help text as a no-fill block: backslashes and leading dots or quotes escaped for roff.
    static func preformatted(_ text: String) -> String {
        var block = ".nf\n"
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var escaped = line.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
            if escaped.hasPrefix(".") || escaped.hasPrefix("'") { escaped = "\\&" + escaped }
            block += escaped + "\n"
        }
        return block + ".fi\n"
    }
}
