import Foundation
import Testing

/// Every command ends with one summary line on a terminal, and none with --quiet or off a terminal.
@Suite struct SummaryTests {
    static let article = CLI.corpus + "/003_6ebc1d0500e5683c.txt"
    static let graph = "Graphs/alaska-2025/alaska-2025.json"
    static let graphml = "Graphs/alaska-2025/alaska-2025.graphml"
    static let pre = "Graphs/alaska-2025/diff/pre-summit.json"
    static let post = "Graphs/alaska-2025/diff/post-summit.json"

    /// Each command, a file it writes into `dir`, and the pattern of its summary line.
    static func commands(_ dir: URL) -> [(arguments: [String], line: String)] {
        let out = { (name: String) in dir.appendingPathComponent(name).path }
        let time = #" in \d+\.\d s"#
        return [
            (["extract", article, "-o", out("a.json")], #"netmap: 1 document, 0\.0 MB, \d+ entities, \d+ relations"# + time),
            (["render", graph, "-o", out("a.svg")], #"netmap: 1 graph, 0\.\d MB, 62 entities, \d+ relations"# + time),
            (["diff", pre, post, "-o", out("d.txt")], #"netmap: 2 sources, 2 graphs, 0\.\d MB"# + time),
            (["merge", pre, post, "-o", out("m.json")], #"netmap: 2 graphs, 0\.\d MB, \d+ entities, \d+ relations"# + time),
            (["convert", graphml, "-o", out("c.gexf")], #"netmap: 1 graph, 0\.\d MB, 62 entities, \d+ relations"# + time),
            (["parse", article, "-o", out("p.conllu")], #"netmap: 1 document, 0\.0 MB, \d+ sentences"# + time),
        ]
    }

    @Test func everyCommandEndsWithOneSummaryLineOnATerminal() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (arguments, line) in Self.commands(dir) {
            let result = try CLI.runOnTerminal(arguments)
            #expect(result.status == 0, "\(arguments[0]): \(result.stderr)")
            // What the terminal shows at the end: extract's progress line is cleared first.
            let shown = result.stderr.components(separatedBy: "\r\u{1B}[K").last!
            #expect(shown.wholeMatch(of: try Regex(line + "\r\n")) != nil, "\(arguments[0]): \(shown.debugDescription)")
        }
    }

    @Test func quietOrOffATerminalNoCommandWritesOne() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (arguments, _) in Self.commands(dir) {
            let quiet = try CLI.runOnTerminal(arguments + ["--quiet"])
            #expect(quiet.status == 0 && quiet.stderr.isEmpty, "\(arguments[0]): \(quiet.stderr.debugDescription)")
            let piped = try CLI.run(arguments)
            #expect(piped.status == 0 && piped.stderr.isEmpty, "\(arguments[0]): \(piped.stderr)")
        }
    }

    @Test func everyCommandsHelpSaysSo() throws {
        for command in ["extract", "render", "diff", "merge", "convert", "parse"] {
            let help = try CLI.run([command, "--help"])
            #expect(help.text.contains("--quiet"), "\(command)")
            #expect(help.text.contains("summary line on stderr"), "\(command)")
        }
    }
}
