/// A parsed language-data table: aligned, `|`-separated rows with `#` comments.
///
///     # id     | label  | aliases
///     russia   | Russia | Russian Federation; RF
///
/// Cells are trimmed; a cell may hold a `;`-separated list (see ``Table/list(_:)``).
public struct Table: Sendable {
    /// One data row with the line it came from.
    public struct Row: Sendable {
        public var line: Int
        public var cells: [String]

        public subscript(_ column: Int) -> String { cells[column] }
    }

    public var name: String
    public var rows: [Row]

    /// Parses `text`, requiring `columns` cells in every row.
    ///
    /// - Throws: ``LexiconError/badRow(table:line:text:expected:found:)`` naming the table,
    ///   the line and its text when a row has the wrong number of cells.
    public init(name: String, text: String, columns: Int) throws(LexiconError) {
        self.name = name
        var rows: [Row] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { String($0.trimmingWhitespace()) }
            guard cells.count == columns else {
                throw .badRow(
                    table: name, line: lineNumber, text: String(line),
                    expected: columns, found: cells.count)
            }
            if cells[0].isEmpty {
                throw .emptyKey(table: name, line: lineNumber, text: String(line))
            }
            rows.append(Row(line: lineNumber, cells: cells))
        }
        self.rows = rows
    }

    /// Splits a list cell on `;`, trimming each item and dropping empty ones.
    public static func list(_ cell: String) -> [String] {
        cell.split(separator: ";").map { String($0.trimmingWhitespace()) }.filter { !$0.isEmpty }
    }
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        var s = self
        while let first = s.first, first.isWhitespace { s.removeFirst() }
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return s
    }
}
