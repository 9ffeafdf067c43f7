import Foundation
import NetmapLexicon
import NetmapSyntax

/// A treebank sentence on netmap's tokens: the gold tree projected onto them.
struct Sample {
    var sentence: Treebank.Sentence
    var texts: [String]
    var ranges: [Range<Int>]
    var projection: Projection

    init(_ sentence: Treebank.Sentence) {
        self.sentence = sentence
        let scalars = Array(sentence.text.unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars, in: 0..<scalars.count)
        texts = tokens.map(\.text)
        ranges = tokens.map { $0.start..<$0.end }
        projection = Projection(sentence, onto: ranges)
    }

    var tokens: [Token] {
        zip(texts, ranges).map { Token(start: $0.1.lowerBound, end: $0.1.upperBound, text: $0.0, kind: .word) }
    }

    /// The gold tag class of each token: UPOS with the features the tagger predicts.
    var tagNames: [String] {
        projection.targets.map { target in
            let features = Morphology(conllu: target.feats).conllu
            return features == "_" ? target.upos : "\(target.upos)|\(features)"
        }
    }

    static func load(_ path: String) throws -> [Sample] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return Treebank.read(text).map(Sample.init)
    }
}
