import ArgumentParser
import Foundation
import NetmapSyntax

extension NetmapSyntaxTool {
    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score a parser on a UD treebank: netmap's built-in model, a model file, or another parser's CoNLL-U.",
            discussion: """
                The gold tree of each sentence is projected onto the system's tokens (netmap tokenises \
                the sentence's '# text'); a system file must hold one sentence per gold sentence, in \
                order, with TokenRange=start:end in MISC.
                """)

        @Option(help: "The gold treebank (CoNLL-U).") var gold: String
        @Option(help: "Another parser's output for the same sentences (CoNLL-U with TokenRange).") var system: String?
        @Option(help: "Search with this beam width instead of the model's (1: greedy).") var beamWidth: Int?
        @Option(help: "A model file to use instead of the built-in model.") var model: String?
        @Option(help: "Write netmap's parses to this CoNLL-U file.") var write: String?
        @Option(help: "Name on the scores line.") var name = "netmap"

        func run() throws {
            let golds = try Sample.load(gold)
            var evaluation = Evaluation()
            if let system {
                let predicted = Treebank.read(try String(contentsOfFile: system, encoding: .utf8))
                guard predicted.count == golds.count else {
                    throw ValidationError("\(system) has \(predicted.count) sentences, \(gold) \(golds.count)")
                }
                for (g, p) in zip(golds, predicted) {
                    let heads = p.words.map(\.head)
                    evaluation.add(
                        g.sentence,
                        p.words.enumerated().map { i, w in
                            Evaluation.Prediction(
                                range: w.range ?? 0..<0, upos: w.upos, lemma: w.lemma, head: heads[i], relation: w.relation)
                        })
                }
            } else {
                let base = try model.map { try SyntaxParser(modelBytes: [UInt8](Data(contentsOf: URL(fileURLWithPath: $0)))) }
                    ?? SyntaxParser.shared
                let parser = beamWidth.map { base.searching(width: $0) } ?? base
                evaluation = Evaluation.of(parser, on: golds)
                if let write {
                    var out = ""
                    for sample in golds {
                        out += CoNLLU.sentence(parser.parse(sample.tokens), id: sample.sentence.id, text: sample.sentence.text)
                    }
                    try out.write(toFile: write, atomically: true, encoding: .utf8)
                }
            }
            print(evaluation.line(name))
        }
    }
}
