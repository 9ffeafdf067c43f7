/// One step of extraction: it reads what earlier passes added to a document and adds its own.
///
/// Passes never throw: any text, however odd, yields a (possibly empty) result.
public protocol ExtractionPass: Sendable {
    func run(_ document: inout TextDocument)
}
