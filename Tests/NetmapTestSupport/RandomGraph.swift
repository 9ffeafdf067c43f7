public import NetmapGraph
public import PropertyBased

/// Random graphs with hostile names, for the writers' property tests.
///
///     await propertyCheck(input: RandomGraph.graph) { graph in ... }
///
/// Names are made of pieces that have broken writers somewhere: quotes, backslashes, markup,
/// DOT syntax, control characters, line breaks, right-to-left marks, emoji sequences,
/// combining accents, non-Latin scripts, XML non-characters, and now and then a name thousands
/// of characters long. Ids are either netmap's own slugs or the raw names (control characters
/// and non-characters left out: netmap's readers refuse those in ids).
public enum RandomGraph {
    public static let pieces: [String] = [
        "Ana", "Lima", "Zelensky", " ", "  ", "\"", "'", "\\", "\\\"", "<", ">", "&", "&amp;", "&#0;",
        "]]>", "<!--", "<![CDATA[", "-->", "{", "}", "[", "]", "=", ";", "; ", ",", "->", "--", "\\N",
        "\\n", "\\l", "%s", "=cmd|' /C calc'!A0", "@SUM(1)", "+1", "\n", "\r", "\r\n", "\t", "\u{0}",
        "\u{1}", "\u{B}", "\u{1B}", "\u{7F}", "\u{85}", "\u{2028}", "\u{200F}", "\u{202E}", "\u{FEFF}",
        "\u{FFFE}", "\u{FFFF}", "\u{10FFFF}", "🇺🇦", "👨‍👩‍👧", "🙂", "e\u{301}", "Зеленський",
        "زيلينسكي", "习近平", "ß", "İ", "graph", "node", "netmap:legend", "cluster_x",
    ]

    /// A name of one to six pieces, or (one time in twenty) one piece repeated into a name of
    /// thousands of characters.
    public static var name: Generator<String, some SendableSequenceType> {
        let piece = Gen.int(in: 0...(pieces.count - 1)).map { pieces[$0] }
        return Gen.frequency(
            (19, piece.array(of: 1...6).map { $0.joined() }.eraseToAnySequence()),
            (1, piece.map { String(repeating: $0, count: 1500) }.eraseToAnySequence()))
    }

    /// What a graph is drawn from: names, which of them get raw ids, and relations as indices.
    public struct Plan: Sendable {
        var names: [String]
        var rawIDs: [Bool]
        var documents: [String]
        var relations: [[Int]]
        var texts: [String]
    }

    public static var graph: Generator<Graph, some SendableSequenceType> {
        zip(
        name.array(of: 1...8), Gen.bool.array(of: 8), name.array(of: 1...3),
        Gen.int(in: 0...1000).array(of: 6).array(of: 0...10), name.array(of: 4)
        ).map { names, rawIDs, documents, relations, texts in
            make(Plan(names: names, rawIDs: rawIDs, documents: documents, relations: relations, texts: texts))
        }
    }

    static func make(_ plan: Plan) -> Graph {
        // Document names are distinct and never empty.
        var documents: [String] = []
        for (i, name) in plan.documents.enumerated() {
            let unique = name.isEmpty || documents.contains(name) ? "\(name)#\(i)" : name
            documents.append(unique)
        }
        var entities: [Entity] = []
        for (i, label) in plan.names.enumerated() {
            let kind = Entity.Kind.allCases[i % 3]
            let raw = String(String.UnicodeScalarView(label.unicodeScalars.filter { $0.value >= 0x20 && ![0x7F, 0xFFFE, 0xFFFF].contains($0.value) }))
            let id = plan.rawIDs[i % plan.rawIDs.count] && !raw.isEmpty ? raw : Entity.id(kind: kind, name: label)
            let alias = plan.texts[i % plan.texts.count]
            entities.append(Entity(
                kind: kind, label: label, id: id, aliases: alias.isEmpty ? [] : [alias], mentions: i + 1,
                sources: [documents[i % documents.count]]))
        }
        var graph = Graph(entities: entities, relations: [])
        let ids = graph.entities.map(\.id)
        for numbers in plan.relations {
            let kinds = Relation.Kind.allCases, statuses = Relation.Status.allCases
            let source = ids[numbers[0] % ids.count], target = ids[numbers[1] % ids.count]
            let start = numbers[4]
            let evidence = Evidence(
                source: documents[numbers[5] % documents.count], sentence: plan.texts[numbers[4] % plan.texts.count],
                start: start, end: start + 1 + numbers[5], cue: plan.texts[numbers[5] % plan.texts.count])
            graph.add(Relation(
                kind: kinds[numbers[2] % kinds.count], source: source, target: target,
                status: statuses[numbers[3] % statuses.count], evidence: [evidence]))
        }
        // Every other document has a date, which makes GEXF dynamic.
        for (i, name) in documents.enumerated() {
            graph.add(Document(name: name, date: i % 2 == 0 ? "2025-0\(i + 1)-15" : nil))
        }
        return graph
    }
}
