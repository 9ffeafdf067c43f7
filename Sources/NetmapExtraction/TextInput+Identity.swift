import Foundation

/// The one place that names and dates documents and sources.
extension TextInput {
    /// The name of standard input as a document and as a source.
    public static let standardInput = "stdin"

    /// A file's document name and given date: its stem, and the `date` column of the
    /// `manifest.tsv` beside it.
    ///
    ///     TextInput.identity(ofFile: "sources/001.txt", manifest: manifest)  // ("001", "2025-08-14")
    static func identity(ofFile path: String, manifest: Manifest) -> (name: String, date: String?) {
        (TextFile.stem(path), manifest[TextFile.fileName(path)])
    }

    /// A JSON Lines record's document name and where it is: its `id`, else the input's stem
    /// (without `.jsonl` or `.jsonl.gz`) and the line number.
    ///
    ///     TextInput.identity(ofRecord: nil, input: "news.jsonl.gz", line: 17)  // ("news-17", "news.jsonl.gz line 17")
    static func identity(ofRecord id: String?, input: String, line: Int) -> (name: String, path: String) {
        (id ?? "\(TextFile.stem(TextFile.stem(input)))-\(line)", "\(input) line \(line)")
    }

    /// The name of a source in a comparison: `stdin` for `-`, a directory's own name, else the
    /// `name` the manifest beside the file gives it, else the file's stem.
    ///
    ///     TextInput.sourceName(of: "sources/001.txt")  // "guardian" with `001.txt  2025-08-14  guardian`
    public static func sourceName(of path: String) -> String {
        if path == "-" { return standardInput }
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory.boolValue { return URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent }
        let manifest = Manifest.load(directory: (path as NSString).deletingLastPathComponent)
        return manifest.records[TextFile.fileName(path)]?.name ?? TextFile.stem(path)
    }
}
