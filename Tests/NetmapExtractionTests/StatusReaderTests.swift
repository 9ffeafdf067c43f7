import NetmapExtraction
import NetmapGraph
import Testing

private func statuses(_ text: String) -> [Relation.Status] {
    Fixture(text).graph().relations.filter { $0.kind == .met }.map(\.status)
}

@Test func aPastVerbStatesWhatHappened() {
    #expect(statuses("Angela Merkel met Theresa May in Berlin.") == [.occurred])
}

@Test func willAndScheduledArePlanned() {
    #expect(statuses("Angela Merkel will meet Theresa May next week.") == [.planned])
    #expect(statuses("Angela Merkel is scheduled to meet Theresa May.") == [.planned])
    #expect(statuses("Angela Merkel and Theresa May are set to hold talks on Monday.") == [.planned])
}

@Test func modalsAndProposalsAreProposed() {
    #expect(statuses("Angela Merkel could meet Theresa May.") == [.proposed])
    #expect(statuses("Angela Merkel suggested a summit with Theresa May.") == [.proposed])
    #expect(statuses("If the talks go well, Angela Merkel will meet Theresa May.") == [.proposed])
}

@Test func negationWins() {
    #expect(statuses("Angela Merkel did not meet Theresa May.") == [.negated])
    #expect(statuses("Angela Merkel will not meet Theresa May.") == [.negated])
    #expect(statuses("Angela Merkel ruled out a meeting with Theresa May.") == [.negated])
}

@Test func onePairCanHaveSeveralStatuses() {
    let text = "Angela Merkel met Theresa May in 2017. Angela Merkel will meet Theresa May again on Friday."
    #expect(statuses(text) == [.occurred, .planned])
}
