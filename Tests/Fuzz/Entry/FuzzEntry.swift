// The libFuzzer entry point, built only by Scripts/fuzz (never by SwiftPM): it runs the
// harness named by NETMAP_FUZZ_HARNESS and turns a broken promise into a crash, which
// libFuzzer keeps as a crash-* file.
import Foundation

private let harness: FuzzHarness = {
    let name = ProcessInfo.processInfo.environment["NETMAP_FUZZ_HARNESS"] ?? ""
    guard let harness = FuzzHarness(rawValue: name) else {
        let names = FuzzHarness.allCases.map(\.rawValue).joined(separator: ", ")
        fatalError("set NETMAP_FUZZ_HARNESS to one of: \(names)")
    }
    return harness
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if let broken = harness.run(bytes) {
        fatalError("\(harness.rawValue): \(broken)")
    }
    return 0
}
