import Foundation
import NetmapLexicon
import NetmapSyntax

/// Scores of a parser on treebank sentences: on the gold tree projected onto the system's
/// tokens (each group of overlapping tokens and gold words counts once, scored at its first
/// token against the group's head word: "search-engine" is one unit, as is "= = = ="), and
/// strict word scores in the manner of the CoNLL 2018 shared
/// task (a token counts only where it is exactly one gold word; F1 of precision over system
/// tokens and recall over gold words).
struct Evaluation {
    struct Prediction {
        var range: Range<Int>
        var upos: String
        var lemma: String
        /// 0 for the root, else the 1-based index of the head token.
        var head: Int
        var relation: String
    }

    var tokens = 0, upos = 0, lemma = 0, lemmaTokens = 0, unlabelled = 0, labelled = 0
    var goldWords = 0, systemWords = 0, strictUPOS = 0, strictUAS = 0, strictLAS = 0

    mutating func add(_ gold: Treebank.Sentence, _ predicted: [Prediction]) {
        let projection = Projection(gold, onto: predicted.map(\.range))
        goldWords += projection.goldWords
        systemWords += predicted.count
        for (i, p) in predicted.enumerated() {
            let t = projection.targets[i]
            if projection.leads[i] {
                tokens += 1
                if p.upos == t.upos { upos += 1 }
                let label = Self.base(p.relation) == Self.base(t.relation)
                if p.head == t.head {
                    unlabelled += 1
                    if label { labelled += 1 }
                }
            }
            guard let w = projection.word[i] else { continue }
            let g = gold.words[w]
            lemmaTokens += 1
            if p.lemma == g.lemma { lemma += 1 }
            if p.upos == g.upos { strictUPOS += 1 }
            // The predicted head's gold word must be the gold head.
            let headWord: Int? = p.head == 0 ? -1 : projection.word[p.head - 1]
            if let h = headWord, h == g.head - 1 {
                strictUAS += 1
                if Self.base(p.relation) == Self.base(g.relation) { strictLAS += 1 }
            }
        }
    }

    /// Labels compare in full (`nmod:poss` is not `nmod`); `ROOT` is `root`.
    static func base(_ label: String) -> String { label == "ROOT" ? "root" : label }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    private func f1(_ correct: Int) -> Double {
        let p = ratio(correct, systemWords), r = ratio(correct, goldWords)
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    var uposScore: Double { ratio(upos, tokens) }
    var uas: Double { ratio(unlabelled, tokens) }
    var las: Double { ratio(labelled, tokens) }
    var lemmaScore: Double { ratio(lemma, lemmaTokens) }

    func line(_ name: String) -> String {
        func f(_ x: Double) -> String { String(format: "%.4f", x) }
        return "\(name): UPOS \(f(uposScore)) UAS \(f(uas)) LAS \(f(las)) lemma \(f(lemmaScore)) (\(tokens) units); "
            + "strict word F1: UPOS \(f(f1(strictUPOS))) UAS \(f(f1(strictUAS))) LAS \(f(f1(strictLAS))) (\(goldWords) gold words)"
    }

    /// Scores netmap's parser on samples (netmap's tokens of each gold sentence's text).
    static func of(_ parser: SyntaxParser, on samples: [Sample]) -> Evaluation {
        var evaluation = Evaluation()
        for sample in samples {
            let words = parser.parse(sample.tokens)
            let predicted = words.map { w in
                Prediction(
                    range: w.token.start..<w.token.end, upos: w.upos.rawValue, lemma: w.lemma,
                    head: w.head.map { $0 + 1 } ?? 0, relation: w.relation)
            }
            evaluation.add(sample.sentence, predicted)
        }
        return evaluation
    }
}
