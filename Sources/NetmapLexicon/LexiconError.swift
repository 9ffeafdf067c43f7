/// What can be wrong with a language-data table.
public enum LexiconError: Error, Equatable, CustomStringConvertible {
    case badRow(table: String, line: Int, text: String, expected: Int, found: Int)
    case emptyKey(table: String, line: Int, text: String)
    case badValue(table: String, line: Int, text: String, reason: String)
    case unknownTable(name: String)

    public var description: String {
        switch self {
        case let .badRow(table, line, text, expected, found):
            "\(table) table line \(line): expected \(expected) columns, found \(found): \(text)"
        case let .emptyKey(table, line, text):
            "\(table) table line \(line): the first column is empty: \(text)"
        case let .badValue(table, line, text, reason):
            "\(table) table line \(line): \(reason): \(text)"
        case let .unknownTable(name):
            "unknown table '\(name)': expected one of \(Lexicon.tableNames.joined(separator: ", "))"
        }
    }
}
