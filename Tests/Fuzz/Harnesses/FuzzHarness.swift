import Foundation
import NetmapExtraction
import NetmapFormats
import NetmapGraph
import NetmapLexicon
import NetmapRender
import NetmapSyntax

/// The fuzz targets: each takes any bytes and says which promise they broke, or nil.
///
///     FuzzHarness.json.run(Array("{}".utf8))  // nil: refused cleanly or read back the same
///
/// Scripts/fuzz links them into libFuzzer (Entry/); the test suite runs every kept crashing
/// input and every seed through the same code (FuzzRegressionTests), so a fixed crash stays
/// fixed. A broken promise is a returned message; a crash is a crash.
enum FuzzHarness: String, CaseIterable, Sendable {
    /// Text in, graph out: the extractor never crashes, and its graph is whole.
    case extractor
    /// JSON, GraphML and GEXF readers: refuse cleanly, or read something that writes and
    /// reads back to the same bytes.
    case json, graphml, gexf
    /// Names from the bytes, written as DOT and read by Graphviz: one node per entity.
    case dot
    /// Text in, trees out: every sentence parses into one tree over its tokens, and its
    /// CoNLL-U has ten columns a line.
    case parser

    func run(_ bytes: [UInt8]) -> String? {
        switch self {
        case .extractor: Self.extract(bytes)
        case .json: Self.roundTrip(bytes, decode: JSONFormat.decode) { JSONFormat.encode($0) }
        case .graphml: Self.roundTrip(bytes, decode: GraphMLFormat.decode) { GraphMLFormat.encode($0) }
        case .gexf: Self.roundTrip(bytes, decode: GEXFFormat.decode) { GEXFFormat.encode($0) }
        case .dot: Self.dot(bytes)
        case .parser: Self.parse(bytes)
        }
    }

    private static let builtinExtractor = Extractor()

    private static func extract(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        let graph = builtinExtractor.extract(name: "fuzz", text: text)
        if let broken = wholeness(graph) { return broken }
        let scalars = text.unicodeScalars.count
        for relation in graph.relations {
            for evidence in relation.evidence {
                if evidence.sentence.isEmpty { return "empty evidence for \(relation.id)" }
                guard 0 <= evidence.start, evidence.start < evidence.end, evidence.end <= scalars else {
                    return "evidence \(evidence.start)..<\(evidence.end) outside a text of \(scalars) scalars"
                }
            }
        }
        return roundTrip(JSONFormat.encode(graph), decode: JSONFormat.decode) { JSONFormat.encode($0) }
    }

    private static func parse(_ bytes: [UInt8]) -> String? {
        var document = TextDocument(name: "fuzz", text: String(decoding: bytes, as: UTF8.self))
        SentenceSplitter().run(&document)
        for sentence in document.sentences {
            let words = SyntaxParser.shared.parse(sentence.tokens)
            if words.count != sentence.tokens.count { return "\(sentence.tokens.count) tokens became \(words.count)" }
            if words.filter({ $0.head == nil }).count != 1 { return "not one root" }
            for (i, word) in words.enumerated() {
                var at = i, steps = 0
                while let head = words[at].head {
                    guard head >= 0, head < words.count, head != at else { return "token \(i) has head \(head)" }
                    at = head
                    steps += 1
                    if steps > words.count { return "cycle through token \(i)" }
                }
                if word.lemma.isEmpty { return "token \(i) has an empty lemma" }
            }
            let conllu = CoNLLU.sentence(words, id: "fuzz", text: document.text(sentence.range))
            let lines = conllu.split(separator: "\n", omittingEmptySubsequences: false)
            guard lines.count == words.count + 4 else { return "CoNLL-U of \(words.count) tokens has \(lines.count) lines" }
            for line in lines.dropFirst(2).prefix(words.count) where line.split(separator: "\t", omittingEmptySubsequences: false).count != 10 {
                return "CoNLL-U line without ten columns: \(line.prefix(80).debugDescription)"
            }
        }
        return nil
    }

    /// Every relation joins two entities of the graph, and ids are unique.
    private static func wholeness(_ graph: Graph) -> String? {
        let ids = Set(graph.entities.map(\.id))
        if ids.count != graph.entities.count { return "two entities share an id" }
        for relation in graph.relations where !ids.contains(relation.source) || !ids.contains(relation.target) {
            return "relation \(relation.id) has an end that is not an entity"
        }
        return nil
    }

    private static func roundTrip(
        _ bytes: some Collection<UInt8>, decode: (Data) throws(FormatError) -> Graph, encode: (Graph) -> Data
    ) -> String? {
        guard let graph = try? decode(Data(bytes)) else { return nil }
        if let broken = wholeness(graph) { return broken }
        let written = encode(graph)
        let again: Graph
        do {
            again = try decode(written)
        } catch {
            return "what was written does not read back: \(error)"
        }
        let rewritten = encode(again)
        if rewritten != written { return "writing what was read back changes it: " + firstDifference(written, rewritten) }
        return nil
    }

    private static func firstDifference(_ a: Data, _ b: Data) -> String {
        let left = String(decoding: a, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let right = String(decoding: b, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (i, (x, y)) in zip(left, right).enumerated() where x != y {
            let same = zip(x, y).prefix { $0 == $1 }.count
            let from = max(0, same - 40)
            return "line \(i + 1), column \(same + 1): \(x.dropFirst(from).prefix(120).debugDescription) "
                + "became \(y.dropFirst(from).prefix(120).debugDescription)"
        }
        return "\(left.count) lines became \(right.count)"
    }

    /// One entity per line of the input, with the line as label and id (control characters,
    /// quotes, backslashes and all); consecutive entities related.
    static func graph(fromLines bytes: [UInt8]) -> Graph {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var seen = Set<String>()
        var entities: [Entity] = []
        for (i, line) in lines.prefix(64).enumerated() where seen.insert(String(line)).inserted {
            let kind = Entity.Kind.allCases[i % 3]
            entities.append(Entity(kind: kind, label: String(line), id: String(line), sources: [String(line)]))
        }
        let kinds = Relation.Kind.allCases
        let relations = zip(entities, entities.dropFirst()).enumerated().map { i, pair in
            Relation(
                kind: kinds[i % kinds.count], source: pair.0.id, target: pair.1.id,
                evidence: [Evidence(source: pair.0.label, sentence: pair.1.label, start: 0, end: 1, cue: pair.0.label)])
        }
        return Graph(entities: entities, relations: relations)
    }

    private static func dot(_ bytes: [UInt8]) -> String? {
        let graph = graph(fromLines: bytes)
        let parsed: Renderer.Parsed
        do {
            parsed = try Renderer.parse(dot: DOTFormat.encode(graph))
        } catch {
            return "Graphviz cannot read the DOT: \(error)"
        }
        // One node per entity, and the legend.
        let expected = graph.entities.count + (graph.isEmpty ? 0 : 1)
        if parsed.nodes.count != expected {
            return "\(graph.entities.count) entities and a legend became \(parsed.nodes.count) Graphviz nodes"
        }
        return nil
    }
}
