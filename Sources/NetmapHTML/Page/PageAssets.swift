/// The page's HTML, CSS and JavaScript, kept as raw-string literals in the files beside this
/// one (`PageAssets+Layout.swift`, `PageAssets+Style.swift`, `PageAssets+Script*.swift`), as
/// the language tables are: a moved binary still has them, and they compile in a moment.
///
/// The script is plain JavaScript written for this page, in parts that share one scope:
/// core (data and helpers), drawing (pan and zoom), filters, panel, search, tables, start.
enum PageAssets {
    /// The parts of the script in the order they run.
    static var script: String {
        [scriptCore, scriptDrawing, scriptFilters, scriptPanel, scriptSearch, scriptTables, scriptStart]
            .joined(separator: "\n")
    }
}
