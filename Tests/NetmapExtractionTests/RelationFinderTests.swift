import NetmapExtraction
import NetmapGraph
import Testing

private func relations(_ text: String, _ kind: Relation.Kind) -> [String] {
    Fixture(text).graph().describe(kind)
}

@Test func aDirectObjectMeets() {
    #expect(relations("Emmanuel Macron met Olaf Scholz in Berlin.", .met) == ["Emmanuel Macron -> Olaf Scholz (occurred)"])
}

@Test func aCoordinatedSubjectMeetsPairwise() {
    #expect(relations("Angela Merkel and Nicolas Sarkozy held talks in Paris.", .met) == [
        "Angela Merkel -> Nicolas Sarkozy (occurred)"
    ])
}

@Test func talksBetweenStatesPairThem() {
    #expect(relations("Officials said talks between Israel and Egypt resumed.", .met) == ["Egypt -> Israel (occurred)"])
}

@Test func aCallWithSeveralLeadersMeetsEachOfThem() {
    let found = relations("In a call with Emmanuel Macron and Olaf Scholz, Mark Carney said the plan was ready.", .met)
    #expect(found.contains("Emmanuel Macron -> Mark Carney (occurred)"))
    #expect(found.contains("Mark Carney -> Olaf Scholz (occurred)"))
}

@Test func aPronounStandsForThePersonBefore() {
    let found = relations("Tony Blair flew to Washington. He met George Bush on Friday.", .met)
    #expect(found == ["George Bush -> Tony Blair (occurred)"])
}

@Test func aDescriptionStandsForTheLeaderOfItsState() {
    let text = "Turkish President Recep Tayyip Erdogan arrived. The Turkish president met Olaf Scholz later."
    #expect(relations(text, .met) == ["Olaf Scholz -> Recep Tayyip Erdoğan (occurred)"])
}

@Test func callingOnSomeoneIsADemand() {
    #expect(relations("Theresa May called on Iran to release the sailors.", .demandedOf) == ["Theresa May -> Iran (occurred)"])
    #expect(relations("Germany urged Greece to accept the terms.", .demandedOf) == ["Germany -> Greece (occurred)"])
}

@Test func anAllyOfIsAnAlliance() {
    #expect(relations("Hungary, a close ally of Serbia, objected.", .alliedWith) == ["Hungary -> Serbia (occurred)"])
    #expect(relations("Belarusian leader Alexander Lukashenko, a Putin ally, spoke.", .alliedWith) == [
        "Alexander Lukashenko -> Vladimir Putin (occurred)"
    ])
}

@Test func anAdverbInsideACueDoesNotHideIt() {
    #expect(relations("Poland stands firmly by Ukraine.", .alliedWith) == ["Poland -> Ukraine (occurred)"])
}

@Test func captionsStateNoRelations() {
    let text = "Photograph: Emmanuel Macron meets Olaf Scholz in Paris/Reuters"
    #expect(relations(text, .met).isEmpty)
}

@Test func aPluralSubjectOfAOneSidedVerbIsNoMeeting() {
    #expect(relations("The Conservatives and the Liberal Democrats welcomed the report.", .met).isEmpty)
}

@Test func aPossessiveAfterACueIsNotItsObject() {
    #expect(relations("Gordon Brown said he had met his golden rule.", .met).isEmpty)
}

@Test func anAllianceIsAStateNotAnEvent() {
    let graph = Fixture("Serbia will remain a close ally of Russia.").graph()
    #expect(graph.describe(.alliedWith) == ["Russia -> Serbia (occurred)"])
}

@Test func aPossessorAfterAMeetingCueIsNotWhoWasMet() {
    #expect(relations("Caroline Lucas welcomed Tony Blair's courage on the referendum.", .met).isEmpty)
}

@Test func aPossessorIsNotTheSubjectOfALaterVerb() {
    let text = "The charity criticised Gordon Brown's plan and called on Japan to pay more."
    #expect(relations(text, .demandedOf).isEmpty)
}

@Test func demandAsAQuantityIsNoDemand() {
    #expect(relations("Opec raised output to meet global demand in the United States.", .demandedOf).isEmpty)
    #expect(relations("Slower growth in Germany reduced the demand for Japan's cars.", .demandedOf).isEmpty)
    #expect(relations("The talks went on despite an EU demand for Turkey to recognise Cyprus.", .demandedOf) == [
        "European Union -> Turkey (occurred)"
    ])
}

@Test func aPronounBesideANameIsNotInItsGroup() {
    let text = "Alan Greenspan spoke on Monday. Speaking to the House Budget Committee he urged Congress to act."
    #expect(relations(text, .demandedOf) == ["Alan Greenspan -> United States Congress (occurred)"])
}

@Test func aPossessiveBeforeAnObjectIsPassedOver() {
    #expect(relations("Jack Straw met his EU counterparts in Brussels.", .met) == ["European Union -> Jack Straw (occurred)"])
}
