import NetmapGraph
public import NetmapLexicon

/// Reads relations from a sentence's dependency tree: a cue is a lemma of a part of speech
/// (``Lexicon/cues``), and its two sides stand in the tree slots its row names ("meet": the
/// subject and the object; "talks": the possessor or the subject of the verb the noun depends
/// on, and "with" or "between").
///
/// A side is an actor or a phrase that stands for actors: every member of a list (`conj`), the
/// person after a description (`appos`: "her counterpart, William Ruto"), the states after
/// "the leaders of" (`nmod`), an actor inside the phrase ("French officials"). A verb without a
/// subject takes its controller's ("refused to meet"), its first conjunct's, its main clause's
/// ("After meeting X, Y said") or its antecedent's ("Trump, who met Putin"). A host meeting
/// several participants meets each of them; participants are paired with each other only
/// when they are the coordinated subject of a mutual cue ("Trump and Putin met") or stand
/// "between" it. Each relation gets its status from ``StatusReader``.
///
///     "After talks with Kohl in Bonn, Thatcher flew home."  // met: Thatcher – Kohl
///     "Sudan rejected a demand by the IMF for devaluation." // demanded_of: IMF → Sudan
public struct RelationFinder: ExtractionPass {
    public var requires: Set<DocumentPart> { [.entities, .offices, .coreference, .syntax] }
    public var adds: Set<DocumentPart> { [.relations] }
    let lexicon: Lexicon
    let status: StatusReader
    let obligations: Set<String>
    let relativePronouns: Set<String>
    let coordinators: Set<String>

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        self.status = StatusReader(lexicon: lexicon)
        obligations = lexicon.words(.obligation)
        relativePronouns = lexicon.words(.relativePronoun)
        coordinators = lexicon.words(.coordinator)
    }

    public func run(_ document: inout TextDocument) {
        let spans = SentenceSpans(document.mentions)
        for (index, sentence) in document.sentences.enumerated() where !sentence.syntax.isEmpty {
            let reading = SentenceReading(
                tree: DependencyTree(sentence.syntax), mentions: Array(document.mentions[spans[index]]),
                obligations: obligations, relativePronouns: relativePronouns, coordinators: coordinators,
                titles: lexicon.titles, roleNouns: lexicon.roleNouns, cues: lexicon.cues)
            for k in 0..<reading.tree.count where reading.actorAt[k] == nil {
                guard let cues = lexicon.cues[reading.tree.lemmas[k]] else { continue }
                for cue in cues where reading.fits(cue, at: k) {
                    let pairs = reading.pairs(cue, at: k).filter { $0.0 != $0.1 }
                    guard !pairs.isEmpty else { continue }
                    let state = status.status(of: cue, at: k, in: reading.tree)
                    let evidence = document.evidence(sentence, cue: reading.cueText(cue, at: k, words: sentence.words))
                    var seen: Set<String> = []
                    for (a, b) in pairs where seen.insert(a + "\u{1F}" + b).inserted {
                        document.relations.append(
                            Relation(kind: cue.relation, source: a, target: b, status: state, evidence: [evidence]))
                    }
                    break
                }
            }
        }
    }
}
