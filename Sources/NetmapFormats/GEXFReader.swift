import Foundation
import NetmapGraph

/// Collects the nodes and edges of a GEXF document as it is read.
struct GEXFReader {
    private struct Element {
        var attributes: NameValues
        var values = NameValues()
    }

    private var nodes: [Element] = []
    private var edges: [Element] = []
    private var current: Element?
    private var sawGEXF = false

    mutating func parse(_ data: Data) throws(FormatError) {
        try XMLReader.read(Array(data), format: "GEXF") { (event) throws(FormatError) in
            switch event {
            case let .start(name, attributes):
                switch name {
                case "gexf": sawGEXF = true
                case "node", "edge": current = Element(attributes: attributes)
                case "attvalue":
                    if let key = attributes["for"], let value = attributes["value"] { current?.values[key] = value }
                default: break
                }
            case let .end(name):
                if name == "node", let element = current { nodes.append(element) }
                if name == "edge", let element = current { edges.append(element) }
                if name == "node" || name == "edge" { current = nil }
            case .text: break
            }
        }
        guard sawGEXF else { throw .notAGraph(format: "GEXF", reason: "no <gexf> element") }
    }

    func graph() throws(FormatError) -> Graph {
        var graph = Graph()
        graph.reserveCapacity(entities: nodes.count, relations: edges.count)
        var documents: Set<String> = []
        for node in nodes {
            guard let id = node.attributes["id"] else { throw .invalid(format: "GEXF", reason: "a node has no id") }
            guard let kind = node.values["kind"].flatMap(Entity.Kind.init(rawValue:)) else {
                throw .invalid(format: "GEXF", reason: "node '\(id)' has no netmap kind")
            }
            let sources = ListColumn.split(node.values["sources"])
            documents.formUnion(sources)
            graph.add(
                Entity(
                    kind: kind, label: node.attributes["label"] ?? id, id: id, aliases: ListColumn.split(node.values["aliases"]),
                    mentions: Int(node.values["mentions"] ?? "") ?? 1, sources: sources))
        }
        for edge in edges {
            let id = edge.attributes["id"] ?? "?"
            guard let source = edge.attributes["source"], let target = edge.attributes["target"] else {
                throw .invalid(format: "GEXF", reason: "edge '\(id)' has no source or target")
            }
            guard let kind = (edge.attributes["kind"] ?? edge.values["kind"]).flatMap(Relation.Kind.init(rawValue:)) else {
                throw .invalid(format: "GEXF", reason: "edge '\(id)' has no netmap relation kind")
            }
            for end in [source, target] where !graph.contains(entity: EntityID(end)) {
                throw .invalid(format: "GEXF", reason: "edge '\(id)' names unknown node '\(end)'")
            }
            let statuses = try list(edge.values["status"], "; ").map { (name: String) throws(FormatError) -> Relation.Status in
                guard let status = Relation.Status(rawValue: name) else {
                    throw .invalid(format: "GEXF", reason: "edge '\(id)' has unknown status '\(name)'")
                }
                return status
            }
            let evidence = try EvidenceColumns.decode(edge.values, edge: id, format: "GEXF")
            let evidenceStatuses = list(edge.values["evidence_statuses"], " ")
            guard evidenceStatuses.count == evidence.count else {
                throw .invalid(format: "GEXF", reason: "edge '\(id)' has evidence columns of different lengths")
            }
            var byStatus: [Relation.Status: [Evidence]] = [:]
            for status in statuses { byStatus[status] = [] }
            for (item, name) in zip(evidence, evidenceStatuses) {
                guard let status = Relation.Status(rawValue: name) else {
                    throw .invalid(format: "GEXF", reason: "edge '\(id)' has unknown evidence status '\(name)'")
                }
                byStatus[status, default: []].append(item)
                documents.insert(item.source)
            }
            if byStatus.isEmpty { byStatus[.occurred] = [] }
            for (status, evidence) in byStatus {
                graph.add(Relation(kind: kind, source: source, target: target, status: status, evidence: evidence))
            }
        }
        for name in documents { graph.add(Document(name: name)) }
        return graph
    }

    private func list(_ value: String?, _ separator: String) -> [String] {
        EvidenceColumns.list(value, separator)
    }
}
