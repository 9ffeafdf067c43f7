import Foundation
import NetmapGraph
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Collects the nodes and edges of a GraphML document as it is parsed.
final class GraphMLReader: NSObject, XMLParserDelegate {
    private struct Element {
        var id: String
        var source: String?
        var target: String?
        var data: [String: String] = [:]
    }

    private var keyNames: [String: String] = [:]  // key id -> attr.name
    private var nodes: [Element] = []
    private var edges: [Element] = []
    private var current: Element?
    private var currentKey: String?
    private var text = ""
    private var depth = 0
    private(set) var sawGraphML = false
    private(set) var problem: FormatError?
    /// The first XML error: its code and line.
    private(set) var xmlError: (code: Int, line: Int)?

    /// Deeper nesting than this is refused: netmap's GraphML is four levels deep.
    static let maximumDepth = 64

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        depth += 1
        if depth > Self.maximumDepth {
            fail(.invalid(format: "GraphML", reason: "nesting deeper than \(Self.maximumDepth)"), parser)
            return
        }
        switch name {
        case "graphml": sawGraphML = true
        case "key":
            if let id = attributes["id"] { keyNames[id] = attributes["attr.name"] ?? id }
        case "node":
            guard let id = attributes["id"] else {
                return fail(.invalid(format: "GraphML", reason: "node without id at line \(parser.lineNumber)"), parser)
            }
            current = Element(id: id)
        case "edge":
            guard let source = attributes["source"], let target = attributes["target"] else {
                return fail(
                    .invalid(format: "GraphML", reason: "edge without source or target at line \(parser.lineNumber)"),
                    parser)
            }
            current = Element(id: attributes["id"] ?? "", source: source, target: target)
        case "data":
            currentKey = attributes["key"]
            text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if currentKey != nil { text += string }
    }

    func parser(
        _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
    ) {
        depth -= 1
        switch name {
        case "data":
            if let key = currentKey, current != nil {
                current!.data[keyNames[key] ?? key] = text
            }
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

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if xmlError == nil { xmlError = ((parseError as NSError).code, parser.lineNumber) }
    }

    private func fail(_ error: FormatError, _ parser: XMLParser) {
        if problem == nil { problem = error }
        parser.abortParsing()
    }

    func graph() throws(FormatError) -> Graph {
        var graph = Graph()
        var documents: Set<String> = []
        for node in nodes {
            guard let kindName = node.data["kind"], let kind = Entity.Kind(rawValue: kindName) else {
                throw .invalid(format: "GraphML", reason: "node '\(node.id)' has no netmap kind")
            }
            let sources = list(node.data["sources"], "; ")
            documents.formUnion(sources)
            graph.add(
                Entity(
                    kind: kind, label: node.data["label"] ?? node.id, id: node.id,
                    aliases: list(node.data["aliases"], "; "),
                    mentions: Int(node.data["mentions"] ?? "") ?? 1, sources: sources))
        }
        for edge in edges {
            guard let kindName = edge.data["kind"], let kind = Relation.Kind(rawValue: kindName) else {
                throw .invalid(format: "GraphML", reason: "edge '\(edge.id)' has no netmap relation kind")
            }
            guard let status = Relation.Status(rawValue: edge.data["status"] ?? "occurred") else {
                throw .invalid(format: "GraphML", reason: "edge '\(edge.id)' has unknown status")
            }
            for end in [edge.source!, edge.target!] where graph[entity: end] == nil {
                throw .invalid(format: "GraphML", reason: "edge '\(edge.id)' names unknown node '\(end)'")
            }
            let sentences = list(edge.data["evidence"], "\n")
            let sources = list(edge.data["evidence_sources"], "\n")
            let spans = list(edge.data["evidence_spans"], " ")
            let cues = list(edge.data["cues"], "\n")
            guard sources.count == sentences.count, spans.count == sentences.count,
                cues.count == sentences.count
            else {
                throw .invalid(format: "GraphML", reason: "edge '\(edge.id)' has evidence columns of different lengths")
            }
            var evidence: [Evidence] = []
            for k in sentences.indices {
                let span = spans[k].split(separator: "-").compactMap { Int($0) }
                guard span.count == 2 else {
                    throw .invalid(format: "GraphML", reason: "edge '\(edge.id)' has a bad span '\(spans[k])'")
                }
                evidence.append(
                    Evidence(source: sources[k], sentence: sentences[k], start: span[0], end: span[1], cue: cues[k]))
                documents.insert(sources[k])
            }
            graph.add(
                Relation(kind: kind, source: edge.source!, target: edge.target!, status: status, evidence: evidence))
        }
        for name in documents { graph.add(Document(name: name)) }
        return graph
    }

    private func list(_ value: String?, _ separator: String) -> [String] {
        guard let value, !value.isEmpty else { return [] }
        return value.components(separatedBy: separator)
    }
}
