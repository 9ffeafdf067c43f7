@preconcurrency import CGraphviz
import Foundation

/// Reading a graph whose objects are numbered in the order they are made.
///
/// Graphviz 2.43's default id discipline makes a named object's id the address of its
/// interned name, and keeps subgraphs ordered by id: two clusters in one graph (the legend's
/// frame and the box of entities without relations) then come out in the order `malloc` placed
/// their names, which differs from one run or one input to the next. The packed drawing is read
/// with an id discipline that numbers objects as they are made instead, so its clusters are
/// drawn and written in the order they were copied in, on every run.
extension Renderer {
    /// Reads `dot` as `agmemread` does, with ids in the order of creation; nil when Graphviz
    /// cannot read it (``lastError()`` says why).
    static func readInCreationOrder(_ dot: String) -> GraphPointer? {
        let source = Source(dot)
        return withExtendedLifetime(source) {
            agread(Unmanaged.passUnretained(source).toOpaque(), CreationOrder.discipline)
        }
    }

    /// The DOT text being read, handed to Graphviz's lexer a line at a time (as `agmemread` does).
    private final class Source {
        let bytes: [UInt8]
        var position = 0

        init(_ text: String) { bytes = Array(text.utf8) }

        /// Copies the next line, or as much of it as fits in `size` bytes; 0 at the end.
        func read(into buffer: UnsafeMutablePointer<CChar>, size: Int) -> Int32 {
            guard size > 0, position < bytes.count else { return 0 }
            var count = 0
            while count < size, position < bytes.count {
                let byte = bytes[position]
                buffer[count] = CChar(bitPattern: byte)
                count += 1
                position += 1
                if byte == 0x0A { break }
            }
            return Int32(count)
        }
    }

    /// The names and ids of one root graph's objects: each new name, and each anonymous
    /// object, gets the next number.
    private final class IDTable {
        let graph: GraphPointer?
        var ids: [[UInt8]: IDTYPE] = [:]
        /// The names, interned in the graph's string dictionary (as Graphviz's writers expect:
        /// they look for the HTML mark before the string), freed with the graph.
        var names: [IDTYPE: UnsafeMutablePointer<CChar>] = [:]
        var next: IDTYPE = 1

        init(graph: GraphPointer?) { self.graph = graph }

        func map(_ name: UnsafeMutablePointer<CChar>?, create: Bool) -> IDTYPE? {
            guard let name else {
                defer { next += 1 }
                return next
            }
            let key = Array(UnsafeRawBufferPointer(start: name, count: strlen(name)))
            if let id = ids[key] { return id }
            guard create, let interned = agstrdup(graph, name) else { return nil }
            let id = next
            next += 1
            ids[key] = id
            names[id] = interned
            return id
        }
    }

    /// The discipline: Graphviz's own memory discipline and writers, the id discipline above,
    /// and a reader of ``Source``. Made once and never freed: Graphviz keeps pointers to it.
    private enum CreationOrder {
        nonisolated(unsafe) static let discipline: UnsafeMutablePointer<Agdisc_t> = {
            let ids = UnsafeMutablePointer<Agiddisc_t>.allocate(capacity: 1)
            ids.initialize(
                to: Agiddisc_t(
                    open: { graph, _ in Unmanaged.passRetained(IDTable(graph: graph)).toOpaque() },
                    map: { state, _, name, id, create in
                        let table = Unmanaged<IDTable>.fromOpaque(state!).takeUnretainedValue()
                        guard let mapped = table.map(name, create: create != 0) else { return 0 }
                        id!.pointee = mapped
                        return 1
                    },
                    alloc: { _, _, _ in 0 },
                    // Names stay interned until the graph is closed, which frees them all.
                    free: { _, _, _ in },
                    print: { state, _, id in
                        Unmanaged<IDTable>.fromOpaque(state!).takeUnretainedValue().names[id]
                    },
                    close: { state in Unmanaged<IDTable>.fromOpaque(state!).release() },
                    idregister: { _, _, _ in }))
            let io = UnsafeMutablePointer<Agiodisc_t>.allocate(capacity: 1)
            io.initialize(
                to: Agiodisc_t(
                    afread: { chan, buffer, size in
                        Unmanaged<Source>.fromOpaque(chan!).takeUnretainedValue().read(into: buffer!, size: Int(size))
                    },
                    putstr: AgIoDisc.putstr, flush: AgIoDisc.flush))
            let memory = UnsafeMutablePointer<Agmemdisc_t>.allocate(capacity: 1)
            memory.initialize(to: AgMemDisc)
            let discipline = UnsafeMutablePointer<Agdisc_t>.allocate(capacity: 1)
            discipline.initialize(to: Agdisc_t(mem: memory, id: ids, io: io))
            return discipline
        }()
    }
}
