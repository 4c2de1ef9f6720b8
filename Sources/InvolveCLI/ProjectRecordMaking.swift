import InvolveCore

/// One project file read, assessed and made into its decision record, as `involve record` and
/// `involve assess FILE --format docx` both need: the file (or standard input), the policy, the
/// assessment as of `asOf` with the project's waivers applied, and the record with the input's
/// SHA-256. Problems are reported on standard error with their file, line and path; nil then
/// means exit 2.
enum ProjectRecordMaking {
    static func record(_ path: String, policy policyValue: String?, asOf: CalendarDate,
                       _ context: CommandContext) -> (record: DecisionRecord, report: ProjectReport)? {
        let name = InputFiles.displayName(path)
        let bytes: [UInt8]
        let project: Project
        switch InputFiles.read(path, console: context.console).flatMap({ read in ProjectLoader.load(read, file: name).map { (read, $0) } }) {
        case .failure(let errors):
            AssessCommand.report(errors, context.console)
            return nil
        case .success(let (read, loaded)):
            bytes = read
            project = loaded
        }
        let policy: Policy
        switch PolicyOption.resolve(policyValue, context.console) {
        case .failure(let errors):
            AssessCommand.report(errors, context.console)
            return nil
        case .success(let resolved):
            policy = resolved
        }
        let report = ProjectReport.assess(project, file: name, options: AssessmentOptions(asOf: asOf, policy: policy))
        return (DecisionRecord.make(project: project, assessment: report.assessment, inputBytes: bytes, inputName: name), report)
    }
}
