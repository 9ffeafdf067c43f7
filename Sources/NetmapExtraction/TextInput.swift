/// A text to extract from, as ``DocumentStream`` reads it: the first stage of a document,
/// before the passes make it a ``TextDocument`` and ``Extractor`` a graph with its
/// `NetmapGraph.Document` record.
///
///     TextInput(name: "001", path: "sources/001.txt", text: "Macron met Scholz.", date: "2025-08-14")
///
/// Names and given dates are decided in one place (`TextInput+Identity.swift`): a file is named
/// by its stem and dated by the `date` column of `manifest.tsv` beside it; a JSON Lines record
/// by its `id` (else `FILE-LINE`) and its `date` field; standard input is `stdin`, undated.
/// The date the graph records then follows one precedence, applied by the passes
/// (`DocumentDater`): a full given date (made `YYYY-MM-DD`), else the first part's dateline
/// (with the given date's year when the dateline has none), else the given date as written,
/// else, for an undated text, a date in its first lines.
public struct TextInput: Sendable {
    /// The document's name: the `source` of its evidence and of its entities.
    public var name: String
    /// Where it came from, for messages: a path, `stdin`, or `FILE line N`.
    public var path: String
    public var text: String
    /// The date given with the text (manifest, JSON Lines `date`), as written.
    public var date: String?
    /// Where the text starts in its document, in Unicode scalars: 0, or more for the parts
    /// of a long file (``TextParts``).
    public var offset: Int
    /// Whether this is a later part of the document of the input before it.
    public var continues: Bool

    public init(name: String, path: String, text: String, date: String? = nil, offset: Int = 0, continues: Bool = false) {
        self.name = name
        self.path = path
        self.text = text
        self.date = date
        self.offset = offset
        self.continues = continues
    }
}
