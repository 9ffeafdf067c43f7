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
        let records = OfficeRecords(lexicon: lexicon)
        self.passes = [
            Normaliser(lexicon: lexicon),
            BoilerplateFilter(lexicon: lexicon),
            SentenceSplitter(),
            Truecaser(lexicon: lexicon),
            MentionTagger(lexicon: lexicon),
            DatelineReader(),
            DocumentDater(),
            StatesOfTheirTime(lexicon: lexicon),
            AliasResolver(lexicon: lexicon, records: records),
            OfficeFinder(lexicon: lexicon, records: records),
            Coreference(lexicon: lexicon, records: records),
            DependencyParse(lexicon: lexicon),
            RelationFinder(lexicon: lexicon),
        ]
        assert(passes.firstOutOfOrder() == nil, "extraction passes out of order: \(String(describing: passes.firstOutOfOrder()))")
    }

    /// The annotated document after every pass.
    public func annotate(name: String, text: String, date: String? = nil, isFirstPart: Bool = true) -> TextDocument {
        var document = TextDocument(name: name, text: text, date: date)
        document.isFirstPart = isFirstPart
        for pass in passes { pass.run(&document) }
        return document
    }

    /// The graph of one document, or of one part of a long document.
    ///
    /// Evidence spans count Unicode scalars of `text` as given, before ``Normaliser`` joined
    /// its lines or decoded its references, so that they slice the input file.
    ///
    /// - Parameter offset: where `text` starts in its document, in Unicode scalars, when it is
    ///   a part of a longer one: evidence spans count from the document's start, and only the
    ///   first part (offset 0) is searched for a dateline.
    public func extract(name: String, text: String, date: String? = nil, offset: Int = 0) -> Graph {
        var graph = graph(of: annotate(name: name, text: text, date: date, isFirstPart: offset == 0))
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
    public func graph(of document: TextDocument) -> Graph {
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
        let date = document.day ?? document.date
        graph.add(Document(name: document.name, date: date))
        for (id, names) in surfaces {
            let label = AliasResolver.label(for: id, surfaces: names, lexicon: lexicon)
            graph.add(
                Entity(
                    kind: kinds[id]!, label: label, id: id, aliases: names,
                    mentions: counts[id]!, sources: [document.name]))
        }
        for var relation in document.relations where graph[entity: relation.source] != nil
            && graph[entity: relation.target] != nil
        {
            if document.sourceMap != nil {
                relation.evidence = relation.evidence.map {
                    let source = document.sourceRange($0.start..<$0.end)
                    return Evidence(source: $0.source, sentence: $0.sentence, start: source.lowerBound, end: source.upperBound, cue: $0.cue)
                }
            }
            graph.add(relation)
        }
        return graph
    }

    /// A document's date, in this order: a full date given with it (a manifest, a JSON Lines
    /// `date`, in any form ``DateFinder`` reads, made `YYYY-MM-DD`); else its dateline's date,
    /// with the year of the given date when the dateline has none; else the given date as it is.
    static func date(given: String?, dateline: Dateline?) -> String? {
        if let given, let full = DateFinder.normalised(given) { return full }
        if let dateline, let month = dateline.month, let day = dateline.day,
            let year = dateline.year ?? given.flatMap(Self.year(in:)),
            let date = DateFinder.format(year, month, day)
        {
            return date
        }
        return given
    }

    /// The first four-digit number from 1900 to 2100 in `text`.
    private static func year(in text: String) -> Int? {
        text.split(whereSeparator: { !$0.isNumber }).lazy.compactMap { Int($0) }.first { (1900...2100).contains($0) && $0 > 999 }
    }

    /// Whether `text` has four ASCII digits in a row.
    private static func hasFourDigits(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            run = (0x30...0x39).contains(byte) ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    static func firstDate(_ document: TextDocument) -> String? {
        // A dateline is short and near the top, and every date ``DateFinder`` reads has a year
        // from 1900 to 2100, written with four digits in a row within one token.
        for sentence in document.sentences.prefix(8)
        where sentence.range.count < 200 && sentence.tokens.contains(where: { Self.hasFourDigits($0.text) }) {
            if let date = DateFinder.date(in: document.text(sentence.range)) { return date }
        }
        return nil
    }
}
