import Foundation
import NetmapGraph

/// Collects the nodes and edges of a GraphML document as it is read.
struct GraphMLReader {
    private struct Element {
        var id: String
        var source: String?
        var target: String?
        var data = NameValues()
    }

    private var keyNames: [String: String] = [:]  // key id -> attr.name
    private var nodes: [Element] = []
    private var edges: [Element] = []
    private var current: Element?
    private var currentKey: String?
    private var text = ""
    private(set) var sawGraphML = false

    mutating func read(_ data: Data) throws(FormatError) {
        try XMLReader.read(Array(data), format: "GraphML") { (event) throws(FormatError) in
            switch event {
            case let .start(name, attributes): try start(name, attributes)
            case let .end(name): end(name)
            case let .text(string): if currentKey != nil { text += string }
            }
        }
    }

    private mutating func start(_ name: String, _ attributes: NameValues) throws(FormatError) {
        switch name {
        case "graphml": sawGraphML = true
        case "key":
            if let id = attributes["id"] { keyNames[id] = attributes["attr.name"] ?? id }
        case "node":
            guard let id = attributes["id"] else { throw .invalid(format: "GraphML", reason: "a node has no id") }
            current = Element(id: NameToken.decode(id))
        case "edge":
            guard let source = attributes["source"], let target = attributes["target"] else {
                throw .invalid(format: "GraphML", reason: "edge '\(attributes["id"] ?? "?")' has no source or target")
            }
            current = Element(
                id: attributes["id"] ?? "", source: NameToken.decode(source), target: NameToken.decode(target))
        case "data":
            currentKey = attributes["key"]
            text = ""
        default: break
        }
    }

    private mutating func end(_ name: String) {
        switch name {
        case "data":
            if let key = currentKey, current != nil { current!.data[keyNames[key] ?? key] = text }
            currentKey = nil
        case "node":
            if let element = current { nodes.append(element) }
            current = nil
        case "edge":
            if let element = current { edges.append(element) }
            current = nil
        default: break
        }
    }

    func graph() throws(FormatError) -> Graph {
        var graph = Graph()
        graph.reserveCapacity(entities: nodes.count, relations: edges.count)
        var documents: Set<String> = []
        for node in nodes {
            guard let kindName = node.data["kind"], let kind = Entity.Kind(rawValue: kindName) else {
                throw .invalid(format: "GraphML", reason: "node '\(node.id)' has no netmap kind")
            }
            let sources = ListColumn.split(node.data["sources"])
            documents.formUnion(sources)
            graph.add(
                Entity(
                    kind: kind, label: node.data["label"] ?? node.id, id: node.id,
                    aliases: ListColumn.split(node.data["aliases"]),
                    mentions: Int(node.data["mentions"] ?? "") ?? 1, sources: sources))
        }
        for edge in edges {
            guard let kindName = edge.data["kind"], let kind = Relation.Kind(rawValue: kindName) else {
                throw .invalid(format: "GraphML", reason: "edge '\(edge.id)' has no netmap relation kind")
            }
            guard let status = Relation.Status(rawValue: edge.data["status"] ?? "occurred") else {
                throw .invalid(format: "GraphML", reason: "edge '\(edge.id)' has unknown status")
            }
            for end in [edge.source!, edge.target!] where !graph.contains(entity: EntityID(end)) {
                throw .invalid(format: "GraphML", reason: "edge '\(edge.id)' names unknown node '\(end)'")
            }
            let evidence = try EvidenceColumns.decode(edge.data, edge: edge.id, format: "GraphML")
            documents.formUnion(evidence.map(\.source))
            graph.add(
                Relation(kind: kind, source: edge.source!, target: edge.target!, status: status, evidence: evidence))
        }
        for name in documents { graph.add(Document(name: name)) }
        return graph
    }

    private func list(_ value: String?, _ separator: String) -> [String] {
        EvidenceColumns.list(value, separator)
    }
}
