/// Writing a model: the mirror of ``SyntaxModel/init(bytes:count:)``, used by the trainer.
extension SyntaxModel {
    package struct Parts {
        package var header: String
        package var classes: [String]
        package var labels: [String]
        package var exceptions: [String]
        package var rules: [String]
        /// Word clusters: each word (lower-case) with its path ("0110"), and the prefix lengths
        /// the tagger and the parser read.
        package var clusters: (words: [String], paths: [UInt32], shortPrefix: Int, longPrefix: Int) = ([], [], 0, 0)
        /// The left-to-right and right-to-left UPOS models and the morphology model.
        package var forward: [(key: UInt64, weights: [Float])]
        package var backward: [(key: UInt64, weights: [Float])]
        package var morphology: [(key: UInt64, weights: [Float])]
        package var moves: [(key: UInt64, weights: [Float])]
        package var labelWeights: [(key: UInt64, weights: [Float])]
        /// Multipliers that map each model's averaged weights onto `Int16`.
        package var scales: (tagger: Float, moves: Float, labels: Float)
        /// Smallest quantised weight kept in each table.
        package var minimum: (tagger: Int16, moves: Int16, labels: Int16) = (1, 1, 1)
        /// The move sequences the parser's search keeps (1: greedy); the move model must have
        /// been trained for it.
        package var beamWidth = 1

        package init(
            header: String, classes: [String], labels: [String], exceptions: [String], rules: [String],
            forward: [(key: UInt64, weights: [Float])], backward: [(key: UInt64, weights: [Float])],
            morphology: [(key: UInt64, weights: [Float])], moves: [(key: UInt64, weights: [Float])],
            labelWeights: [(key: UInt64, weights: [Float])], scales: (tagger: Float, moves: Float, labels: Float)
        ) {
            self.header = header
            self.classes = classes
            self.labels = labels
            self.exceptions = exceptions
            self.rules = rules
            self.forward = forward
            self.backward = backward
            self.morphology = morphology
            self.moves = moves
            self.labelWeights = labelWeights
            self.scales = scales
        }
    }

    package static func encode(_ parts: Parts) -> [UInt8] {
        var writer = ModelWriter()
        writer.array(magic)
        writer.string(parts.header)
        writer.strings(parts.classes)
        writer.strings(parts.labels)
        writer.strings(parts.exceptions)
        writer.strings(parts.rules)
        writer.uint32(UInt32(parts.clusters.shortPrefix))
        writer.uint32(UInt32(parts.clusters.longPrefix))
        writer.uint32(UInt32(parts.clusters.words.count))
        writer.array(parts.clusters.words.map { WordInfo($0).lower })
        writer.array(parts.clusters.paths)
        writer.uint32(UInt32(parts.beamWidth))
        let (tags, bundles) = Tagger.layout(parts.classes.map(Tagger.TagClass.init))
        for rows in [parts.forward, parts.backward] {
            WeightTable.encode(rows: rows, classes: tags.count, scale: parts.scales.tagger, minimum: parts.minimum.tagger, into: &writer)
        }
        WeightTable.encode(rows: parts.morphology, classes: bundles.count, scale: parts.scales.tagger, minimum: parts.minimum.tagger, into: &writer)
        // Moves and labels in one table: each model quantised on its own scale, then joined by key.
        let labelCount = 2 * parts.labels.count
        var joined: [UInt64: [Float]] = [:]
        for (key, weights) in parts.moves {
            joined[key, default: Array(repeating: 0, count: 4 + labelCount)].replaceSubrange(0..<4, with: weights.map { $0 * parts.scales.moves })
        }
        for (key, weights) in parts.labelWeights {
            joined[key, default: Array(repeating: 0, count: 4 + labelCount)].replaceSubrange(4..., with: weights.map { $0 * parts.scales.labels })
        }
        let rows = joined.keys.sorted().map { (key: $0, weights: joined[$0]!) }
        WeightTable.encode(rows: rows, classes: 4 + labelCount, scale: 1, minimum: 1, inline: 4, into: &writer)
        writer.align()
        return writer.bytes
    }
}

extension Tagger {
    /// A tagger for weights still being trained (the trainer's jackknife); its memory is never
    /// freed, which suits a short-lived training program.
    package static func trained(
        forward: [(key: UInt64, weights: [Float])], backward: [(key: UInt64, weights: [Float])],
        morphology: [(key: UInt64, weights: [Float])], classes: [String], clusters: WordClusters, scale: Float
    ) -> Tagger {
        let tagClasses = classes.map(TagClass.init)
        let (tags, bundles) = layout(tagClasses)
        var writer = ModelWriter()
        WeightTable.encode(rows: forward, classes: tags.count, scale: scale, into: &writer)
        WeightTable.encode(rows: backward, classes: tags.count, scale: scale, into: &writer)
        WeightTable.encode(rows: morphology, classes: bundles.count, scale: scale, into: &writer)
        let bytes = writer.bytes
        let memory = UnsafeMutableRawPointer.allocate(byteCount: bytes.count, alignment: 64)
        bytes.withUnsafeBytes { memory.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        var reader = ModelReader(base: UnsafeRawPointer(memory), count: bytes.count)
        return Tagger(
            forward: try! WeightTable(reading: &reader), backward: try! WeightTable(reading: &reader),
            morphology: try! WeightTable(reading: &reader), classes: tagClasses, clusters: clusters)
    }
}
