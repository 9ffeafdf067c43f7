import Foundation
import NetmapFormats
import NetmapGraph
import Testing

@Test func everyFormatThatReadsGivesBackTheEntitiesAndRelationsItWrote() throws {
    for format in FormatRegistry.graphs where format.decoder != nil {
        // GraphML and GEXF do not carry the documents' dates; JSON does. (XML cannot carry
        // control characters: the hostile names are each format's own tests' business.)
        let decoded = try format.decode(format.encode(SampleGraph.graph))
        #expect(decoded.entities == SampleGraph.graph.entities, "\(format)")
        #expect(decoded.relations == SampleGraph.graph.relations, "\(format)")
    }
    let json = FormatRegistry.graph(named: "json")!
    #expect(try json.decode(json.encode(SampleGraph.graph)) == SampleGraph.graph)
}

@Test func everyWriteOnlyFormatSaysWhy() {
    for format in FormatRegistry.graphs + FormatRegistry.drawings where format.decoder == nil {
        #expect(format.writeOnlyReason?.isEmpty == false, "\(format)")
    }
    #expect(throws: FormatError.self) { try FormatRegistry.graph(named: "csv")!.decode(Data("Id,Label\r\n".utf8)) }
}

@Test func csvWritesTwoTablesIntoADirectory() {
    let csv = FormatRegistry.graph(named: "CSV")!
    #expect(csv.writesDirectory)
    #expect(csv.files(SampleGraph.graph).map(\.name) == ["nodes.csv", "edges.csv"])
    #expect(csv.encode(SampleGraph.graph).isEmpty)
}

@Test func graphFilesAreToldByTheirExtensionInAnyCase() {
    #expect(FormatRegistry.graph(forPath: "a/story.GraphML")?.name == "graphml")
    #expect(FormatRegistry.graph(forPath: "story.jsonl")?.name == "jsonl")
    #expect(FormatRegistry.graph(forPath: "story.txt") == nil)
    #expect(FormatRegistry.graph(forPath: "story.csv") == nil)
    #expect(FormatRegistry.isDOT("drawing.GV"))
    #expect(!FormatRegistry.isDOT("drawing.svg"))
}

@Test func whatAFileIsReadAsIsToldByItsNameInAnyCase() {
    #expect(FormatRegistry.input(forPath: "sources/001.TXT") == .text)
    #expect(FormatRegistry.input(forPath: "page.htm") == .webPage)
    #expect(FormatRegistry.input(forPath: "page.XHTML") == .webPage)
    #expect(FormatRegistry.input(forPath: "news.JSONL.gz") == .articles(compressed: true))
    #expect(FormatRegistry.input(forPath: "news.jsonl") == .articles(compressed: false))
    #expect(FormatRegistry.input(forPath: "story.GEXF") == .graph(FormatRegistry.graph(named: "gexf")!))
    #expect(FormatRegistry.input(forPath: "story.json") == .graph(FormatRegistry.graph(named: "json")!))
    #expect(FormatRegistry.input(forPath: "HTTPS://example.org/story.html") == .webAddress)
    // Names it does not know: written-only formats, other compressed files.
    for path in ["story.csv", "drawing.dot", "notes.md", "news.json.gz", "story"] {
        #expect(FormatRegistry.input(forPath: path) == nil, "\(path)")
    }
    #expect(FormatRegistry.documents.allSatisfy { $0.input.isDocument })
    #expect(FormatRegistry.input(forPath: "story.graphml")?.isDocument == false)
}

@Test func compressedAndZippedFilesAreToldByTheirExtension() {
    #expect(FormatRegistry.isCompressed("news.jsonl.GZ"))
    #expect(!FormatRegistry.isCompressed("news.jsonl"))
    #expect(FormatRegistry.extension(of: "Report.DOCX", among: FormatRegistry.zippedDocuments) == "docx")
    #expect(FormatRegistry.extension(of: "report.zip", among: FormatRegistry.zippedDocuments) == nil)
}

@Test func diffWritesItsOwnListOfFormats() {
    #expect(FormatRegistry.comparisons.map(\.name) == ["text", "json", "csv", "svg", "png", "pdf", "dot", "graphml", "gexf", "html"])
    // A drawing's DOT, not the graph's: laid out.
    #expect(FormatRegistry.comparisons.first { $0.name == "dot" }?.writeOnlyReason == "a laid-out drawing")
}

@Test func theFormatToWriteFollowsFormatThenExtensionThenTheDefault() throws {
    let graphs = FormatRegistry.graphs
    let json = FormatRegistry.graph(named: "json")!, dot = FormatRegistry.graph(named: "dot")!
    #expect(try FormatRegistry.chosen(nil, output: "x.gv", among: graphs, default: json, terminal: false).name == "dot")
    #expect(try FormatRegistry.chosen(nil, output: nil, among: graphs, default: json, terminal: false).name == "json")
    #expect(try FormatRegistry.chosen(dot, output: "-", among: graphs, default: json, terminal: false).name == "dot")
    #expect(throws: FormatError.unclear(
        path: "x.json", reason: "--format dot disagrees with the file's extension .json, which is json; drop --format or name the file .dot"))
    {
        try FormatRegistry.chosen(dot, output: "x.json", among: graphs, default: json, terminal: false)
    }
    // csv writes a directory: its extension does not name it.
    #expect(throws: FormatError.self) { try FormatRegistry.chosen(nil, output: "x.csv", among: graphs, default: json, terminal: false) }
}

@Test func binaryDrawingsAreNotWrittenToATerminal() throws {
    let drawings = FormatRegistry.drawings
    let svg = drawings[0], png = drawings[1]
    #expect(throws: FormatError.self) { try FormatRegistry.chosen(png, output: nil, among: drawings, default: svg, terminal: true) }
    #expect(try FormatRegistry.chosen(png, output: nil, among: drawings, default: svg, terminal: false).name == "png")
}
