import ArgumentParser
import Foundation
import NetmapExtraction
import NetmapGraph
import NetmapSyntax

extension NetmapSyntaxTool {
    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Train the syntax model on a UD treebank; write it with its header and scores.",
            discussion: "Deterministic: the same data and options give the same bytes.")

        @Option(help: "Training split (CoNLL-U).") var train: String
        @Option(help: "Development split: scores in the header, and for tuning.") var dev: String
        @Option(help: "Test split: scores in the header (never tuned on).") var test: String
        @Option(name: .shortAndLong, help: "The model file to write.") var output: String
        @Option(help: "Passes over the data for the tagger.") var taggerEpochs = 8
        @Option(help: "Passes over the data for the parser.") var parserEpochs = 12
        @Option(help: "Parsers trained on different orders of the data, their weights averaged (an ensemble at the cost of one).")
        var parserSeeds = 1
        @Option(help: "Move sequences the parser's search keeps (1: greedy parsing, no beam passes).") var beamWidth = 1
        @Option(help: "Passes of beam training after the greedy ones (with a beam width above 1).") var beamPasses = 8
        @Flag(help: "During the beam passes, also a greedy pass per sentence (so that a beam of 1 still parses well).")
        var beamKeepsGreedy = false
        @Option(help: "Folds for jackknifed training tags (the parser learns on predicted tags).") var folds = 4
        @Option(help: "Relations seen fewer times fall back to their base relation.") var minimumLabelCount = 20
        @Option(help: "Features updated fewer times are pruned, for the tagger, move and label models.")
        var prune: [Int] = [1, 1, 1]
        @Flag(help: "Train and score only the tagger (UPOS on dev), for tuning.") var onlyTagger = false
        @Option(help: "Try these prunings of the parser on dev (moves,labels;...) and report size and scores, for tuning.")
        var sweep: String?
        @Option(help: "Word clusters for the tagger and parser: lines of a binary path and a word (tab-separated; '#' starts a comment).")
        var clusters: String?
        @Option(help: "Bits of the two cluster path prefixes the tagger and parser read (with the whole path).")
        var clusterPrefixes: [Int] = [4, 8]
        @Option(help: "A line naming the training data, for the header.") var dataNote = "UD English EWT"
        @Option(help: "The command that trained the model, for the header.") var command = "Scripts/train-syntax"

        func run() throws {
            let started = Date()
            let trainSamples = try Sample.load(train), devSamples = try Sample.load(dev), testSamples = try Sample.load(test)
            log("\(trainSamples.count) training sentences, \(devSamples.count) dev, \(testSamples.count) test")
            let classes = Set(trainSamples.flatMap(\.tagNames)).union(["X"]).sorted()
            let classIndex = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
            let (labels, labelIndex) = labelSet(trainSamples)
            log("\(classes.count) tag classes, \(labels.count) relations")
            let clusterList = try clusters.map(ClusterFile.read) ?? (words: [], paths: [])
            guard clusterPrefixes.count == 2, clusterPrefixes.allSatisfy((1...31).contains) else {
                throw ValidationError("--cluster-prefixes takes two numbers of bits from 1 to 31")
            }
            let wordClusters = WordClusters(
                words: clusterList.words.map { WordInfo($0).lower }, paths: clusterList.paths,
                shortPrefix: clusterPrefixes[0], longPrefix: clusterPrefixes[1])
            if clusters != nil { log("\(wordClusters.count) words with clusters") }

            if onlyTagger {
                let rows = TaggerTrainer(classes: classes, epochs: taggerEpochs, seed: 7, clusters: wordClusters).train(trainSamples)
                let tagger = Tagger.trained(
                    forward: rows.forward, backward: rows.backward, morphology: rows.morphology, classes: classes,
                    clusters: wordClusters, scale: Perceptron.scale(rows.forward + rows.backward + rows.morphology))
                var right = 0, total = 0, rightClass = 0
                for sample in devSamples {
                    let tags = tagger.tag(tagger.padded(sample.texts))
                    let gold = sample.tagNames
                    for (i, target) in sample.projection.targets.enumerated() where sample.projection.leads[i] {
                        total += 1
                        if tagger.classes[tags[i]].upos.rawValue == target.upos { right += 1 }
                        if classes[tags[i]] == gold[i] { rightClass += 1 }
                    }
                }
                log("tagger only: dev UPOS \(Double(right) / Double(total)), classes \(Double(rightClass) / Double(total))")
                return
            }
            // Jackknifed tags for the parser's training data.
            let trainer = TaggerTrainer(classes: classes, epochs: taggerEpochs, seed: 7, clusters: wordClusters)
            let folds = self.folds, taggerEpochs = self.taggerEpochs
            let tagsByFold = Parallel.map(Array(0..<folds), jobs: folds) { fold -> [(Int, [Int])] in
                let rest = trainSamples.indices.filter { $0 % folds != fold }.map { trainSamples[$0] }
                let rows = TaggerTrainer(classes: classes, epochs: taggerEpochs, seed: 11 + UInt64(fold), clusters: wordClusters).train(rest)
                let tagger = Tagger.trained(
                    forward: rows.forward, backward: rows.backward, morphology: rows.morphology, classes: classes,
                    clusters: wordClusters, scale: Perceptron.scale(rows.forward + rows.backward + rows.morphology))
                defer { log("tagger fold \(fold + 1) of \(folds)") }
                return trainSamples.indices.filter { $0 % folds == fold }.map { ($0, tagger.tag(tagger.padded(trainSamples[$0].texts))) }
            }
            var predictedTags = [[Int]](repeating: [], count: trainSamples.count)
            for (i, tags) in tagsByFold.joined() { predictedTags[i] = tags }
            var taggerTrainer = trainer
            taggerTrainer.minimumUpdates = Int32(prune[0])
            let taggerRows = taggerTrainer.train(trainSamples)
            log("tagger trained (\(taggerRows.forward.count) + \(taggerRows.backward.count) + \(taggerRows.morphology.count) features)")
            let lemmas = LemmatizerTrainer.train(trainSamples, classIndex: classIndex)
            log("lemmatiser: \(lemmas.exceptions.count) exceptions, \(lemmas.rules.count) rules")

            let tagClasses = classes.map(Tagger.TagClass.init)
            let examples = trainSamples.indices.map { i -> ParserTrainer.Example in
                let sample = trainSamples[i]
                var heads: [Int32] = [-1], gold = [0]
                for target in sample.projection.targets {
                    heads.append(Int32(target.head))
                    gold.append(target.head == 0 ? 0 : labelIndex(target.relation))
                }
                let words = sample.texts.map { WordInfo($0, clusters: wordClusters) }
                return .init(sentence: .init(words, tags: predictedTags[i], classes: tagClasses), heads: heads, labels: gold)
            }
            let parserEpochs = self.parserEpochs, beamWidth = self.beamWidth, beamPasses = self.beamPasses
            let beamKeepsGreedy = self.beamKeepsGreedy
            let parsers = Parallel.map(Array(0..<max(1, parserSeeds)), jobs: parserSeeds) { run in
                let parserTrainer = ParserTrainer(labels: labels, epochs: parserEpochs, seed: 5 &+ UInt64(run) &* 100)
                let parser = parserTrainer.train(examples)
                if beamWidth > 1 {
                    parserTrainer.trainBeam(
                        examples, moves: parser.moves, labels: parser.labels, width: beamWidth, passes: beamPasses, keepGreedy: beamKeepsGreedy)
                }
                return parser
            }
            let moveRows = Perceptron.averaged(parsers.map(\.moves), minimumUpdates: Int32(prune[min(1, prune.count - 1)]))
            let labelRows = Perceptron.averaged(parsers.map(\.labels), minimumUpdates: Int32(prune[min(2, prune.count - 1)]))
            log("parser trained (\(moveRows.count) move features, \(labelRows.count) label features kept)")

            var parts = SyntaxModel.Parts(
                header: "", classes: classes, labels: labels, exceptions: lemmas.exceptions, rules: lemmas.rules,
                forward: taggerRows.forward, backward: taggerRows.backward, morphology: taggerRows.morphology,
                moves: moveRows, labelWeights: labelRows,
                scales: (Perceptron.scale(taggerRows.forward + taggerRows.backward + taggerRows.morphology), Perceptron.scale(moveRows), Perceptron.scale(labelRows)))
            parts.clusters = (clusterList.words, clusterList.paths, clusterPrefixes[0], clusterPrefixes[1])
            parts.beamWidth = beamWidth
            if let sweep {
                for setting in sweep.split(separator: ";") {
                    let m = setting.split(separator: ",").compactMap { Int32($0) }
                    var trial = parts
                    trial.moves = Perceptron.averaged(parsers.map(\.moves), minimumUpdates: m[0])
                    trial.labelWeights = Perceptron.averaged(parsers.map(\.labels), minimumUpdates: m[1])
                    let bytes = SyntaxModel.encode(trial)
                    let scores = Evaluation.of(try SyntaxParser(modelBytes: bytes), on: devSamples)
                    log("prune \(setting): \(bytes.count) bytes; " + scores.line("dev"))
                }
            }
            let draft = try SyntaxParser(modelBytes: SyntaxModel.encode(parts))
            let devScores = Evaluation.of(draft, on: devSamples), testScores = Evaluation.of(draft, on: testSamples)
            log(devScores.line("dev"))
            log(testScores.line("test"))
            var greedy: (dev: Evaluation, test: Evaluation)? = nil
            if beamWidth > 1 {
                let one = draft.searching(width: 1)
                greedy = (Evaluation.of(one, on: devSamples), Evaluation.of(one, on: testSamples))
                log(greedy!.dev.line("dev, beam of 1"))
                log(greedy!.test.line("test, beam of 1"))
            }
            parts.header = header(dev: devScores, test: testScores, greedy: greedy, clusters: wordClusters.count)
            let bytes = SyntaxModel.encode(parts)
            try Data(bytes).write(to: URL(fileURLWithPath: output))
            log("wrote \(output): \(bytes.count) bytes in \(Int(Date().timeIntervalSince(started))) s")
            print(parts.header)
        }

        /// Relations seen at least `minimumLabelCount` times, `root` first; a rarer relation maps
        /// to its base (`nmod:desc` → `nmod`), or to `dep`.
        func labelSet(_ samples: [Sample]) -> ([String], (String) -> Int) {
            var counts: [String: Int] = [:]
            for sample in samples {
                for target in sample.projection.targets where target.head != 0 { counts[target.relation, default: 0] += 1 }
            }
            var kept = Set(counts.filter { $0.value >= minimumLabelCount }.keys)
            kept.insert("dep")
            kept.remove("root")
            let labels = ["root"] + kept.sorted()
            let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
            return (labels, { relation in
                if let i = index[relation], i > 0 { return i }
                let base = String(relation.split(separator: ":").first ?? "dep")
                if let i = index[base], i > 0 { return i }
                return index["dep"]!
            })
        }

        func header(dev: Evaluation, test: Evaluation, greedy: (dev: Evaluation, test: Evaluation)?, clusters: Int) -> String {
            func f(_ x: Double) -> String { String(format: "%.4f", x) }
            return """
                netmap syntax model: UPOS tagger (with verb form, tense, number), lemmatiser, arc-eager dependency parser
                data: \(dataNote)
                licence: trained on UD English EWT, distributed under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this model is shared under the same licence
                command: \(command) (tagger: both directions and morphology, \(taggerEpochs) passes, \(folds) jackknife folds, word clusters of \(clusters) words read by prefixes of \(clusterPrefixes.map(String.init).joined(separator: " and ")) bits; parser \(parserEpochs) passes, dynamic oracle\(beamWidth > 1 ? ", then \(beamPasses) passes of a beam of \(beamWidth) (early update\(beamKeepsGreedy ? ", with greedy passes" : ""))" : "")\(parserSeeds > 1 ? ", weights of \(parserSeeds) orders of the data averaged" : ""); relations seen \(minimumLabelCount)+ times; features updated fewer than \(prune.map(String.init).joined(separator: "/")) times pruned)
                scores on netmap's tokens with predicted tags, the gold tree projected onto them (units of overlapping tokens and words):
                  dev:  UPOS \(f(dev.uposScore)) UAS \(f(dev.uas)) LAS \(f(dev.las)) lemma \(f(dev.lemmaScore)) (\(dev.tokens) units)
                  test: UPOS \(f(test.uposScore)) UAS \(f(test.uas)) LAS \(f(test.las)) lemma \(f(test.lemmaScore)) (\(test.tokens) units)
                """ + (greedy.map { g in
                    "\n  with a beam of 1 (greedy): dev UAS \(f(g.dev.uas)) LAS \(f(g.dev.las)), test UAS \(f(g.test.uas)) LAS \(f(g.test.las))"
                } ?? "")
        }
    }
}
