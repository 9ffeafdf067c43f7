import Foundation
import Testing

/// The development set in Tests/Gold: well-formed files whose evidence spans still slice the
/// sentences they were made from. The texts live in ../shared/corpus (research use only, never
/// in the repository), so these tests run only when ../shared is beside the checkout.
@Suite(.enabled(if: GoldSet.available, "../shared is not beside the checkout: the gold documents' texts are there"))
struct GoldSetTests {
    @Test func theSetIsWideEnough() throws {
        let files = try GoldSet.files()
        let collections = Dictionary(grouping: files) { $0.gold.collection }.mapValues(\.count)
        #expect(files.count >= 60)
        #expect(collections["reuters-1987", default: 0] >= 25)
        #expect(collections["bbc", default: 0] >= 25)
        #expect(collections["wikinews", default: 0] >= 10)
    }

    @Test func entitiesAndRelationsAreWellFormed() throws {
        for (path, gold) in try GoldSet.files() {
            var ids = Set<String>()
            for entity in gold.entities {
                #expect(entity.id.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil, "\(path): id \(entity.id)")
                #expect(["person", "state", "organisation"].contains(entity.kind), "\(path): \(entity.id) kind")
                #expect(!entity.label.isEmpty, "\(path): \(entity.id) label")
                #expect(ids.insert(entity.id).inserted, "\(path): \(entity.id) twice")
            }
            let kinds = Dictionary(gold.entities.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
            for relation in gold.relations {
                let name = "\(path): \(relation.kind) \(relation.source) \(relation.target)"
                #expect(ids.contains(relation.source) && ids.contains(relation.target), "\(name): unknown end")
                if ["met", "demanded_of"].contains(relation.kind) {
                    #expect(["occurred", "planned", "proposed", "negated"].contains(relation.status ?? ""), "\(name): status")
                }
                if ["leader_of", "member_of"].contains(relation.kind) {
                    #expect(kinds[relation.source] == "person", "\(name): source must be a person (GUIDELINES.md rule 7)")
                }
            }
        }
    }

    @Test func evidenceSpansSliceTheirSentences() throws {
        let files = try GoldSet.files()
        let texts = try GoldSet.texts(of: files.map(\.gold))
        var slices: [String] = []
        var claims: [(String, String)] = []
        for (path, gold) in files {
            let text = try #require(texts[gold.key], "\(path): document \(gold.doc) not found")
            let scalars = Array(text.unicodeScalars)
            for relation in gold.relations {
                let span = relation.evidence_span
                let name = "\(path): \(relation.kind) \(relation.source) \(relation.target)"
                guard span.count == 2, 0 <= span[0], span[0] < span[1], span[1] <= scalars.count else {
                    Issue.record("\(name): span \(span) outside the text of \(scalars.count) scalars")
                    continue
                }
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: scalars[span[0]..<span[1]])
                slices.append(String(slice))
                claims.append((name, relation.evidence_sha1))
            }
        }
        let digests = try GoldSet.sha1(slices)
        #expect(digests.count == claims.count)
        for ((name, claimed), digest) in zip(claims, digests) {
            #expect(claimed == digest, "\(name): the span no longer slices the sentence it claims")
        }
    }
}

/// Reads Tests/Gold and the texts its files name.
enum GoldSet {
    struct Entity: Decodable {
        var id: String
        var label: String
        var kind: String
    }

    struct Relation: Decodable {
        var kind: String
        var source: String
        var target: String
        var status: String?
        var evidence_span: [Int]
        var evidence_sha1: String
    }

    struct File: Decodable {
        var collection: String
        var doc: String
        var entities: [Entity]
        var relations: [Relation]
        var key: String { "\(collection)/\(doc)" }
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    static let jsonLines = ["reuters-1987": "reuters-1987/reuters-1987.jsonl", "wikinews": "wikinews/wikinews.jsonl"]

    static var available: Bool {
        FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus").path)
    }

    /// Every `Tests/Gold/<collection>/*.gold.json`, decoded, in path order.
    static func files() throws -> [(path: String, gold: File)] {
        let directory = root.appendingPathComponent("Tests/Gold")
        var out: [(String, File)] = []
        for collection in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() {
            let folder = directory.appendingPathComponent(collection)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in names.sorted() where name.hasSuffix(".gold.json") {
                let url = folder.appendingPathComponent(name)
                out.append(("\(collection)/\(name)", try JSONDecoder().decode(File.self, from: Data(contentsOf: url))))
            }
        }
        return out
    }

    /// The texts of the documents, keyed by `collection/doc`, as netmap reads them.
    static func texts(of golds: [File]) throws -> [String: String] {
        struct Record: Decodable {
            var id: String
            var text: String
        }
        var out: [String: String] = [:]
        for (collection, path) in jsonLines {
            let wanted = Set(golds.filter { $0.collection == collection }.map(\.doc))
            guard !wanted.isEmpty else { continue }
            let data = try String(contentsOf: shared.appendingPathComponent("corpus/\(path)"), encoding: .utf8)
            for line in data.split(separator: "\n") {
                guard let quote = line.dropFirst(8).firstIndex(of: "\""), wanted.contains(String(line[line.index(line.startIndex, offsetBy: 8)..<quote]))
                else { continue }
                let record = try JSONDecoder().decode(Record.self, from: Data(line.utf8))
                out["\(collection)/\(record.id)"] = record.text
            }
        }
        for gold in golds where jsonLines[gold.collection] == nil {
            out[gold.key] = try String(contentsOf: shared.appendingPathComponent("corpus/\(gold.doc)"), encoding: .utf8)
        }
        return out
    }

    /// SHA-1 hex digests of the UTF-8 of `texts`, from Python's hashlib in one process.
    static func sha1(_ texts: [String]) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import hashlib, json, sys; print(json.dumps([hashlib.sha1(t.encode()).hexdigest() for t in json.load(sys.stdin)]))",
        ]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: JSONEncoder().encode(texts))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONDecoder().decode([String].self, from: data)
    }
}
