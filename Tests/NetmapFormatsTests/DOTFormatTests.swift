import NetmapFormats
import NetmapGraph
import Testing

@Test func dotMatchesTheHandCheckedSnapshot() throws {
    try expectSnapshot(DOTFormat.encode(SampleGraph.graph), named: "sample.dot")
}

@Test func quotingEscapesEverythingThatEndsAString() {
    #expect(DOTFormat.quote("say \"hi\"") == #""say \"hi\"""#)
    #expect(DOTFormat.quote("a\\b") == #""a\\b""#)
    #expect(DOTFormat.quote("two\nlines") == #""two\nlines""#)
    #expect(DOTFormat.quote("A & B") == #""A &amp; B""#)
    #expect(DOTFormat.quote("bell\u{7}") == #""bell ""#)
}

@Test func everyHostileNameIsQuotedOnItsLine() {
    let dot = DOTFormat.encode(SampleGraph.hostile)
    // Each statement stays on one line: no raw newline escapes from a quoted string.
    let statements = dot.split(separator: "\n")
    #expect(statements.count == 4 + SampleGraph.hostileNames.count + (SampleGraph.hostileNames.count - 1) + 2)
    for line in statements.dropFirst(4).dropLast(2) {
        #expect(line.hasSuffix("];"), "\(line)")
    }
}

@Test func symmetricRelationsHaveNoArrowhead() {
    let dot = DOTFormat.encode(SampleGraph.graph)
    let met = dot.split(separator: "\n").first { $0.contains("\"person:ana-lima\" -> \"person:bo-park\"") }
    #expect(met?.contains("dir=\"none\"") == true)
    #expect(met?.contains("style=\"dashed\"") == true)
    let leader = dot.split(separator: "\n").first { $0.contains("-> \"state:chile\"") }
    #expect(leader?.contains("dir=") == false)
}
