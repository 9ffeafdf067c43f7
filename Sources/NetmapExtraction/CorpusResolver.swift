public import NetmapGraph

/// Joins what one document could not: a person named only by surname ("Mr Brown") in one
/// document and in full ("Gordon Brown") in another become one entity in the merged graph, when
/// exactly one full name in the graph has that surname (compared by ``NameKey``), or one is
/// named at least five times as often as all the others together.
///
///     CorpusResolver.resolve(merged)  // person:brown folded into person:gordon-brown
///
/// It depends only on the set of entities, so the result is the same whatever the order of
/// the documents.
public enum CorpusResolver {
    public static func resolve(_ graph: Graph) -> Graph {
        var fullBySurname: [String: Set<EntityID>] = [:]
        var labels: [EntityID: String] = [:]
        let people = graph.entities.filter { $0.kind == .person }
        for entity in people {
            let words = entity.label.split(separator: " ")
            labels[entity.id] = entity.label
            guard words.count >= 2, let last = words.last else { continue }
            fullBySurname[NameKey.make(String(last)), default: []].insert(entity.id)
        }
        var map: [EntityID: EntityID] = [:]
        for entity in people where !entity.label.contains(" ") {
            guard let candidates = fullBySurname[NameKey.make(entity.label)],
                let choice = dominant(candidates, in: graph)
            else { continue }
            map[entity.id] = choice
        }
        guard !map.isEmpty else { return graph }
        // The merged entity keeps the full name as its label.
        var result = graph.renaming(map)
        for target in Set(map.values) {
            guard var entity = result[entity: target], let label = labels[target], entity.label != label else { continue }
            entity.aliases = Array(Set(entity.aliases + [entity.label]).subtracting([label])).sorted()
            entity.label = label
            result.replace(entity)
        }
        return result
    }

    private static func dominant(_ candidates: Set<EntityID>, in graph: Graph) -> EntityID? {
        if candidates.count == 1 { return candidates.first }
        let ranked = candidates.map { ($0, graph[entity: $0]?.mentions ?? 0) }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }
        let others = ranked.dropFirst().reduce(0) { $0 + $1.1 }
        return ranked[0].1 >= 5 * others ? ranked[0].0 : nil
    }
}
