/// The parser's feature templates: those of Zhang and Nivre (2011) for arc-eager parsing —
/// words and tags of the stack top, the next three buffer tokens, their heads and outermost
/// dependents, distance, valency and the label sets of dependents — with the second stack item,
/// the punctuation between the stack top and the buffer front (lists and appositions), and the
/// ``WordClusters`` features of the stack top and the next two words (Koo, Carreras and Collins
/// 2008).
package enum ParserFeatures {
    package static let count = 92

    /// The sentence as the parser reads it, index 0 being the root.
    package struct Sentence {
        package var words: [UInt64]
        package var tags: [UInt64]
        /// Separators (commas, semicolons, colons, dashes, brackets) before each token.
        package var separators: [Int32]
        /// The cluster features of each token (``WordInfo/cluster``; the root's are the root
        /// word's).
        package var clusters: [WordClusters.Features]
        /// The first verb and the first punctuation mark after each token (-1: none), and the
        /// number of verbs up to and including each token, from its tag class.
        package var nextVerb: [Int32]
        package var nextPunct: [Int32]
        package var verbsUpTo: [Int32]

        /// The sentence of `tokens` (as the tagger reads them, without padding) and their tag
        /// classes `tags` (as many; indices into `classes`, the tagger's), with the root in
        /// front: the lower-case word and cluster features of each token, its tag, and where
        /// the next verb and punctuation mark are (by the UPOS of its class).
        package init(_ tokens: some Collection<WordInfo>, tags: some Collection<Int>, classes: [Tagger.TagClass]) {
            words = [root]
            clusters = [(root, root, root)]
            self.tags = [rootTag]
            words.reserveCapacity(tokens.count + 1)
            clusters.reserveCapacity(tokens.count + 1)
            self.tags.reserveCapacity(tokens.count + 1)
            for token in tokens {
                words.append(token.lower)
                clusters.append(token.cluster)
            }
            for tag in tags { self.tags.append(ParserFeatures.tag(tag)) }
            var count: Int32 = 0
            separators = words.map { word in
                defer { if ParserFeatures.separatorWords.contains(word) { count += 1 } }
                return count
            }
            let n = words.count
            nextVerb = [Int32](repeating: -1, count: n)
            nextPunct = nextVerb
            verbsUpTo = [Int32](repeating: 0, count: n)
            var upos = [UPOS](repeating: .x, count: n)
            for (i, tag) in tags.enumerated() where tag < classes.count { upos[i + 1] = classes[tag].upos }
            var verb: Int32 = -1, punct: Int32 = -1
            for i in stride(from: n - 1, through: 0, by: -1) {
                nextVerb[i] = verb
                nextPunct[i] = punct
                if upos[i] == .verb { verb = Int32(i) }
                if upos[i] == .punct { punct = Int32(i) }
            }
            var verbs: Int32 = 0
            for i in 0..<n {
                if upos[i] == .verb { verbs += 1 }
                verbsUpTo[i] = verbs
            }
        }
    }

    /// The lower-case word hashes of the separators counted by ``Sentence/separators``.
    static let separatorWords: Set<UInt64> = Set([",", ";", ":", "-", "--", "(", ")"].map(FeatureHash.string))

    static let none: UInt64 = 0x6e6f_6e65
    static let root: UInt64 = 0x726f_6f74

    @inline(__always)
    static func distance(_ d: Int) -> UInt64 {
        switch d {
        case ..<5: UInt64(max(d, 0))
        case 5..<8: 5
        case 8..<12: 6
        default: 7
        }
    }

    /// Writes the features of `state` into `out` (``count`` keys).
    package static func extract(_ st: ArcEager.State, _ sentence: Sentence, into out: UnsafeMutablePointer<UInt64>) {
        typealias H = FeatureHash
        let words = sentence.words, tags = sentence.tags
        @inline(__always) func w(_ i: Int) -> UInt64 { i < 0 ? none : words[i] }
        @inline(__always) func p(_ i: Int) -> UInt64 { i < 0 ? none : tags[i] }
        @inline(__always) func l(_ i: Int) -> UInt64 { i <= 0 ? 0 : UInt64(st.labels[i] + 1) }
        @inline(__always) func child(_ a: [Int32], _ i: Int) -> Int { i < 0 ? -1 : Int(a[i]) }

        let s0 = st.s0
        let s1 = st.stack.count > 1 ? Int(st.stack[st.stack.count - 2]) : -1
        let n0 = st.b <= st.n ? st.b : -1
        let n1 = st.b + 1 <= st.n ? st.b + 1 : -1
        let n2 = st.b + 2 <= st.n ? st.b + 2 : -1
        let s0h = s0 > 0 ? Int(st.heads[s0]) : -1
        let s0h2 = s0h > 0 ? Int(st.heads[s0h]) : -1
        let s0l = child(st.l1, s0), s0l2 = child(st.l2, s0)
        let s0r = child(st.r1, s0), s0r2 = child(st.r2, s0)
        let n0l = child(st.l1, n0), n0l2 = child(st.l2, n0)

        let s0w = w(s0), s0p = p(s0), n0w = w(n0), n0p = p(n0)
        let n1w = w(n1), n1p = p(n1), n2w = w(n2), n2p = p(n2)
        let s0wp = H.combine(90, s0w, s0p), n0wp = H.combine(91, n0w, n0p)
        let n1wp = H.combine(92, n1w, n1p), n2wp = H.combine(93, n2w, n2p)
        let d = n0 < 0 ? 0 : distance(n0 - s0)
        let s0vl = s0 < 0 ? 0 : UInt64(st.leftCount[s0]), s0vr = s0 < 0 ? 0 : UInt64(st.rightCount[s0])
        let n0vl = n0 < 0 ? 0 : UInt64(st.leftCount[n0])
        let s0sl = s0 < 0 ? 0 : st.leftLabels[s0], s0sr = s0 < 0 ? 0 : st.rightLabels[s0]
        let n0sl = n0 < 0 ? 0 : st.leftLabels[n0]

        var k = 0
        @inline(__always) func add(_ key: UInt64) {
            out[k] = key
            k += 1
        }
        // Single words.
        add(H.combine(1, s0wp)); add(H.combine(2, s0w)); add(H.combine(3, s0p))
        add(H.combine(4, n0wp)); add(H.combine(5, n0w)); add(H.combine(6, n0p))
        add(H.combine(7, n1wp)); add(H.combine(8, n1w)); add(H.combine(9, n1p))
        add(H.combine(10, n2wp)); add(H.combine(11, n2w)); add(H.combine(12, n2p))
        // Pairs.
        add(H.combine(13, s0wp, n0wp)); add(H.combine(14, s0wp, n0w)); add(H.combine(15, s0w, n0wp))
        add(H.combine(16, s0wp, n0p)); add(H.combine(17, s0p, n0wp)); add(H.combine(18, s0w, n0w))
        add(H.combine(19, s0p, n0p)); add(H.combine(20, n0p, n1p))
        // Triples of tags.
        add(H.combine(21, n0p, n1p, n2p)); add(H.combine(22, s0p, n0p, n1p))
        add(H.combine(23, p(s0h), s0p, n0p)); add(H.combine(24, s0p, p(s0l), n0p))
        add(H.combine(25, s0p, p(s0r), n0p)); add(H.combine(26, s0p, n0p, p(n0l)))
        // Distance.
        add(H.combine(27, s0w, d)); add(H.combine(28, s0p, d)); add(H.combine(29, n0w, d))
        add(H.combine(30, n0p, d)); add(H.combine(31, s0w, n0w, d)); add(H.combine(32, s0p, n0p, d))
        // Valency.
        add(H.combine(33, s0w, s0vr)); add(H.combine(34, s0p, s0vr)); add(H.combine(35, s0w, s0vl))
        add(H.combine(36, s0p, s0vl)); add(H.combine(37, n0w, n0vl)); add(H.combine(38, n0p, n0vl))
        // Heads and outermost dependents.
        add(H.combine(39, w(s0h))); add(H.combine(40, p(s0h))); add(H.combine(41, l(s0)))
        add(H.combine(42, w(s0l))); add(H.combine(43, p(s0l))); add(H.combine(44, l(s0l)))
        add(H.combine(45, w(s0r))); add(H.combine(46, p(s0r))); add(H.combine(47, l(s0r)))
        add(H.combine(48, w(n0l))); add(H.combine(49, p(n0l))); add(H.combine(50, l(n0l)))
        // Second-order: grandparents and second dependents.
        add(H.combine(51, w(s0h2))); add(H.combine(52, p(s0h2))); add(H.combine(53, l(s0h)))
        add(H.combine(54, w(s0l2))); add(H.combine(55, p(s0l2))); add(H.combine(56, l(s0l2)))
        add(H.combine(57, w(s0r2))); add(H.combine(58, p(s0r2))); add(H.combine(59, l(s0r2)))
        add(H.combine(60, w(n0l2))); add(H.combine(61, p(n0l2))); add(H.combine(62, l(n0l2)))
        add(H.combine(63, s0p, p(s0l), p(s0l2))); add(H.combine(64, s0p, p(s0r), p(s0r2)))
        add(H.combine(65, s0p, p(s0h), p(s0h2))); add(H.combine(66, n0p, p(n0l), p(n0l2)))
        // Label sets.
        add(H.combine(67, s0w, s0sr)); add(H.combine(68, s0p, s0sr)); add(H.combine(69, s0w, s0sl))
        add(H.combine(70, s0p, s0sl)); add(H.combine(71, n0w, n0sl)); add(H.combine(72, n0p, n0sl))
        // The second stack item.
        add(H.combine(73, w(s1))); add(H.combine(74, p(s1))); add(H.combine(75, p(s1), s0p, n0p))
        add(H.combine(76, w(s1), n0w)); add(H.combine(77, s0h == s1 ? 1 : 0, p(s1), s0p))
        add(H.combine(78, n0wp, n1wp))
        // Separators between the stack top and the buffer front; the words next to them.
        let between: UInt64 = s0 < 0 || n0 < 0 ? 7 : UInt64(min(3, sentence.separators[n0] - sentence.separators[min(s0 + 1, n0)]))
        add(H.combine(79, s0p, n0p, between))
        add(H.combine(80, n0 > 0 ? w(n0 - 1) : none, n0p, between))
        add(H.combine(81, s0 >= 0 && s0 + 1 <= st.n ? w(s0 + 1) : none, s0p, n0p))
        // Clusters: the words as their clusters, alone and in pairs.
        @inline(__always) func c(_ i: Int) -> WordClusters.Features { i < 0 ? (none, none, none) : sentence.clusters[i] }
        let s0c = c(s0), n0c = c(n0), n1c = c(n1)
        add(H.combine(82, s0c.2)); add(H.combine(83, n0c.2)); add(H.combine(84, n1c.2))
        add(H.combine(85, s0c.1, n0c.1)); add(H.combine(86, s0c.2, n0p)); add(H.combine(87, s0p, n0c.2))
        add(H.combine(88, s0c.0, n0c.0, d))
        // What lies beyond the buffer front: the next verb and punctuation mark, and whether a
        // verb stands between the stack top and the buffer front.
        let nv = n0 < 0 ? -1 : Int(sentence.nextVerb[n0]), np = n0 < 0 ? -1 : Int(sentence.nextPunct[n0])
        let verbBetween: UInt64 = s0 < 0 || n0 < 0 ? 2 : (sentence.verbsUpTo[n0 - 1] > sentence.verbsUpTo[s0] ? 1 : 0)
        add(H.combine(89, n0p, w(nv)))
        add(H.combine(90, s0p, n0p, p(nv)))
        add(H.combine(91, n0p, w(np)))
        add(H.combine(92, s0p, n0p, verbBetween))
        assert(k == count)
    }

    /// The tag value of the root and of a tag class.
    package static func tag(_ c: Int) -> UInt64 { UInt64(c + 2) }
    package static let rootTag: UInt64 = 1
}
