extension Graph {
    /// The graph without the entities that take part in no relation.
    public func droppingUnrelated() -> Graph {
        let related = Set(relations.flatMap { [$0.source, $0.target] })
        return Graph(
            entities: entities.filter { related.contains($0.id) }, relations: relations,
            documents: Array(documents.values))
    }
}
