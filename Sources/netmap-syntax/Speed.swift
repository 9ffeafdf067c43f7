import ArgumentParser
import Foundation
import NetmapExtraction
import NetmapLexicon
import NetmapSyntax

extension NetmapSyntaxTool {
    struct Speed: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time the built-in model: load time, memory it adds, and tagging + parsing on one core.",
            discussion: """
                Texts are split into sentences and tokens first; only tagging and parsing are timed, \
                in CPU seconds of the one thread that does them (the best of --repeats runs).
                """)

        @Argument(help: "Text files.") var inputs: [String]
        @Option(help: "Times the sentences are parsed.") var repeats = 3
        @Option(help: "Search with this beam width instead of the model's (1: greedy).") var beamWidth: Int?
        @Option(help: "A model file to use instead of the built-in model (its load time is then reading the file).") var model: String?

        func run() throws {
            var sentences: [[Token]] = []
            for path in inputs {
                var document = TextDocument(name: path, text: try String(contentsOfFile: path, encoding: .utf8))
                SentenceSplitter().run(&document)
                sentences += document.sentences.map(\.tokens)
            }
            let tokens = sentences.reduce(0) { $0 + $1.count }
            let before = Self.residentMegabytes()
            let loadStart = DispatchTime.now()
            let base = try model.map { try SyntaxParser(modelBytes: [UInt8](Data(contentsOf: URL(fileURLWithPath: $0)))) }
                ?? SyntaxParser.shared
            let parser = beamWidth.map { base.searching(width: $0) } ?? base
            _ = parser.parse(Tokenizer.tokenize(Array("Load.".unicodeScalars), in: 0..<5))
            let load = Double(DispatchTime.now().uptimeNanoseconds - loadStart.uptimeNanoseconds) / 1e9
            let after = Self.residentMegabytes()
            // CPU time of this thread, so that other work on the machine does not count.
            var best = Double.infinity
            var checksum = 0
            for _ in 0..<repeats {
                let start = Self.threadSeconds()
                for sentence in sentences { checksum &+= parser.parse(sentence).count }
                best = min(best, Self.threadSeconds() - start)
            }
            precondition(checksum == tokens * repeats)
            print(String(format: "sentences %d tokens %d seconds %.3f tokens/s %.0f load %.3f s resident added %.1f MB (%.1f → %.1f)",
                         sentences.count, tokens, best, Double(tokens) / best, load, after - before, before, after))
        }

        static func threadSeconds() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }

        /// Resident memory of this process, from /proc/self/statm.
        static func residentMegabytes() -> Double {
            guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
            let fields = text.split(separator: " ")
            guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
            return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
        }
    }
}
