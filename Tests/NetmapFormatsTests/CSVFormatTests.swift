import NetmapFormats
import NetmapGraph
import Testing

@Test func csvTablesCarryGephisHeaders() {
    let nodes = CSVFormat.nodes(SampleGraph.graph)
    let edges = CSVFormat.edges(SampleGraph.graph)
    #expect(nodes == """
        Id,Label,Kind,Aliases,Mentions,Sources\r
        person:ana-lima,Ana Lima,person,Lima,2,s1\r
        person:bo-park,Bo Park,person,Park,1,s1\r
        state:chile,Chile,state,,1,s1\r

        """)
    #expect(edges.hasPrefix("Source,Target,Type,Id,Label,Weight,Kind,Status,Symmetric,Sources,Evidence\r\n"))
    #expect(edges.contains(
        "person:ana-lima,person:bo-park,Undirected,met:person:ana-lima--person:bo-park:planned,met,1.0,met,planned,true,s1,\"s1: Lima said \"\"we will meet Park\"\" & <soon>.\"\r\n"))
}

@Test func csvFieldsAreQuotedAndDefused() {
    #expect(CSVFormat.field("a,b") == "\"a,b\"")
    #expect(CSVFormat.field("two\nlines") == "\"two\nlines\"")
    #expect(CSVFormat.field("=1+1") == "'=1+1")
    #expect(CSVFormat.field("@SUM(A1)") == "'@SUM(A1)")
    #expect(CSVFormat.field("plain") == "plain")
}
