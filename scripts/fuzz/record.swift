// libFuzzer target: the decision-record reader (what `involve report` and `verify` read).
import InvolveCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecisionRecord(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = DecisionRecordLoader.load(bytes, file: "record.json")
    return 0
}
