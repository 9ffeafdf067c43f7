/// The few morphological features the extraction passes read: verb form, tense and number,
/// as Universal Dependencies names them.
///
///     Morphology(conllu: "Tense=Past|VerbForm=Fin").tense  // .past
public struct Morphology: Sendable, Hashable {
    public enum VerbForm: String, Sendable, CaseIterable { case fin = "Fin", inf = "Inf", part = "Part", ger = "Ger" }
    public enum Tense: String, Sendable, CaseIterable { case past = "Past", pres = "Pres" }
    public enum Number: String, Sendable, CaseIterable { case sing = "Sing", plur = "Plur" }

    public var verbForm: VerbForm?
    public var tense: Tense?
    public var number: Number?

    public init(verbForm: VerbForm? = nil, tense: Tense? = nil, number: Number? = nil) {
        self.verbForm = verbForm
        self.tense = tense
        self.number = number
    }

    /// Reads the features it knows from a CoNLL-U FEATS column and ignores the others
    /// (`Number=Ptan`, a plural-only noun, counts as plural).
    public init(conllu: String) {
        for pair in conllu.split(separator: "|") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let value = String(parts[1])
            switch parts[0] {
            case "VerbForm": verbForm = VerbForm(rawValue: value)
            case "Tense": tense = Tense(rawValue: value)
            case "Number": number = value == "Ptan" ? .plur : Number(rawValue: value)
            default: break
            }
        }
    }

    /// The CoNLL-U FEATS column: features in alphabetical order, `_` when there are none.
    public var conllu: String {
        var parts: [String] = []
        if let number { parts.append("Number=\(number.rawValue)") }
        if let tense { parts.append("Tense=\(tense.rawValue)") }
        if let verbForm { parts.append("VerbForm=\(verbForm.rawValue)") }
        return parts.isEmpty ? "_" : parts.joined(separator: "|")
    }
}
