import Foundation
import NetmapDiff
import NetmapGraph
@testable import NetmapHTML
import NetmapRender
import NetmapTestSupport
import PropertyBased
import Testing

/// The page of `view`, drawn by Graphviz as `render --format html` draws it.
private func page(_ view: HTMLView) throws -> String {
    let drawing = HTMLDrawing(view)
    let svg = drawing.entityCount > 0
        ? try Renderer.render(drawing.dot, engine: .auto, format: .svg) : nil
    return String(decoding: HTMLPage.encode(view, drawing: drawing, svg: svg), as: UTF8.self)
}

/// The text between `open` and the next `close`.
private func between(_ text: String, _ open: String, _ close: String) -> String? {
    guard let start = text.range(of: open), let end = text.range(of: close, range: start.upperBound..<text.endIndex) else { return nil }
    return String(text[start.upperBound..<end.lowerBound])
}

private func occurrences(_ needle: String, in text: String) -> Int {
    text.lowercased().components(separatedBy: needle).count - 1
}

@Test func aPageCarriesItsDrawingDataAndScriptAndFetchesNothing() throws {
    let html = try page(HTMLView(graph: PageSample.graph, title: "sample"))
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<svg"))
    #expect(html.contains("id=\"n0\""))
    #expect(html.contains("<title>sample · netmap</title>"))
    for outside in ["src=", "href=\"http", "@import", "url(", "<link", "fetch(", "XMLHttpRequest"] {
        #expect(!html.contains(outside), "\(outside)")
    }
    #expect(html.contains("default-src 'none'"))
}

@Test func theDataReadsBackAsJSONWithEveryEntityAndRelation() throws {
    let html = try page(HTMLView(graph: PageSample.graph, title: "sample"))
    let json = try #require(between(html, "<script type=\"application/json\" id=\"netmap-data\">", "</script>"))
    let data = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let entities = try #require(data["entities"] as? [[String: Any]])
    #expect(entities.map { $0["label"] as? String } == ["Donald Trump", "Vladimir Putin", "Russia", "NATO"])
    #expect(entities.map { $0["drawn"] as? Bool } == [true, true, true, false])
    let relations = try #require(data["relations"] as? [[String: Any]])
    #expect(relations.count == 3)
    #expect((data["documents"] as? [[String: Any]])?.last?["title"] as? String == "Second")
}

@Test func theScriptRunsOnlyUnderItsOwnHash() throws {
    let html = try page(HTMLView(graph: PageSample.graph, title: "sample"))
    let hash = try #require(between(html, "script-src 'sha256-", "'"))
    let script = try #require(between(html, "<script>", "</script>"))
    #expect(hash == SHA256.base64(Array(script.utf8)))
    #expect(!script.contains("innerHTML"))
}

@Test func sha256MatchesTheStandard() {
    #expect(SHA256.base64([]) == "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")
    #expect(SHA256.base64(Array("abc".utf8)) == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
    let long = (0..<4).flatMap { _ in (0...255).map { UInt8($0) } }
    #expect(SHA256.base64(long) == "eFsHUfwsU9wUpM49gA5p75zhAJ6zJ8z0WK/gnCQsJsk=")
}

@Test func theSameViewGivesTheSameBytes() throws {
    let view = HTMLView(graph: PageSample.graph, title: "sample")
    #expect(try page(view) == page(view))
}

@Test func aDiffPageCarriesPresenceAndWhatEachSideSays() throws {
    var before = PageSample.graph
    before.replace(Relation(kind: .met, source: PageSample.trump.id, target: PageSample.putin.id, status: .negated))
    let diff = GraphDiff(before, PageSample.graph.droppingUnrelated(), names: ("before", "after"))
    let html = try page(HTMLView(diff: DiffPresentation(diff)))
    let json = try #require(between(html, "id=\"netmap-data\">", "</script>"))
    #expect(json.contains("\"mode\":\"diff\""))
    #expect(json.contains("\"sources\":[\"before\",\"after\"]"))
    #expect(json.contains("\"presence\":\"changed\""))
    #expect(json.contains("\"statements\":[[0,"))
    #expect(html.contains("only in before"))
}

@Test func aPageOfHostileNamesKeepsEveryNameInsideItsData() async {
    await propertyCheck(count: 30, input: RandomGraph.graph) { graph in
        let html = try page(HTMLView(graph: graph, title: "</script><script>alert(1)</script>"))
        // The data, the script: exactly two script elements, whatever the names.
        #expect(occurrences("<script", in: html) == 2)
        #expect(occurrences("</script", in: html) == 2)
        let json = try #require(between(html, "id=\"netmap-data\">", "</script>"))
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
        let data = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let labels = (data["entities"] as? [[String: Any]])?.compactMap { $0["label"] as? String }
        #expect(labels == graph.entities.map(\.label))
        // The drawing is well-formed XML with no element or attribute a name could have made.
        if let svg = between(html, "<svg", "</svg>") {
            #expect(!svg.lowercased().contains("<script") && !svg.lowercased().contains("<foreignobject"))
            #expect(svg.range(of: #"\son[a-z]+="#, options: .regularExpression) == nil)
        }
    }
}
