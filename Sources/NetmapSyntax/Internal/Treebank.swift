/// Reads CoNLL-U treebanks (and system outputs) for training and evaluation: sentences with their
/// text, words and multiword tokens. Empty nodes (`1.1`) and enhanced dependencies are skipped.
package struct Treebank {
    package struct Word: Sendable {
        package var form: String
        package var lemma: String
        package var upos: String
        package var feats: String
        /// 0 for the root, else the 1-based index of the head word.
        package var head: Int
        package var relation: String
        /// `TokenRange=start:end` from MISC, when given (as netmap and the spaCy script write it).
        package var range: Range<Int>?
    }

    package struct Sentence: Sendable {
        package var id = ""
        package var text = ""
        package var words: [Word] = []
        /// Multiword tokens: the words they span (1-based, inclusive) and their surface form.
        package var multiword: [(first: Int, last: Int, form: String)] = []
    }

    /// The sentences of a CoNLL-U file's text.
    package static func read(_ text: String) -> [Sentence] {
        var sentences: [Sentence] = []
        var current = Sentence()
        func flush() {
            if !current.words.isEmpty { sentences.append(current) }
            current = Sentence()
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                flush()
                continue
            }
            if line.hasPrefix("#") {
                if line.hasPrefix("# text = ") { current.text = String(line.dropFirst(9)) }
                if line.hasPrefix("# sent_id = ") { current.id = String(line.dropFirst(12)) }
                continue
            }
            let c = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard c.count == 10 else { continue }
            if c[0].contains("-") {
                let ends = c[0].split(separator: "-").compactMap { Int($0) }
                if ends.count == 2 { current.multiword.append((ends[0], ends[1], c[1])) }
                continue
            }
            if c[0].contains(".") { continue }
            var range: Range<Int>? = nil
            for item in c[9].split(separator: "|") where item.hasPrefix("TokenRange=") {
                let ends = item.dropFirst(11).split(separator: ":").compactMap { Int($0) }
                if ends.count == 2, ends[0] <= ends[1] { range = ends[0]..<ends[1] }
            }
            current.words.append(
                Word(form: c[1], lemma: c[2], upos: c[3], feats: c[5], head: Int(c[6]) ?? 0, relation: c[7], range: range))
        }
        flush()
        return sentences
    }
}
