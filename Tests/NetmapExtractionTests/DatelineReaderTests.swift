import NetmapExtraction
import NetmapGraph
import Testing

@Test func aDatelineAgencyIsNoActor() {
    let graph = Extractor().extract(
        name: "t", text: "ANKARA, March 4 (Reuters) - Turkish President Tayyip Erdogan met Greek Prime Minister Kyriakos Mitsotakis on Tuesday.")
    #expect(!graph.entities.contains { $0.label == "Reuters" })
    #expect(graph.describe(.met) == ["Kyriakos Mitsotakis -> Recep Tayyip Erdoğan (occurred)"])
}

@Test func aDatelineWithAYearDatesTheDocument() {
    let graph = Extractor().extract(
        name: "t",
        text: "ANCHORAGE, Alaska, Aug. 15, 2025 (Reuters) - US President Donald Trump met Russian President Vladimir Putin at a military base on Friday.")
    #expect(graph.documents["t"]?.date == "2025-08-15")
    #expect(graph.describe(.met) == ["Donald Trump -> Vladimir Putin (occurred)"])
}

@Test func aDatelineWithoutAYearTakesTheGivenDatesYear() {
    let text = "TALKS\n\n    WASHINGTON, March 31 - Japanese Prime Minister Yasuhiro Nakasone met US President Ronald Reagan."
    #expect(Extractor().extract(name: "t", text: text, date: "1987").documents["t"]?.date == "1987-03-31")
    #expect(Extractor().extract(name: "t", text: text, date: "26-FEB-1987 15:01:01.79").documents["t"]?.date == "1987-02-26")
    #expect(Extractor().extract(name: "t", text: text).documents["t"]?.date == nil)
}

@Test func theDatelinePlaceIsNoActor() {
    let graph = Extractor().extract(name: "t", text: "MOSCOW, April 13 - Foreign Minister Eduard Shevardnadze met George Shultz today.")
    #expect(graph.relations.allSatisfy { graph[entity: $0.source]?.label != "Russia" && graph[entity: $0.target]?.label != "Russia" })
}

@Test func abbreviatedMonthsAndWireDatesAreRead() {
    #expect(DateFinder.date(in: "Aug. 15, 2025") == "2025-08-15")
    #expect(DateFinder.date(in: "15 Sept 2025") == "2025-09-15")
    #expect(DateFinder.date(in: "26-FEB-1987 15:01:01.79") == "1987-02-26")
    #expect(DateFinder.date(in: "Augur 15, 2025") == nil)
}
