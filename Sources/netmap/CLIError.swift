import ArgumentParser
import NetmapExtraction

/// An error the command line reports and exits on, naming the file concerned.
struct CLIError: Error, CustomStringConvertible {
    /// Exit codes: 1 bad input, 2 output could not be written, 3 Graphviz failed.
    enum Code: Int32 {
        case input = 1, output = 2, render = 3
    }

    var code: Code
    var message: String

    static func input(_ path: String, _ what: String) -> CLIError {
        CLIError(code: .input, message: "\(path): \(what)")
    }

    static func output(_ path: String, _ what: String) -> CLIError {
        CLIError(code: .output, message: "\(path): \(what)")
    }

    var description: String { message }
}

extension CLIError {
    /// The command line's form of an error reading a corpus: bad input, exit code 1.
    init(_ error: CorpusError) {
        self.init(code: .input, message: error.description)
    }
}

/// Runs `body`, turning a ``CLIError`` into a message on stderr and its exit code.
func reporting(_ body: () throws -> Void) throws {
    Output.cleanUpOnSignals()
    do {
        do { try body() } catch let error as CorpusError { throw CLIError(error) }
    } catch let error as CLIError {
        Output.discardPending()
        Console.error(error.message)
        throw ExitCode(error.code.rawValue)
    } catch {
        Output.discardPending()
        throw error
    }
}
