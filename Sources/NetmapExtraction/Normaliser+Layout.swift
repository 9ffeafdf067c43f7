import NetmapLexicon

extension Normaliser {
    /// One line of the given text and what the layout decision reads from it.
    struct Line {
        /// Offsets of the line's first scalar and of its line break (or the text's end).
        var start: Int
        var end: Int
        /// The first and just past the last scalar that is not white space.
        var textStart: Int
        var textEnd: Int
        var isBlank: Bool { textStart >= textEnd }
        var width: Int { textEnd - textStart }
        /// It starts with white space: wire copy indents its paragraphs.
        var isIndented = false
        /// It opens with a lone mark and a space (`•`, `*`, `-`, `&`, `1.`): a list item.
        var opensWithMark = false
        /// It ends with closing punctuation (`.`, `?`, `!`, `:`, `;`, a closing quote or bracket).
        var endsClosed = false
        /// The offset of a hyphen that ends it right after a letter.
        var hyphen: Int?

        static func lines(of s: [Unicode.Scalar]) -> [Line] {
            var lines: [Line] = []
            var start = 0
            for i in 0...s.count where i == s.count || s[i] == "\n" {
                lines.append(Line(s, start..<i))
                start = i + 1
            }
            return lines
        }

        init(_ s: [Unicode.Scalar], _ range: Range<Int>) {
            start = range.lowerBound
            end = range.upperBound
            var a = start
            while a < end, Self.isSpace(s[a]) || Self.isEscapedTab(s, a) { a += Self.isEscapedTab(s, a) ? 2 : 1 }
            var b = end
            while b > a, Self.isSpace(s[b - 1]) { b -= 1 }
            textStart = a
            textEnd = b
            guard a < b else { return }
            isIndented = a > start
            let first = s[a]
            if ["•", "·", "*", "-", "–", "—", "&", "▪", "◦"].contains(first), a + 1 < b,
                Self.isSpace(s[a + 1]) || Self.isEscapedTab(s, a + 1)
            {
                opensWithMark = true
            } else if ("0"..."9").contains(first) {
                var k = a
                while k < b, ("0"..."9").contains(s[k]) { k += 1 }
                opensWithMark = k - a <= 2 && k + 1 < b && (s[k] == "." || s[k] == ")") && s[k + 1] == " "
            }
            let last = s[b - 1]
            endsClosed = [".", "?", "!", ":", ";", "\"", "”", "’", "'", ")", "]", "…", "»"].contains(last)
            if last == "-" || last == "\u{2010}", b - 2 >= a, Normaliser.isLetter(s[b - 2]) {
                hyphen = b - 1
            }
        }

        static func isSpace(_ c: Unicode.Scalar) -> Bool {
            c == " " || c == "\t" || c == "\r" || (c.value >= 0x80 && c.properties.isWhitespace)
        }

        /// A literal `\t` at `i` (see ``Normaliser/isEscapedSpace(_:at:)``).
        static func isEscapedTab(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
            s[i] == "\\" && i + 1 < s.count && s[i + 1] == "t" && Normaliser.isEscapedSpace(s, at: i)
        }
    }

    /// How a line break is read.
    enum Join {
        /// It is a space inside a paragraph.
        case space
        /// It follows a word cut by the hyphen at this offset.
        case hyphen(Int)
    }

    /// The document's layout: whether its lines are wrapped, and how wide a full line is.
    struct Layout {
        var isWrapped = false
        /// Lines at least this wide are full lines of wrapped text.
        var fullWidth = Int.max

        init(lines: [Line], scalars: [Unicode.Scalar]) {
            let widths = lines.filter { !$0.isBlank }.map(\.width).sorted()
            guard widths.count >= 3 else { return }
            fullWidth = max(1, widths[(widths.count - 1) * 9 / 10] / 2)
            var pairs = 0
            var wrappedPairs = 0
            var evidence = 0
            var narrowest = Int.max
            var widest = 0
            for (line, next) in zip(lines, lines.dropFirst()) where !line.isBlank && !next.isBlank {
                pairs += 1
                let cut = line.hyphen != nil && next.textStart < next.textEnd
                    && scalars[next.textStart].isLowercase
                if cut {
                    wrappedPairs += 1
                    evidence += 2
                } else if line.width >= fullWidth && !line.endsClosed {
                    wrappedPairs += 1
                    evidence += 1
                    narrowest = min(narrowest, line.width)
                    widest = max(widest, line.width)
                }
            }
            // A word cut at a line end says more than a line without closing punctuation,
            // which a caption or a "Read more" link also is; two such lines of one width, and
            // nothing else, are a short wrapped paragraph.
            let even = wrappedPairs == pairs && widest > 0 && widest * 4 <= narrowest * 5
            isWrapped = (evidence >= 3 || (evidence == 2 && even)) && wrappedPairs * 2 >= pairs
        }

        /// How the break between `line` and `next` is read; nil when it ends a block.
        func join(after line: Line, next: Line, scalars s: [Unicode.Scalar]) -> Join? {
            guard !line.isBlank, !next.isBlank, !next.isIndented, !next.opensWithMark else { return nil }
            let full = isWrapped && line.width >= fullWidth
            if let hyphen = line.hyphen, Normaliser.isLetter(s[next.textStart]) {
                if full || s[next.textStart].isLowercase { return .hyphen(hyphen) }
            }
            return full ? .space : nil
        }
    }
}
