import NetmapExtraction
import NetmapGraph
import Testing

@Test func anAllCapsHeadlineIsReadForNamesAndCues() {
    let graph = Extractor().extract(name: "t", text: "PUTIN MEETS XI IN BEIJING, PRAISES CHINA.")
    #expect(graph.describe(.met) == ["Vladimir Putin -> Xi Jinping (occurred)"])
    #expect(Set(graph.entities.map(\.label)) == ["Vladimir Putin", "Xi Jinping", "China"])
}

@Test func anAllCapsWordTakesTheFormTheDocumentGivesIt() {
    let text = "SHULTZ BEGINS TALKS WITH SHEVARDNADZE\n\nSecretary of State George Shultz flew in, and officials said Eduard Shevardnadze was ready."
    let graph = Extractor().extract(name: "t", text: text)
    #expect(graph.describe(.met) == ["Eduard Shevardnadze -> George Shultz (occurred)"])
    #expect(!graph.entities.contains { $0.label.contains("SHULTZ") || $0.label.contains("Begins") })
}

@Test func mixedCaseSentencesAreNotTouched() {
    let graph = Extractor().extract(name: "t", text: "NATO chief Mark Rutte met US President Donald Trump in THE HAGUE on Monday.")
    #expect(graph.describe(.met) == ["Donald Trump -> Mark Rutte (occurred)"])
}
