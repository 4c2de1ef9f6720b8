// libFuzzer target: the project-file reader, and the assessment of whatever it accepts (the
// calendar work that once hung on a plan from year 1 to 9999 is reached only that way).
import InvolveCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProjectFile(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if case .success(let project) = ProjectLoader.load(bytes, file: "fuzz.json"),
       let asOf = CalendarDate(year: 2026, month: 6, day: 1) {
        _ = Assessor.assess(project, options: AssessmentOptions(asOf: asOf, policy: .builtIn))
    }
    return 0
}
