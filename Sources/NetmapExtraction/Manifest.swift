import Foundation

/// `manifest.tsv` beside the texts: a header row naming the columns (`file`, `date`, `name`,
/// and any others), then one row per file.
///
///     file<TAB>date<TAB>name
///     001.txt<TAB>2025-08-14<TAB>guardian
public struct Manifest {
    public struct Record {
        public var date: String?
        public var name: String?
    }

    public var records: [String: Record] = [:]

    public subscript(file: String) -> String? { records[file]?.date }

    public static func load(directory: String) -> Manifest {
        let path = (directory as NSString).appendingPathComponent("manifest.tsv")
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return Manifest()
        }
        var manifest = Manifest()
        var columns: [String: Int] = ["file": 0, "date": 1]
        for line in text.split(separator: "\n") {
            var cells = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            if let first = cells.first, first.hasPrefix("#") {
                cells[0] = first.drop { $0 == "#" || $0 == " " }.description
                if cells[0] == "file" {
                    columns = Dictionary(cells.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
                }
                continue
            }
            if cells.first == "file" {
                columns = Dictionary(cells.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
                continue
            }
            func cell(_ name: String) -> String? {
                guard let index = columns[name], index < cells.count, !cells[index].isEmpty else { return nil }
                return cells[index]
            }
            guard let file = cell("file") else { continue }
            manifest.records[file] = Record(date: cell("date"), name: cell("name"))
        }
        return manifest
    }
}
