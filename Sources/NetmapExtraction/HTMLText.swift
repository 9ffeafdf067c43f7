import CLibXML2
public import Foundation

/// The article text of a web page, read with libxml2's HTML parser (which repairs broken
/// markup as browsers do).
///
///     let text = HTMLText.text(of: Data("<p>Macron met <b>Scholz</b>.</p><script>x()</script>".utf8))
///     // "Macron met Scholz."
///
/// - What is kept: the text of `<main>` or, when the page has exactly one, `<article>`, else of
///   `<body>`; each block (paragraph, heading, list item, table cell, quotation, `<br>`) on
///   its own line with a blank line between blocks; white space inside a block folded to
///   single spaces, as a browser shows it (`<pre>` keeps its own).
/// - What is dropped: `<head>`, scripts, styles, navigation, headers and footers, asides,
///   forms, figures with their captions, embedded frames and drawings, templates, and
///   comments.
/// - Encoding: UTF-8 when the bytes are valid UTF-8, else what the page declares.
///
/// Evidence spans of a page count Unicode scalars of this text, not of the HTML file.
public enum HTMLText {
    /// Elements whose content is not article text.
    static let dropped: Set<String> = [
        "head", "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button",
        "select", "textarea", "iframe", "svg", "math", "template", "figure", "canvas", "object",
        "embed", "video", "audio", "menu", "dialog",
    ]

    /// Elements that make a block of their own (HTML's block-level and table elements).
    static let blocks: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "div",
        "section", "article", "main", "td", "th", "tr", "table", "ul", "ol", "dl", "address",
        "caption", "summary", "details", "hr", "body", "title",
    ]

    /// The article text of `data`, an HTML document; empty when it holds none.
    ///
    /// - Complexity: O(n) in the size of the page.
    public static func text(of data: Data) -> String {
        let utf8 = String(data: data, encoding: .utf8) != nil
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue)
        let document = data.withUnsafeBytes { bytes -> htmlDocPtr? in
            guard let base = bytes.baseAddress else { return nil }
            return htmlReadMemory(
                base.assumingMemoryBound(to: CChar.self), Int32(clamping: bytes.count), nil, utf8 ? "UTF-8" : nil, options)
        }
        guard let document else { return "" }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return "" }
        var writer = BlockWriter()
        writer.walk(articleRoot(root) ?? root, preformatted: false)
        return writer.finish()
    }

    /// `<main>`, else the one `<article>`, else `<body>`.
    private static func articleRoot(_ root: xmlNodePtr) -> xmlNodePtr? {
        var main: xmlNodePtr?
        var articles: [xmlNodePtr] = []
        var body: xmlNodePtr?
        func visit(_ node: xmlNodePtr) {
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE {
                    let name = Self.name(current)
                    if name == "main", main == nil { main = current }
                    if name == "article" { articles.append(current) }
                    if name == "body", body == nil { body = current }
                    if !dropped.contains(name) { visit(current) }
                }
                child = current.pointee.next
            }
        }
        visit(root)
        return main ?? (articles.count == 1 ? articles[0] : nil) ?? body
    }

    static func name(_ node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// Collects text into blocks separated by blank lines.
    struct BlockWriter {
        private var blocks: [String] = []
        private var current = ""
        private var pendingSpace = false

        mutating func walk(_ node: xmlNodePtr, preformatted: Bool) {
            var child = node.pointee.children
            while let current = child {
                switch current.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = current.pointee.content {
                        add(String(cString: content), preformatted: preformatted)
                    }
                case XML_ELEMENT_NODE:
                    let name = HTMLText.name(current)
                    if HTMLText.dropped.contains(name) { break }
                    if name == "br" {
                        endBlock()
                    } else if HTMLText.blocks.contains(name) {
                        endBlock()
                        walk(current, preformatted: preformatted || name == "pre")
                        endBlock()
                    } else {
                        walk(current, preformatted: preformatted)
                    }
                default:
                    break
                }
                child = current.pointee.next
            }
        }

        private mutating func add(_ text: String, preformatted: Bool) {
            if preformatted {
                current += text
                return
            }
            for c in text.unicodeScalars {
                if c.properties.isWhitespace && c != "\u{00A0}" {
                    pendingSpace = !current.isEmpty
                } else {
                    if pendingSpace { current += " " }
                    pendingSpace = false
                    current.unicodeScalars.append(c)
                }
            }
        }

        private mutating func endBlock() {
            let block = current.trimmingCharacters(in: .whitespacesAndNewlines)
            if !block.isEmpty { blocks.append(block) }
            current = ""
            pendingSpace = false
        }

        mutating func finish() -> String {
            endBlock()
            return blocks.joined(separator: "\n\n")
        }
    }
}
