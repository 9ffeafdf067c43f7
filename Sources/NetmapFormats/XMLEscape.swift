/// Escapes text for XML element content and attribute values.
///
/// `&`, `<`, `>`, `"` and `'` become entities, and characters that XML 1.0 forbids
/// (control characters other than tab, newline and carriage return; U+FFFE, U+FFFF) become
/// U+FFFD, so any name yields a well-formed document.
///
///     XMLEscape.escape("A & \"B\" <C>")  // "A &amp; &quot;B&quot; &lt;C&gt;"
public enum XMLEscape {
    public static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            switch c {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&apos;".unicodeScalars)
            case "\t", "\n", "\r": out.append(c)
            default:
                if c.value < 0x20 || c.value == 0xFFFE || c.value == 0xFFFF {
                    out.append("\u{FFFD}")
                } else {
                    out.append(c)
                }
            }
        }
        return String(out)
    }
}
