import NetmapExtraction
import NetmapGraph
import Testing

private func people(_ graph: Graph) -> [String] {
    graph.entities.filter { $0.kind == .person }.map(\.id.rawValue)
}

@Test func aSurnameInOneDocumentJoinsTheFullNameInAnother() {
    let extractor = Extractor()
    var merged = extractor.extract(name: "a", text: "Ruth Kelly spoke in Leeds.")
    merged.merge(extractor.extract(name: "b", text: "Mrs Kelly met Tessa Jowell."))
    #expect(people(merged) == ["person:kelly", "person:ruth-kelly", "person:tessa-jowell"])
    let resolved = CorpusResolver.resolve(merged)
    #expect(people(resolved) == ["person:ruth-kelly", "person:tessa-jowell"])
    #expect(resolved[entity: "person:ruth-kelly"]?.label == "Ruth Kelly")
    #expect(resolved[entity: "person:ruth-kelly"]?.sources == ["a", "b"])
    #expect(resolved.relations.map(\.source) == ["person:ruth-kelly"])
}

@Test func anAmbiguousSurnameStaysApart() {
    let extractor = Extractor()
    var merged = extractor.extract(name: "a", text: "Ruth Kelly spoke. Ned Kelly spoke.")
    merged.merge(extractor.extract(name: "b", text: "Mrs Kelly met Tessa Jowell."))
    #expect(people(CorpusResolver.resolve(merged)).contains("person:kelly"))
}

@Test func resolvingDoesNotDependOnDocumentOrder() {
    let extractor = Extractor()
    let a = extractor.extract(name: "a", text: "Ruth Kelly spoke in Leeds.")
    let b = extractor.extract(name: "b", text: "Mrs Kelly met Tessa Jowell.")
    #expect(CorpusResolver.resolve(Graph.merging([a, b])) == CorpusResolver.resolve(Graph.merging([b, a])))
}
