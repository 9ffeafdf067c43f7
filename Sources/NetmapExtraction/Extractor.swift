public import NetmapGraph
public import NetmapLexicon

/// Turns a news text into a graph of the people, states and organisations it names and the
/// relations it states between them.
///
///     let extractor = Extractor()
///     let graph = extractor.extract(name: "a", text: "Macron met Scholz in Berlin.")
///     graph.relations.first?.kind  // .met
///
/// Extraction is a list of passes over one ``TextDocument``; it never throws.
public struct Extractor: Sendable {
    public let lexicon: Lexicon
    public let passes: [any ExtractionPass]

    public init(lexicon: Lexicon = .builtin) {
        self.lexicon = lexicon
        self.passes = [
            BoilerplateFilter(),
            SentenceSplitter(),
            MentionTagger(lexicon: lexicon),
            AliasResolver(lexicon: lexicon),
            OfficeFinder(lexicon: lexicon),
            RelationFinder(lexicon: lexicon),
        ]
    }

    /// The annotated document after every pass.
    public func annotate(name: String, text: String, date: String? = nil) -> TextDocument {
        var document = TextDocument(name: name, text: text, date: date)
        for pass in passes { pass.run(&document) }
        return document
    }

    /// The graph of one document, or of one part of a long document.
    ///
    /// - Parameter offset: where `text` starts in its document, in Unicode scalars, when it is
    ///   a part of a longer one: evidence spans count from the document's start, and only the
    ///   first part (offset 0) is searched for a dateline.
    public func extract(name: String, text: String, date: String? = nil, offset: Int = 0) -> Graph {
        var graph = graph(of: annotate(name: name, text: text, date: date), datelines: offset == 0)
        if offset > 0 {
            for var relation in graph.relations {
                relation.evidence = relation.evidence.map {
                    Evidence(source: $0.source, sentence: $0.sentence, start: $0.start + offset, end: $0.end + offset, cue: $0.cue)
                }
                graph.replace(relation)
            }
        }
        return graph
    }

    /// Builds the graph of an annotated document.
    public func graph(of document: TextDocument, datelines: Bool = true) -> Graph {
        var surfaces: [String: [String]] = [:]
        var kinds: [String: Entity.Kind] = [:]
        var counts: [String: Int] = [:]
        // A place ("talks in Moscow") does not by itself make its state an actor of the story.
        let actors = Set(
            document.mentions.filter { $0.role != .location || $0.kind == .organisation }.compactMap(\.entity))
        for mention in document.mentions where mention.role != .reference {
            guard let id = mention.entity, actors.contains(id) else { continue }
            surfaces[id, default: []].append(mention.surface)
            kinds[id] = mention.kind
            counts[id, default: 0] += 1
        }
        var graph = Graph()
        let date = document.date ?? (datelines ? firstDate(document) : nil)
        graph.add(Document(name: document.name, date: date))
        for (id, names) in surfaces {
            let label = AliasResolver.label(for: id, surfaces: names, lexicon: lexicon)
            graph.add(
                Entity(
                    kind: kinds[id]!, label: label, id: id, aliases: names,
                    mentions: counts[id]!, sources: [document.name]))
        }
        for relation in document.relations where graph[entity: relation.source] != nil
            && graph[entity: relation.target] != nil
        {
            graph.add(relation)
        }
        return graph
    }

    private func firstDate(_ document: TextDocument) -> String? {
        // A dateline is short and near the top.
        for sentence in document.sentences.prefix(8)
        where sentence.range.count < 200 && sentence.tokens.contains(where: { $0.text.utf8.contains { (0x30...0x39).contains($0) } }) {
            if let date = DateFinder.date(in: document.text(sentence.range)) { return date }
        }
        return nil
    }
}
