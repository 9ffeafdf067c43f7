import NetmapSyntax

/// Trains the tagger's three models: UPOS left to right and right to left, greedy, on the tags
/// each predicts itself for its history (Collins 2002); and the morphology model on gold UPOS.
struct TaggerTrainer {
    typealias Rows = [(key: UInt64, weights: [Float])]

    let classes: [String]
    let epochs: Int
    let seed: UInt64
    /// The word clusters the UPOS models read (``Tagger/clusters``).
    var clusters = WordClusters.none
    /// Features updated fewer times are left out of the model.
    var minimumUpdates: Int32 = 1

    func train(_ samples: [Sample]) -> (forward: Rows, backward: Rows, morphology: Rows) {
        let tagClasses = classes.map(Tagger.TagClass.init)
        let (tags, bundles) = Tagger.layout(tagClasses)
        let byName = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
        var forward: [(words: [WordInfo], gold: [Int])] = [], backward = forward, morphology = forward
        for sample in samples {
            let fine = sample.tagNames.map { tagClasses[byName[$0] ?? byName["X"]!] }
            let upos = fine.map { tags.firstIndex(of: $0.upos)! }
            let words = Tagger.padded(sample.texts, clusters: clusters)
            forward.append((words, upos))
            backward.append((Tagger.reversed(words), upos.reversed()))
            morphology.append((words, fine.map { bundles.firstIndex(of: $0.features)! }))
        }
        let f = greedy(forward, classes: tags.count, seed: seed)
        let b = greedy(backward, classes: tags.count, seed: seed &+ 1)
        let m = morphologyModel(morphology, upos: forward.map(\.gold), tagClasses: tagClasses, tags: tags, bundles: bundles)
        return (f, b, m)
    }

    private func greedy(_ data: [(words: [WordInfo], gold: [Int])], classes: Int, seed: UInt64) -> Rows {
        let model = Perceptron(classes: classes)
        var order = Array(data.indices)
        var generator = SeededGenerator(state: seed)
        var scores = [Float](repeating: 0, count: classes)
        var features = [UInt64](repeating: 0, count: TaggerFeatures.count)
        for _ in 0..<epochs {
            generator.shuffle(&order)
            for s in order {
                let (words, gold) = data[s]
                var t1 = TaggerFeatures.noTag, t2 = TaggerFeatures.noTag
                words.withUnsafeBufferPointer { buffer in
                    features.withUnsafeMutableBufferPointer { f in
                        for i in gold.indices {
                            TaggerFeatures.extract(buffer, i + 2, t1: t1, t2: t2, into: f.baseAddress!)
                            let view = UnsafeBufferPointer(f)
                            model.score(view, into: &scores)
                            var best = 0
                            for c in 1..<classes where scores[c] > scores[best] { best = c }
                            if best != gold[i] { model.update(view, good: gold[i], bad: best) }
                            model.tick()
                            t2 = t1
                            t1 = TaggerFeatures.tag(best)
                        }
                    }
                }
            }
        }
        return model.averaged(minimumUpdates: minimumUpdates)
    }

    private func morphologyModel(
        _ data: [(words: [WordInfo], gold: [Int])], upos: [[Int]], tagClasses: [Tagger.TagClass], tags: [UPOS],
        bundles: [Morphology]
    ) -> Rows {
        var allowed = [[Int]](repeating: [], count: tags.count)
        for c in tagClasses {
            allowed[tags.firstIndex(of: c.upos)!].append(bundles.firstIndex(of: c.features)!)
        }
        let model = Perceptron(classes: bundles.count)
        var order = Array(data.indices)
        var generator = SeededGenerator(state: seed &+ 2)
        var scores = [Float](repeating: 0, count: bundles.count)
        var features = [UInt64](repeating: 0, count: MorphologyFeatures.count)
        for _ in 0..<epochs {
            generator.shuffle(&order)
            for s in order {
                let (words, gold) = data[s]
                let tagsOfSentence = upos[s]
                words.withUnsafeBufferPointer { buffer in
                    features.withUnsafeMutableBufferPointer { f in
                        for i in gold.indices where allowed[tagsOfSentence[i]].count > 1 {
                            MorphologyFeatures.extract(buffer, i + 2, upos: tagsOfSentence, into: f.baseAddress!)
                            let view = UnsafeBufferPointer(f)
                            model.score(view, into: &scores)
                            var best = -1
                            for m in allowed[tagsOfSentence[i]] where best < 0 || scores[m] > scores[best] { best = m }
                            if best != gold[i] { model.update(view, good: gold[i], bad: best) }
                            model.tick()
                        }
                    }
                }
            }
        }
        return model.averaged(minimumUpdates: minimumUpdates)
    }
}
