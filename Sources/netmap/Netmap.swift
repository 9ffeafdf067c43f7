import ArgumentParser

@main
struct Netmap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "netmap",
        abstract: "Draw who is connected to whom in news articles.",
        discussion: """
            netmap reads news texts and builds a typed graph of the people, states and \
            organisations they name and the relations between them, each with its evidence \
            sentence, source and status; it draws the graph with Graphviz and exports it.

            On a terminal every command ends with one summary line on stderr: what it read, \
            what it made and how long it took. --quiet leaves it out, and no command writes one \
            when stderr is not a terminal.
            """,
        version: "0.1.0",
        subcommands: [Extract.self, Render.self, Diff.self, Merge.self, Convert.self, Parse.self]
    )
}
