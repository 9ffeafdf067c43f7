import Foundation
import NetmapExtraction
import NetmapFormats
import NetmapGraph
import Testing

/// The README's library example gives the graph `netmap extract` gives.
@Test func theReadmeLibraryExampleGivesTheGraphOfTheCommandLine() throws {
    // As in the README:
    let graph = try CorpusExtractor().graph(of: DocumentStream(paths: [CLI.corpus]))
    let cli = try CLI.run(["extract", "--quiet", CLI.corpus])
    #expect(cli.status == 0, "\(cli.stderr)")
    #expect(graph.relations.count > 10)
    #expect(JSONFormat.encode(graph) == cli.stdout)
}

@Test func theReadmeShowsTheLibraryExampleThatIsTested() throws {
    let readme = try String(contentsOf: CLI.root.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(readme.contains("let graph = try CorpusExtractor().graph(of: DocumentStream(paths: [\"Graphs/alaska-2025/sources\"]))"))
}
