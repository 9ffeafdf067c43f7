/// A list of names in one GraphML or GEXF column (aliases, sources): items separated by `; `,
/// with a `;` or `\` inside an item written `\;` or `\\`, so that any name comes back whole.
///
///     ListColumn.join(["Kyiv", "Kiev; old"])  // "Kyiv; Kiev\\; old"
///     ListColumn.split("Kyiv; Kiev\\; old")   // ["Kyiv", "Kiev; old"]
///
/// Names without `;` or `\` read as plain text in Gephi and Cytoscape.
enum ListColumn {
    static func join(_ items: [String]) -> String {
        items.map { item in
            guard item.contains(where: { $0 == ";" || $0 == "\\" }) else { return item }
            var out = ""
            for c in item.unicodeScalars {
                if c == ";" || c == "\\" { out.unicodeScalars.append("\\") }
                out.unicodeScalars.append(c)
            }
            return out
        }.joined(separator: "; ")
    }

    /// The items of `value`; an empty or missing value is no items. A bare `;` (from another
    /// tool) also separates, and the one space after it is dropped.
    static func split(_ value: String?) -> [String] {
        guard let value, !value.isEmpty else { return [] }
        var items: [String] = []
        var item = String.UnicodeScalarView()
        var scalars = value.unicodeScalars.makeIterator()
        var skipSpace = false
        while let c = scalars.next() {
            if skipSpace {
                skipSpace = false
                if c == " " { continue }
            }
            switch c {
            case "\\":
                if let next = scalars.next() { item.append(next) } else { item.append(c) }
            case ";":
                items.append(String(item))
                item = String.UnicodeScalarView()
                skipSpace = true
            default:
                item.append(c)
            }
        }
        items.append(String(item))
        return items
    }
}
