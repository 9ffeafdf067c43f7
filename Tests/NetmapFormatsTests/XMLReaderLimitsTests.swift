import Foundation
import NetmapFormats
import NetmapGraph
import Testing

// The XML reader behind GraphML and GEXF refuses what XML 1.0 forbids and what would only
// exhaust memory, naming what is wrong.

private func refusal(_ xml: some Sequence<UInt8>) -> String? {
    do {
        _ = try GraphMLFormat.decode(Data(xml))
        return nil
    } catch {
        return error.description
    }
}

private let node = #"<graphml><key id="k" for="node" attr.name="kind"/><key id="l" for="node" attr.name="label"/>"#
    + #"<graph><node id="a"><data key="k">person</data><data key="l">"#

@Test func xmlNestedTooDeeplyIsRefused() {
    let deep = "<graphml>" + String(repeating: "<g>", count: 100) + String(repeating: "</g>", count: 100) + "</graphml>"
    #expect(refusal(Array(deep.utf8))?.contains("nested deeper than 64") == true)
}

@Test func xmlWithTooManyAttributesOrTooLongANameIsRefused() {
    let attributes = (0..<300).map { " a\($0)=\"x\"" }.joined()
    #expect(refusal(Array("<graphml\(attributes)/>".utf8))?.contains("more than 256 attributes") == true)
    let name = String(repeating: "n", count: 2000)
    #expect(refusal(Array("<\(name)/>".utf8))?.contains("a name longer than 1024 bytes") == true)
}

@Test func xmlControlCharactersAreRefusedRawOrAsReferences() {
    #expect(refusal(Array((node + "A\u{1}B</data></node></graph></graphml>").utf8))?.contains("control character U+0001") == true)
    #expect(refusal(Array((node + "A&#0;B</data></node></graph></graphml>").utf8))?.contains("control character U+0000") == true)
    #expect(refusal(Array((node + "A&#xFFFE;B</data></node></graph></graphml>").utf8))?.contains("U+FFFE") == true)
}

@Test func xmlThatIsNotUTF8IsRefusedWithTheOffset() {
    let bytes = Array((node + "caf").utf8) + [0xE9] + Array("</data></node></graph></graphml>".utf8)
    #expect(refusal(bytes)?.contains("not valid UTF-8 at byte \(node.utf8.count + 3)") == true)
}

@Test func xmlLineEndsAreNormalisedAsXMLSays() throws {
    let xml = node + "A\r\nB\rC&#13;D</data></node></graph></graphml>"
    let graph = try GraphMLFormat.decode(Data(xml.utf8))
    #expect(graph.entities.first?.label == "A\nB\nC\rD")
}

@Test func xmlAttributeValuesAreReadWithTheirReferencesAndWhiteSpaceNormalised() throws {
    let cases = [
        ("plain:id", "plain:id"), ("a&amp;b", "a&b"), ("a\tb\nc\r", "a b c "), ("&#x41;&lt;&#66;", "A<B"),
        ("é &quot;x&quot;", "é \"x\""), ("Ana_x0020_Lima", "Ana Lima"),
        // A `_` joined to the character before it (U+0600 goes before what follows) starts no escape.
        ("&#x600;_x0041_", "\u{600}_x0041_"), ("\u{600}a_x0041_", "\u{600}aA"),
    ]
    for (written, read) in cases {
        for quote in ["\"", "'"] {
            let xml = #"<graphml><key id="k" for="node" attr.name="kind"/><graph><node id="#
                + quote + written + quote + #"><data key="k">person</data></node></graph></graphml>"#
            let graph = try GraphMLFormat.decode(Data(xml.utf8))
            #expect(graph.entities.map(\.id.rawValue) == [read], "\(written) in \(quote)")
        }
    }
    let twice = #"<graphml><graph><node id="a" kind="x" id="b"/></graph></graphml>"#
    #expect(refusal(Data(twice.utf8))?.contains("attribute id appears twice in <node>") == true)
}

@Test func evidenceColumnsSplitAtWholeCharactersOnly() throws {
    // A CR before a LF makes one character, which is no line break between two items.
    let xml = #"""
        <graphml><key id="k" for="node" attr.name="kind"/><key id="ek" for="edge" attr.name="kind"/>
        <key id="e" for="edge" attr.name="evidence"/><key id="s" for="edge" attr.name="evidence_spans"/>
        <graph><node id="a"><data key="k">person</data></node><node id="b"><data key="k">person</data></node>
        <edge source="a" target="b"><data key="ek">criticised</data><data key="e">one&#13;&#10;two</data>
        <data key="s">0-3</data></edge></graph></graphml>
        """#
    let graph = try GraphMLFormat.decode(Data(xml.utf8))
    #expect(graph.relations.first?.evidence.map(\.sentence) == ["one\r\ntwo"])
}
