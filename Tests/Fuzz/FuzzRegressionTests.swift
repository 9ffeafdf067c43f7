import Foundation
import NetmapGraph
import Testing

/// Every input the fuzzers ever crashed on, kept under Regressions/<harness>/, still passes.
/// Scripts/fuzz copies a new crash there; the file name says what it found.
private let regressions = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Regressions")

private func inputs(_ harness: FuzzHarness) throws -> [URL] {
    let folder = regressions.appendingPathComponent(harness.rawValue)
    guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
    return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        .filter { !$0.lastPathComponent.hasPrefix(".") }
        .sorted { $0.path < $1.path }
}

@Test(arguments: FuzzHarness.allCases)
func keptCrashingInputsNoLongerBreakAnything(_ harness: FuzzHarness) throws {
    for input in try inputs(harness) {
        let bytes = try [UInt8](Data(contentsOf: input))
        let broken = harness.run(bytes)
        #expect(broken == nil, "\(harness.rawValue)/\(input.lastPathComponent): \(broken ?? "")")
    }
}

/// The DOT harness makes one entity per distinct line, hostile names and all.
@Test func theDOTHarnessMakesAnEntityPerLine() {
    let graph = FuzzHarness.graph(fromLines: Array("a\nb\"\n\\c\nd&amp;\ne\te".utf8))
    #expect(graph.entities.count == 5)
    #expect(FuzzHarness.dot.run(Array("a\nb\"\n\\c\nd&amp;\ne\te".utf8)) == nil)
}
