import CGraphviz
import Foundation

/// Copying a laid-out graph into another, moved by an offset: its nodes, edges and clusters
/// with all their attributes, and every position Graphviz wrote moved along.
extension Renderer {
    typealias GraphPointer = UnsafeMutablePointer<Agraph_t>

    /// The attributes that hold positions, by object kind.
    private static let positions: [Int32: Set<String>] = [
        AGRAPH: ["bb", "lp"], AGNODE: ["pos", "xlp"], AGEDGE: ["pos", "lp", "xlp", "head_lp", "tail_lp"],
    ]

    /// Copies `part` into `whole`, every position moved by (`dx`, `dy`) points.
    static func copy(_ part: GraphPointer, into whole: GraphPointer, dx: Double, dy: Double) {
        for kind in [AGRAPH, AGNODE, AGEDGE] { declare(kind, of: part, in: whole) }
        var node = agfstnode(part)
        while let n = node {
            let copy = agnode(whole, agnameof(UnsafeMutableRawPointer(n)), 1)!
            copyAttributes(n, part, to: copy, whole, kind: AGNODE, dx: dx, dy: dy)
            node = agnxtnode(part, n)
        }
        node = agfstnode(part)
        while let n = node {
            var edge = agfstout(part, n)
            while let e = edge {
                // An out-edge of n: its tail is n, its head the edge's `node`.
                let tail = agnode(whole, agnameof(UnsafeMutableRawPointer(n)), 0)!
                let head = agnode(whole, agnameof(UnsafeMutableRawPointer(e.pointee.node)), 0)!
                let copy = agedge(whole, tail, head, nil, 1)!
                copyAttributes(e, part, to: copy, whole, kind: AGEDGE, dx: dx, dy: dy)
                edge = agnxtout(part, e)
            }
            node = agnxtnode(part, n)
        }
        // Clusters, with their frames and titles.
        var sub = agfstsubg(part)
        while let s = sub {
            if let name = agnameof(UnsafeMutableRawPointer(s)), String(cString: name).hasPrefix("cluster") {
                let copy = agsubg(whole, name, 1)!
                copyAttributes(s, part, to: copy, whole, kind: AGRAPH, dx: dx, dy: dy)
                var member = agfstnode(s)
                while let m = member {
                    if let target = agnode(whole, agnameof(UnsafeMutableRawPointer(m)), 0) { _ = agsubnode(copy, target, 1) }
                    member = agnxtnode(s, m)
                }
            }
            sub = agnxtsubg(s)
        }
    }

    /// Declares in `whole` every attribute of `kind` that `part` declares, with an empty default.
    private static func declare(_ kind: Int32, of part: GraphPointer, in whole: GraphPointer) {
        var symbol = agnxtattr(part, kind, nil)
        while let s = symbol {
            if agattr(whole, kind, s.pointee.name, nil) == nil {
                _ = withC("") { agattr(whole, kind, s.pointee.name, $0) }
            }
            symbol = agnxtattr(part, kind, s)
        }
    }

    /// Sets on `copy` every attribute of `kind` that `object` has, moving positions.
    private static func copyAttributes<T, U>(
        _ object: UnsafeMutablePointer<T>, _ part: GraphPointer, to copy: UnsafeMutablePointer<U>, _ whole: GraphPointer,
        kind: Int32, dx: Double, dy: Double
    ) {
        var symbol = agnxtattr(part, kind, nil)
        while let s = symbol {
            defer { symbol = agnxtattr(part, kind, s) }
            guard let target = agattr(whole, kind, s.pointee.name, nil), let value = agxget(object, s) else { continue }
            let name = String(cString: s.pointee.name)
            if positions[kind]!.contains(name) {
                let moved = move(String(cString: value), dx: dx, dy: dy)
                _ = withC(moved) { agxset(copy, target, $0) }
            } else if aghtmlstr(value) != 0 {
                // An HTML-like label stays one: agxset would store it as plain text.
                let html = agstrdup_html(whole, value)
                _ = agxset(copy, target, html)
                agstrfree(whole, html)
            } else {
                _ = agxset(copy, target, value)
            }
        }
    }

    /// A position attribute moved by (`dx`, `dy`): `x,y` points and boxes, with the `e,` and
    /// `s,` marks of an edge's arrow ends kept.
    static func move(_ value: String, dx: Double, dy: Double) -> String {
        guard !value.isEmpty else { return value }
        return value.split(separator: " ").map { item -> String in
            var mark = ""
            var rest = Substring(item)
            if rest.hasPrefix("e,") || rest.hasPrefix("s,") {
                mark = String(rest.prefix(2))
                rest = rest.dropFirst(2)
            }
            let numbers = rest.split(separator: ",", omittingEmptySubsequences: false).map { Double($0) }
            guard numbers.count >= 2, numbers.allSatisfy({ $0 != nil }) else { return String(item) }
            let moved = numbers.enumerated().map { k, n in n! + (k % 2 == 0 ? dx : dy) }
            return mark + moved.map(number).joined(separator: ",")
        }.joined(separator: " ")
    }

    /// Two decimals at most, no trailing zeros.
    private static func number(_ value: Double) -> String {
        let text = String(format: "%.2f", value)
        var trimmed = Substring(text)
        while trimmed.hasSuffix("0") { trimmed = trimmed.dropLast() }
        if trimmed.hasSuffix(".") { trimmed = trimmed.dropLast() }
        return trimmed == "-0" ? "0" : String(trimmed)
    }

    /// An attribute of a graph, node or edge; nil when it is not declared.
    static func get<T>(_ object: UnsafeMutablePointer<T>, _ name: String) -> String? {
        withC(name) { agget(object, $0) }.map { String(cString: $0) }
    }

    /// Sets an attribute of a graph, declaring it when needed.
    static func set(_ graph: GraphPointer, _ name: String, _ value: String) {
        _ = withC(name) { n in withC(value) { v in withC("") { agsafeset(graph, n, v, $0) } } }
    }

    /// Runs `body` with a mutable C copy of `text` (cgraph takes `char *` where it only reads).
    static func withC<R>(_ text: String, _ body: (UnsafeMutablePointer<CChar>) -> R) -> R {
        var bytes = Array(text.utf8CString)
        return bytes.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
    }
}
