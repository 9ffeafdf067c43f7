import ArgumentParser
import Foundation
import NetmapSyntax

@main
struct NetmapSyntaxTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "netmap-syntax",
        abstract: "Train, evaluate and time netmap's tagger and dependency parser.",
        subcommands: [Train.self, Evaluate.self, Speed.self])
}
