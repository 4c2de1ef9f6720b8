// The executable is a thin shell: all behaviour lives in InvolveCLI so tests can drive it.
import Foundation
import InvolveCLI

let environment = ProcessEnvironment.read()
let code = CommandLineTool.run(arguments: Array(CommandLine.arguments.dropFirst()), environment: environment)
exit(code)
