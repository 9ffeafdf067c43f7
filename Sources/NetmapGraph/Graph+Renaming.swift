extension Graph {
    /// The graph with entity ids replaced by `map` (ids not in it stay): entities that get the
    /// same id merge, and relations follow their endpoints.
    ///
    ///     graph.renaming(["person:brown": "person:gordon-brown"])
    public func renaming(_ map: [EntityID: EntityID]) -> Graph {
        guard !map.isEmpty else { return self }
        var result = Graph()
        for document in documents.values { result.add(document) }
        for var entity in entities {
            entity.id = map[entity.id] ?? entity.id
            result.add(entity)
        }
        for relation in relations {
            let source = map[relation.source] ?? relation.source
            let target = map[relation.target] ?? relation.target
            guard source != target else { continue }
            result.add(
                Relation(kind: relation.kind, source: source, target: target, status: relation.status, evidence: relation.evidence))
        }
        return result
    }
}
