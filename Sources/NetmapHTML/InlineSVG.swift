import Foundation

/// Graphviz's SVG made ready to stand inside an HTML page.
///
///     InlineSVG.make(svg)  // "<svg width=... viewBox=...>..."
///
/// The XML declaration, DOCTYPE and comments go (HTML has no use for them), and so do the
/// `<title>` elements Graphviz gives every node and edge: browsers show them as tooltips over
/// the page's own. Everything else is kept byte for byte; Graphviz has escaped every name in it.
enum InlineSVG {
    static func make(_ svg: Data) -> String {
        let text = String(decoding: svg, as: UTF8.self)
        guard let start = text.range(of: "<svg") else { return "" }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for line in text[start.lowerBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("<title>"), line.hasSuffix("</title>") { continue }
            if line.hasPrefix("<!--"), line.hasSuffix("-->") { continue }
            out += line
            out += "\n"
        }
        return out
    }
}
