public import NetmapGraph

extension Graph {
    /// The graph as GraphML and GEXF carry it, by the rules those writers document, stated
    /// here on their own: characters XML 1.0 cannot hold (control characters other than tab,
    /// line feed and carriage return; U+FFFE, U+FFFF) become U+FFFD; line breaks inside an
    /// evidence item (its sentence, source or cue) become spaces, since line breaks separate
    /// items; and the documents are the ones some entity or evidence names (neither format has
    /// a place for a document on its own).
    public var asCarriedByXML: Graph {
        func xml(_ text: String) -> String {
            String(String.UnicodeScalarView(text.unicodeScalars.map { c in
                let v = c.value
                let allowed = v == 0x09 || v == 0x0A || v == 0x0D || (v >= 0x20 && v != 0xFFFE && v != 0xFFFF)
                return allowed ? c : "\u{FFFD}"
            }))
        }
        func item(_ text: String) -> String {
            xml(String(text.map { $0.isNewline ? " " : $0 }))
        }
        var carried = Graph()
        var documents = Set<String>()
        for e in entities {
            carried.add(Entity(
                kind: e.kind, label: xml(e.label), id: e.id, aliases: e.aliases.map(xml), mentions: e.mentions,
                sources: e.sources.map(xml)))
            documents.formUnion(e.sources.map(xml))
        }
        for r in relations {
            let evidence = r.evidence.map {
                Evidence(source: item($0.source), sentence: item($0.sentence), start: $0.start, end: $0.end, cue: item($0.cue))
            }
            documents.formUnion(evidence.map(\.source))
            carried.add(Relation(kind: r.kind, source: r.source, target: r.target, status: r.status, evidence: evidence))
        }
        for name in documents { carried.add(Document(name: name)) }
        return carried
    }
}
