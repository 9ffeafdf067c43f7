/// How `extract` reads standard input (`-`) and the files named on its command line.
///
///     netmap extract --input-format jsonl -      # JSON Lines records from a pipe
///
/// `auto` goes by the name: `-` is text, `.jsonl` and `.jsonl.gz` are JSON Lines, `.html` a web
/// page, anything else text. `text` and `jsonl` read `-` and every named file so (a name ending
/// in `.gz` is still decompressed); files found in a directory always go by their names.
public enum InputFormat: String, CaseIterable, Sendable {
    case auto, text, jsonl
}
