import CGraphviz
public import Foundation
public import NetmapFormats

extension Renderer {
    /// Draws `drawing`: lays out each part and the legend on its own, packs them into a
    /// picture of about a screen's shape with the legend beside (``Packing``), and renders the
    /// whole to `format`.
    ///
    ///     let png = try Renderer.render(DOTFormat.drawing(graph), engine: .auto, format: .png)
    ///
    /// `auto` picks the engine part by part (``resolve(_:part:)``).
    /// The legend is always laid out by `dot`. The packed picture is drawn by Graphviz's `nop2`
    /// engine, which keeps every position and edge route as given.
    ///
    /// - Throws: ``RenderError`` with Graphviz's own message.
    public static func render(_ drawing: DOTDrawing, engine: Engine, format: Format) throws(RenderError) -> Data {
        let result: Result<Data, RenderError> = locked { gvc in
            _ = agseterr(AGMAX)
            _ = agreseterrors()
            var laid: [GraphPointer] = []
            defer {
                for graph in laid.reversed() {
                    gvFreeLayout(gvc, graph)
                    agclose(graph)
                }
            }
            // The legend first: the largest part leaves room for it.
            var legendBox: Box? = nil
            if let legend = drawing.legend {
                guard let graph = legend.withCString({ agmemread($0) }) else { return .failure(.parse(lastError())) }
                switch layOut(graph, gvc: gvc, engine: .dot, entities: 0, beside: 0) {
                case let .success(box): legendBox = box
                case let .failure(error):
                    agclose(graph)
                    return .failure(error)
                }
                laid.append(graph)
            }
            var boxes: [Box] = []
            for (k, part) in drawing.parts.enumerated() {
                guard let graph = part.dot.withCString({ agmemread($0) }) else { return .failure(.parse(lastError())) }
                let chosen = resolve(engine, part: part, relations: Int(agnedges(graph)))
                let beside = k == 0 ? legendBox.map { $0.x1 - $0.x0 + Packing.gap } ?? 0 : 0
                switch layOut(graph, gvc: gvc, engine: chosen, entities: part.entities, beside: beside) {
                case let .success(box): boxes.append(box)
                case let .failure(error):
                    agclose(graph)
                    return .failure(error)
                }
                laid.append(graph)
            }
            let packing = Packing(
                parts: boxes.map { Packing.Size(w: $0.x1 - $0.x0, h: $0.y1 - $0.y0) },
                legend: legendBox.map { Packing.Size(w: $0.x1 - $0.x0, h: $0.y1 - $0.y0) })
            // Read so that its clusters (the legend's frame, the box of entities without
            // relations) keep the order they are copied in: see `Renderer+CreationOrder.swift`.
            guard let whole = readInCreationOrder(drawing.header) else { return .failure(.parse(lastError())) }
            defer { agclose(whole) }
            let origins = (legendBox == nil ? [] : [packing.legend!]) + packing.origins
            for (k, graph) in laid.enumerated() {
                let box = legendBox != nil && k == 0 ? legendBox! : boxes[k - (legendBox == nil ? 0 : 1)]
                // Graphviz's y grows upwards: the box's top edge goes to -origin.y.
                copy(graph, into: whole, dx: origins[k].x - box.x0, dy: -origins[k].y - box.y1)
            }
            guard gvLayout(gvc, whole, "nop2") == 0 else { return .failure(.layout(engine: "nop2", message: lastError())) }
            defer { gvFreeLayout(gvc, whole) }
            var buffer: UnsafeMutablePointer<CChar>? = nil
            var length: UInt32 = 0
            let status = gvRenderData(gvc, whole, format.rawValue, &buffer, &length)
            defer { if let buffer { gvFreeRenderData(buffer) } }
            guard status == 0, let buffer else { return .failure(.render(format: format.rawValue, message: lastError())) }
            return .success(Data(bytes: buffer, count: Int(length)))
        }
        return try result.get()
    }

    /// The engine for one part of `relations` edges under `engine`. For `auto`: `dot` for a
    /// part of at most five entities, and for a labelled one of at most ``autoLimit`` with
    /// 1.5 relations or more an entity (a dense part with parallel edges: `dot` keeps their
    /// labels apart); `neato` up to ``neatoLimit`` entities (a force layout keeps a sparse or
    /// large part round, where `dot` draws a hub's leaves as rows thousands of points wide);
    /// `sfdp` above.
    static func resolve(_ engine: Engine, part: DOTDrawing.Part, relations: Int) -> Engine {
        guard engine == .auto else { return engine }
        if part.entities <= 5 { return .dot }
        if part.labelled, part.entities <= autoLimit, relations * 2 >= part.entities * 3 { return .dot }
        return part.entities <= neatoLimit ? .neato : .sfdp
    }

    /// A `dot` part wider than this (width over height, with what stands beside it) is laid
    /// out again stretched to it.
    static let widest = 1.6

    /// Lays out `graph` and writes the layout into its attributes; returns its bounding box.
    /// A `dot` layout of six entities or more that comes out wider than ``widest``, with
    /// `beside` points beside it (the legend, beside the largest part), is laid out again with
    /// its ranks spread to that shape (Graphviz's `ratio`): the air goes between ranks, where
    /// parallel edges and their labels crowd.
    private static func layOut(_ graph: GraphPointer, gvc: OpaquePointer, engine: Engine, entities: Int, beside: Double)
        -> Result<Box, RenderError>
    {
        prepare(graph, engine: engine, entities: entities)
        var box = Box(x0: 0, y0: 0, x1: 0, y1: 0)
        for attempt in 0..<2 {
            guard gvLayout(gvc, graph, engine.rawValue) == 0 else {
                return .failure(.layout(engine: engine.rawValue, message: lastError()))
            }
            // Rendering to DOT writes the layout into the graph's attributes (pos, lp, bb).
            var buffer: UnsafeMutablePointer<CChar>? = nil
            var length: UInt32 = 0
            let status = gvRenderData(gvc, graph, "dot", &buffer, &length)
            if let buffer { gvFreeRenderData(buffer) }
            guard status == 0 else {
                gvFreeLayout(gvc, graph)
                return .failure(.render(format: "dot", message: lastError()))
            }
            box = Box(get(graph, "bb")) ?? box
            let w = box.x1 - box.x0, h = box.y1 - box.y0
            guard attempt == 0, engine == .dot, entities >= 6, w + beside > widest * h else { break }
            gvFreeLayout(gvc, graph)
            set(graph, "ratio", String(format: "%.3f", (w + beside) / (widest * w)))
        }
        return .success(box)
    }

    /// Parts with more entities than this are laid out by `sfdp` under `auto`.
    public static let neatoLimit = 1_000

    /// Settings that depend on the engine: force-directed layouts of many entities draw
    /// straight edges (routing curves around nodes takes them minutes).
    private static func prepare(_ graph: GraphPointer, engine: Engine, entities: Int) {
        if engine != .dot, entities > autoLimit { set(graph, "splines", "line") }
    }

    /// A bounding box, `x0,y0,x1,y1` in points.
    struct Box {
        var x0, y0, x1, y1: Double

        init(x0: Double, y0: Double, x1: Double, y1: Double) {
            (self.x0, self.y0, self.x1, self.y1) = (x0, y0, x1, y1)
        }

        init?(_ text: String?) {
            guard let numbers = text?.split(separator: ",").compactMap({ Double($0) }), numbers.count == 4 else { return nil }
            (x0, y0, x1, y1) = (numbers[0], numbers[1], numbers[2], numbers[3])
        }
    }
}
