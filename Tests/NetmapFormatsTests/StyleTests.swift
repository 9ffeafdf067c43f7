import NetmapFormats
import NetmapGraph
import Testing

@Test func noTwoRelationKindsShareAColour() {
    let colours = Relation.Kind.allCases.map(Style.colour)
    #expect(Set(colours).count == Relation.Kind.allCases.count, "\(colours)")
}

@Test func noTwoStatusesShareALinePattern() {
    let patterns = Relation.Status.allCases.map(Style.pattern)
    #expect(Set(patterns).count == Relation.Status.allCases.count)
    #expect(Style.pattern(.occurred).style == "solid")
    #expect(Style.pattern(.planned) == Style.Pattern(style: "dashed"))
    #expect(Style.pattern(.proposed) == Style.Pattern(style: "dashed", double: true))
    #expect(Style.pattern(.negated).style == "dotted")
}

@Test func aDoubleLineIsTwoStrokesAroundAGap() {
    #expect(Style.pattern(.proposed).colour("#0077BB") == "#0077BB:transparent:#0077BB")
    #expect(Style.pattern(.planned).colour("#0077BB") == "#0077BB")
}

@Test func namesGrowWithTheLogarithmOfTheirMentions() {
    #expect(Style.fontSize(mentions: 1, most: 64) == Style.nameSize)
    #expect(Style.fontSize(mentions: 8, most: 64) == Style.nameSize + 5)
    #expect(Style.fontSize(mentions: 64, most: 64) == Style.nameSize + 10)
    #expect(Style.fontSize(mentions: 3, most: 1) == Style.nameSize)
}
