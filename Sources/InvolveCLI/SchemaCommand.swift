import InvolveCore

/// `involve schema`: the JSON Schema (draft 2020-12) of the project file, for editors and for
/// systems that generate project files. schema/project.schema.json is this output.
enum SchemaCommand {
    static func run(_ arguments: [String], _ context: CommandContext) throws -> ExitCode {
        let parsed = try Arguments(arguments, valued: [], flags: ["help"])
        if parsed.flag("help") {
            context.console.out(HelpText.schema)
            return .success
        }
        if let extra = parsed.positionals.first { throw UsageError("schema takes no arguments; got '\(extra)'") }
        context.console.out(ProjectSchema.jsonText())
        return .success
    }
}
