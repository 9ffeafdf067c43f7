public import Foundation
import NetmapFormats

/// One self-contained HTML file: the drawing as inline SVG, the graph as data, and the script
/// and style that make them a page. Nothing is fetched: no script, style, font or image from
/// elsewhere, and a Content-Security-Policy that forbids it and runs only the page's own script.
///
///     let view = HTMLView(graph: graph, title: "alaska-2025")
///     let drawing = HTMLDrawing(view)
///     let svg = try Renderer.render(dot: drawing.dot, engine: .auto, format: .svg, nodes: drawing.entityCount)
///     try HTMLPage.encode(view, drawing: drawing, svg: svg).write(to: url)
///
/// Text from the graph reaches the page only as escaped JSON (``ScriptJSON``), as text that
/// Graphviz escaped inside the SVG, and as the escaped title; the script puts text into the
/// page with `textContent`, never as markup. The same view gives the same bytes.
public enum HTMLPage {
    /// - Parameters:
    ///   - svg: Graphviz's SVG of `drawing.dot`, or nil when there is nothing to draw.
    public static func encode(_ view: HTMLView, drawing: HTMLDrawing, svg: Data?) -> Data {
        let script = PageAssets.script
        let values: [String: [UInt8]] = [
            "title": Array(XMLEscape.escape(view.title.isEmpty ? "netmap" : view.title).utf8),
            "script-hash": Array(SHA256.base64(Array(script.utf8)).utf8),
            "style": Array(PageAssets.style.utf8),
            "svg": Array((svg.map(InlineSVG.make) ?? "").utf8),
            "data": PageData.encode(view, drawing: drawing),
            "script": Array(script.utf8),
        ]
        return Data(fill(PageAssets.layout, values))
    }

    /// `template` with every `<!--netmap:NAME-->` replaced by `values[NAME]`. Values are never
    /// read for markers themselves.
    static func fill(_ template: String, _ values: [String: [UInt8]]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(values.values.reduce(template.utf8.count) { $0 + $1.count })
        let marker = "<!--netmap:"
        var rest = Substring(template)
        while let open = rest.range(of: marker) {
            out.append(contentsOf: rest[..<open.lowerBound].utf8)
            let after = rest[open.upperBound...]
            guard let close = after.range(of: "-->") else { break }
            let name = String(after[..<close.lowerBound])
            out.append(contentsOf: values[name] ?? [])
            rest = after[close.upperBound...]
        }
        out.append(contentsOf: rest.utf8)
        return out
    }
}
