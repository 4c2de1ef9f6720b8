// libFuzzer target: the policy-file reader.
import InvolveCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPolicyFile(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = PolicyLoader.load(bytes, file: "involve-policy.json")
    return 0
}
