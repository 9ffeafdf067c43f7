import NetmapLexicon
import Testing

@Test func rowsAreTrimmedAndCommentsSkipped() throws {
    let table = try Table(name: "states", text: """
        # id | label
          russia |  Russia

        ukraine|Ukraine
        """, columns: 2)
    #expect(table.rows.map(\.cells) == [["russia", "Russia"], ["ukraine", "Ukraine"]])
    #expect(table.rows.map(\.line) == [2, 4])
}

@Test func aRowWithTheWrongColumnCountNamesTableLineAndText() {
    #expect(throws: LexiconError.badRow(table: "titles", line: 2, text: "president | leader", expected: 3, found: 2)) {
        try Table(name: "titles", text: "# phrase | role | scope\npresident | leader\n", columns: 3)
    }
    let message = LexiconError.badRow(table: "titles", line: 2, text: "president | leader", expected: 3, found: 2).description
    #expect(message == "titles table line 2: expected 3 columns, found 2: president | leader")
}

@Test func listCellsSplitOnSemicolons() {
    #expect(Table.list(" US; U.S. ;; America ") == ["US", "U.S.", "America"])
    #expect(Table.list("") == [])
}
