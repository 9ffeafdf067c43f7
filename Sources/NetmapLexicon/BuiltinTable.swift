/// The language data compiled into netmap, one raw-string table per file in `Data/`.
///
/// Tables are Swift string literals so that a moved binary still has them; they are parsed
/// once, by the same parser that reads a user's `--lexicon` file.
public enum BuiltinTable {}
