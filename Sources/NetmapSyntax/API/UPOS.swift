/// A Universal Dependencies part-of-speech tag.
///
///     UPOS(rawValue: "PROPN")  // .propn
public enum UPOS: String, CaseIterable, Sendable, Hashable {
    case adj = "ADJ", adp = "ADP", adv = "ADV", aux = "AUX", cconj = "CCONJ", det = "DET"
    case intj = "INTJ", noun = "NOUN", num = "NUM", part = "PART", pron = "PRON", propn = "PROPN"
    case punct = "PUNCT", sconj = "SCONJ", sym = "SYM", verb = "VERB", x = "X"
}
