import NetmapGraph
import Testing

@Test func entityIdDerivesFromKindAndName() {
    #expect(Entity(kind: .person, label: "Donald Trump").id == "person:donald-trump")
    #expect(Entity(kind: .state, label: "North Korea").id == "state:north-korea")
    #expect(Entity(kind: .organisation, label: "NATO").id == "organisation:nato")
}

@Test func entityAliasesAreSortedAndExcludeTheLabel() {
    let e = Entity(kind: .person, label: "Vladimir Putin", aliases: ["Putin", "Vladimir Putin", "Mr Putin", "Putin"])
    #expect(e.aliases == ["Mr Putin", "Putin"])
}

@Test func absorbingIsCommutative() {
    let a = Entity(kind: .person, label: "António Costa", id: "person:antonio-costa", aliases: ["Costa"], mentions: 2, sources: ["a"])
    let b = Entity(kind: .person, label: "Antonio Costa", id: "person:antonio-costa", aliases: ["Mr Costa"], mentions: 3, sources: ["b"])
    var ab = a
    ab.absorb(b)
    var ba = b
    ba.absorb(a)
    #expect(ab == ba)
    #expect(ab.mentions == 5)
    #expect(ab.sources == ["a", "b"])
    #expect(Set(ab.aliases).isSuperset(of: ["Costa", "Mr Costa"]))
}
