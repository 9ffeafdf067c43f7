public import NetmapGraph

/// Two CSV tables with the headers of Gephi's spreadsheet import (`Id`, `Label` for nodes;
/// `Source`, `Target`, `Type`, `Id`, `Label`, `Weight` for edges), then netmap's own columns.
///
/// RFC 4180: fields with commas, quotes or line breaks are quoted, lines end in CRLF. A field
/// that starts with `=`, `+`, `-` or `@` gets a leading `'`, so that spreadsheets do not run it
/// as a formula. An edge of a symmetric kind (`met`, `allied_with`, `at_war_with`) is
/// `Undirected`, any other `Directed`; `Symmetric` says the same for tools that do not read
/// `Type`. Each status of a pair is its own row (`Status`, `Id`): netmap counts a pair as one
/// relation, so a pair both planned and occurred is one relation in two rows.
public enum CSVFormat {
    public static func nodes(_ graph: Graph) -> String {
        var out = row(["Id", "Label", "Kind", "Aliases", "Mentions", "Sources"])
        for e in graph.entities {
            out += row([e.id.rawValue, e.label, e.kind.rawValue, e.aliases.joined(separator: "; "), String(e.mentions), e.sources.joined(separator: "; ")])
        }
        return out
    }

    public static func edges(_ graph: Graph) -> String {
        var out = row(["Source", "Target", "Type", "Id", "Label", "Weight", "Kind", "Status", "Symmetric", "Sources", "Evidence"])
        for r in graph.relations {
            out += row([
                r.source.rawValue, r.target.rawValue, r.isSymmetric ? "Undirected" : "Directed", r.id, r.kind.rawValue, "\(r.weight).0", r.kind.rawValue, r.status.rawValue,
                r.isSymmetric ? "true" : "false", r.sources.joined(separator: "; "),
                r.evidence.map { "\($0.source): \($0.sentence)" }.joined(separator: "\n"),
            ])
        }
        return out
    }

    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One RFC 4180 field, defused against spreadsheet formulas.
    public static func field(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return value }
        var quoted = "\""
        for c in value { quoted += c == "\"" ? "\"\"" : String(c) }
        return quoted + "\""
    }
}
