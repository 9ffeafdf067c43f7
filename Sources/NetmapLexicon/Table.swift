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
        // Parsed on UTF-8 bytes: the built-in tables hold thousands of rows and are parsed at
        // every start.
        let bytes = Array(text.utf8)
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            lineNumber += 1
            defer { lineStart = lineEnd + 1 }
            let line = Self.trim(bytes, lineStart..<lineEnd)
            if line.isEmpty || bytes[line.lowerBound] == 0x23 { continue }  // '#'
            var cells: [String] = []
            var cellStart = line.lowerBound
            for k in line.lowerBound...line.upperBound where k == line.upperBound || bytes[k] == 0x7C {  // '|'
                let cell = Self.trim(bytes, cellStart..<k)
                cells.append(String(decoding: bytes[cell], as: UTF8.self))
                cellStart = k + 1
            }
            let lineText = String(decoding: bytes[line], as: UTF8.self)
            guard cells.count == columns else {
                throw .badRow(table: name, line: lineNumber, text: lineText, expected: columns, found: cells.count)
            }
            if cells[0].isEmpty {
                throw .emptyKey(table: name, line: lineNumber, text: lineText)
            }
            rows.append(Row(line: lineNumber, cells: cells))
        }
        self.rows = rows
    }

    /// `range` without the spaces, tabs and carriage returns at its ends.
    static func trim(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// Splits a list cell on `;`, trimming each item and dropping empty ones.
    public static func list(_ cell: String) -> [String] {
        let bytes = Array(cell.utf8)
        var items: [String] = []
        var start = 0
        for k in 0...bytes.count where k == bytes.count || bytes[k] == 0x3B {  // ';'
            let item = trim(bytes, start..<k)
            if !item.isEmpty { items.append(String(decoding: bytes[item], as: UTF8.self)) }
            start = k + 1
        }
        return items
    }
}
