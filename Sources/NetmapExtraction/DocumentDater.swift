public import NetmapLexicon
import NetmapGraph

/// Gives the document the date that dated look-ups read (``TextDocument/day``): a full date
/// given with it, else its dateline's (with the given date's year when the dateline has none),
/// else a date in its first lines. Runs after ``DatelineReader``.
///
///     // given "26-FEB-1987 15:01:01.79" → day "1987-02-26"
public struct DocumentDater: ExtractionPass {
    public var requires: Set<DocumentPart> { [.dateline] }
    public var adds: Set<DocumentPart> { [.day] }
    public init() {}

    public func run(_ document: inout TextDocument) {
        if let day = Extractor.date(given: document.date, dateline: document.isFirstPart ? document.dateline : nil),
            DateFinder.normalised(day) == day
        {
            document.day = day
        } else if document.date == nil, document.isFirstPart {
            document.day = Extractor.firstDate(document)
        }
    }
}

/// Reads the names of states as the states of the document's time: "Germany" and "Bonn" in a
/// 1987 story are West Germany, "Moscow" the Soviet Union (``Lexicon/statePeriods``). Runs
/// after ``DocumentDater``; a document without a date keeps today's states.
public struct StatesOfTheirTime: ExtractionPass {
    public var requires: Set<DocumentPart> { [.day, .mentions] }
    public var adds: Set<DocumentPart> { [.statesOfTheirTime] }
    let lexicon: Lexicon

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    public func run(_ document: inout TextDocument) {
        guard let day = document.day else { return }
        for index in document.mentions.indices where document.mentions[index].kind == .state {
            let key = document.mentions[index].key
            let then = lexicon.state(key, at: day)
            if then != key { document.mentions[index].key = then }
        }
    }
}
