import NetmapLexicon

/// A gold tree carried over onto other tokens of the same text (netmap's, or another parser's),
/// so that a parser can be trained and scored on the tokens it will see.
///
/// Tokens and gold words are grouped where their character spans overlap. In a group, the
/// first token takes the tag, lemma and relation of the group's head word (the word whose head
/// lies outside the group), and its head is the first token of the group holding that word's
/// head; further tokens of the group attach to the first as `goeswith` (UD's relation for the
/// pieces of one word). "search-engine" is three EWT words and one netmap token; "a.m." is one
/// EWT word and four netmap tokens.
package struct Projection: Sendable {
    package struct Target: Sendable {
        package var upos: String
        package var feats: String
        package var lemma: String
        /// 0 for the root, else the 1-based index of the head token.
        package var head: Int
        package var relation: String
    }

    /// One target per token.
    package var targets: [Target]
    /// Per token, whether its group is one token and one word (the unit of strict word scores).
    package var oneToOne: [Bool]
    /// Per token, whether it is the first token of a group that holds a gold word: the tokens
    /// that carry the gold tree (the others are `goeswith` pieces or cover no word).
    package var leads: [Bool]
    /// Per token, the gold word of its one-to-one group (0-based), else nil.
    package var word: [Int?]
    /// The number of gold words.
    package var goldWords: Int

    /// Spans of the gold words in the sentence text, in Unicode scalars.
    package static func spans(_ sentence: Treebank.Sentence) -> [Range<Int>] {
        let text = Array(sentence.text.unicodeScalars)
        var spans = [Range<Int>](repeating: 0..<0, count: sentence.words.count)
        var pos = 0
        func locate(_ form: String) -> Range<Int> {
            let f = Array(form.unicodeScalars)
            while pos < text.count, text[pos].properties.isWhitespace { pos += 1 }
            // The form where it is expected, or a little further on.
            for start in pos..<min(text.count, pos + 8) + 1 where start + f.count <= text.count {
                if Array(text[start..<start + f.count]) == f {
                    pos = start + f.count
                    return start..<pos
                }
            }
            let start = pos
            pos = min(text.count, pos + max(1, f.count))
            return start..<pos
        }
        var w = 0
        var multiword = sentence.multiword.makeIterator()
        var next = multiword.next()
        while w < sentence.words.count {
            if let m = next, m.first == w + 1, m.last <= sentence.words.count {
                let whole = locate(m.form)
                let parts = sentence.words[(m.first - 1)...(m.last - 1)].map(\.form)
                if parts.joined().lowercased() == m.form.lowercased(), parts.joined().unicodeScalars.count == whole.count {
                    var at = whole.lowerBound
                    for (k, part) in parts.enumerated() {
                        let length = part.unicodeScalars.count
                        spans[w + k] = at..<at + length
                        at += length
                    }
                } else {
                    for k in 0..<parts.count { spans[w + k] = whole }
                }
                w = m.last
                next = multiword.next()
                continue
            }
            spans[w] = locate(sentence.words[w].form)
            w += 1
        }
        return spans
    }

    /// Projects `sentence`'s gold tree onto `tokens`, whose ranges count scalars of
    /// `sentence.text` (add `offset` to a token's range to get there).
    package init(_ sentence: Treebank.Sentence, onto tokens: [Range<Int>]) {
        let spans = Self.spans(sentence)
        let words = sentence.words
        goldWords = words.count
        // Union-find over tokens (0..<T) and words (T..<T+W).
        let t = tokens.count
        var parent = Array(0..<(t + words.count))
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        func union(_ a: Int, _ b: Int) {
            let ra = find(a), rb = find(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        var j = 0
        for (i, token) in tokens.enumerated() {
            while j < spans.count, spans[j].upperBound <= token.lowerBound, !(spans[j].isEmpty && spans[j].lowerBound == token.lowerBound) { j += 1 }
            var k = j
            while k < spans.count, spans[k].lowerBound < token.upperBound {
                if spans[k].overlaps(token) || (spans[k].isEmpty && token.contains(spans[k].lowerBound)) { union(i, t + k) }
                k += 1
            }
        }
        var groupTokens: [Int: [Int]] = [:], groupWords: [Int: [Int]] = [:]
        for i in 0..<t { groupTokens[find(i), default: []].append(i) }
        for w in 0..<words.count { groupWords[find(t + w), default: []].append(w) }
        // Depth of each word in the gold tree (a group's head word is its highest word, so that
        // groups never form a cycle).
        var depth = [Int](repeating: -1, count: words.count)
        for w in 0..<words.count {
            var d = 0, x = w
            while x >= 0, x < words.count, d <= words.count {
                if depth[x] >= 0 { d += depth[x]; break }
                x = words[x].head - 1
                d += 1
            }
            depth[w] = d
        }
        var firstToken = [Int?](repeating: nil, count: words.count)
        for (root, ws) in groupWords {
            if let first = groupTokens[root]?.first { for w in ws { firstToken[w] = first } }
        }
        targets = tokens.indices.map { _ in Target(upos: "X", feats: "_", lemma: "_", head: 0, relation: "dep") }
        oneToOne = Array(repeating: false, count: t)
        leads = Array(repeating: false, count: t)
        word = Array(repeating: nil, count: t)
        for i in 0..<t {
            let root = find(i)
            let members = groupTokens[root]!
            guard let ws = groupWords[root] else {
                // A token no gold word covers: attach it to the token before.
                targets[i] = Target(upos: "X", feats: "_", lemma: "_", head: i > 0 ? i : 0, relation: i > 0 ? "dep" : "root")
                continue
            }
            if members.first != i {
                targets[i] = Target(upos: "X", feats: "_", lemma: "_", head: members.first! + 1, relation: "goeswith")
                continue
            }
            let set = Set(ws)
            let outside = ws.filter { words[$0].head == 0 || !set.contains(words[$0].head - 1) }
            let headWord = outside.min { depth[$0] < depth[$1] } ?? ws[0]
            let gold = words[headWord]
            var head = 0
            if gold.head > 0, gold.head - 1 < words.count, let h = firstToken[gold.head - 1] { head = h + 1 }
            if head == i + 1 { head = 0 }
            targets[i] = Target(upos: gold.upos, feats: gold.feats, lemma: gold.lemma, head: head, relation: gold.relation)
            leads[i] = true
            if members.count == 1, ws.count == 1 {
                oneToOne[i] = true
                word[i] = ws[0]
            }
        }
    }
}
