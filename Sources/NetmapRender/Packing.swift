/// Where the parts of a drawing go: packed with the legend into a picture of a screen's shape.
///
///     let packing = Packing(parts: [Size(w: 900, h: 700), Size(w: 120, h: 90)], legend: Size(w: 200, h: 400))
///     packing.origins[0]  // Point(x: 0, y: 0): the largest part at the top left
///
/// Coordinates are points with y growing downwards; an origin is a box's top-left corner.
/// Under a width limit, the legend takes the top right corner and the parts are placed by
/// height, tallest first, each where its bottom edge ends highest, then leftmost (a skyline
/// packing), so small parts fill the space beside the legend and the large ones. Of the limits
/// tried, the pictures between 4:3 and 16:9 are preferred, and of those the one shown largest
/// on a 16:9 screen; when none is in that range, the one closest to it. The result depends
/// on the sizes alone.
struct Packing: Equatable {
    struct Size: Equatable {
        var w: Double, h: Double
    }

    struct Point: Equatable {
        var x: Double, y: Double
    }

    /// The shapes aimed at, width over height.
    static let aspects = (4.0 / 3)...(16.0 / 9)
    /// Space between parts, and between the parts and the legend, in points.
    static let gap = 24.0

    /// Top-left corner of each part, in the order given.
    var origins: [Point]
    /// Top-left corner of the legend.
    var legend: Point?
    /// The size of the whole picture.
    var size: Size

    init(parts: [Size], legend: Size?) {
        let order = parts.indices.sorted { (parts[$0].h, parts[$0].w, $1) > (parts[$1].h, parts[$1].w, $0) }
        let widest = max(parts.map(\.w).max() ?? 0, legend?.w ?? 0)
        let area = (parts + (legend.map { [$0] } ?? [])).reduce(0) { $0 + ($1.w + Self.gap) * ($1.h + Self.gap) }
        var limits: Set<Double> = [widest, widest + (legend.map { $0.w + Self.gap } ?? 0)]
        var shape = 0.4
        while shape < 6 {
            limits.insert(max(widest, (area * shape).squareRoot()))
            shape *= 1.1
        }
        var best: (rank: [Double], origins: [Point], legend: Point?, used: Size)? = nil
        for limit in limits.sorted() {
            let (origins, corner, used) = Self.skyline(parts, order: order, legend: legend, limit: limit)
            let rank = Self.rank(used)
            if best == nil || rank.lexicographicallyPrecedes(best!.rank) { best = (rank, origins, corner, used) }
        }
        origins = best?.origins ?? []
        self.legend = best?.legend
        size = best?.used ?? Size(w: 0, h: 0)
    }

    /// How good a picture of `size` is, smaller first: out of the 4:3 to 16:9 range or not,
    /// then how far out, then how small a 1600 × 900 screen shows it.
    static func rank(_ size: Size) -> [Double] {
        guard size.w > 0, size.h > 0 else { return [0, 0, 0] }
        let aspect = size.w / size.h
        let out = aspect < aspects.lowerBound ? aspects.lowerBound / aspect : aspect > aspects.upperBound ? aspect / aspects.upperBound : 1
        let shrink = max(size.w / 1600, size.h / 900)
        return [out > 1.005 ? 1 : 0, (out * 100).rounded() / 100, shrink]
    }

    /// Places the legend at the top right under a width `limit` (the limit widened to the
    /// widest box), then `parts` in `order`; returns each part's origin, the legend's and the
    /// size used.
    static func skyline(_ parts: [Size], order: [Int], legend: Size?, limit: Double) -> ([Point], Point?, Size) {
        let width = max(limit, parts.map(\.w).max() ?? 0, legend?.w ?? 0)
        // The skyline: runs of equal height from left to right, as (x, y, width).
        var runs: [(x: Double, y: Double, w: Double)] = [(0, 0, width + gap)]
        var used = Size(w: 0, h: 0)
        var corner: Point? = nil
        if let legend {
            corner = Point(x: width - legend.w, y: 0)
            runs = raise(runs, from: width - legend.w, width: legend.w + gap, to: legend.h + gap)
            used = legend
            used.w = width
        }
        var origins = Array(repeating: Point(x: 0, y: 0), count: parts.count)
        for k in order {
            let w = parts[k].w + gap, h = parts[k].h + gap
            var best: (bottom: Double, x: Double, y: Double)? = nil
            for start in runs.indices {
                let x = runs[start].x
                if x + w > width + gap + 0.001 { break }
                var y = 0.0, covered = 0.0, i = start
                while covered < w - 0.001, i < runs.count {
                    y = max(y, runs[i].y)
                    covered += runs[i].w
                    i += 1
                }
                if best == nil || y + h < best!.bottom - 0.001 || (abs(y + h - best!.bottom) <= 0.001 && x < best!.x) {
                    best = (y + h, x, y)
                }
            }
            let place = best!
            origins[k] = Point(x: place.x, y: place.y)
            used.w = max(used.w, place.x + w - gap)
            used.h = max(used.h, place.y + h - gap)
            runs = raise(runs, from: place.x, width: w, to: place.y + h)
        }
        return (origins, corner, used)
    }

    /// The skyline with `[from, from + width)` raised to `height`.
    private static func raise(_ runs: [(x: Double, y: Double, w: Double)], from: Double, width: Double, to height: Double)
        -> [(x: Double, y: Double, w: Double)]
    {
        let end = from + width
        var out: [(x: Double, y: Double, w: Double)] = []
        for run in runs {
            let runEnd = run.x + run.w
            if runEnd <= from || run.x >= end {
                out.append(run)
                continue
            }
            if run.x < from { out.append((run.x, run.y, from - run.x)) }
            if runEnd > end { out.append((end, run.y, runEnd - end)) }
        }
        out.append((from, height, width))
        out.sort { $0.x < $1.x }
        // Neighbouring runs of one height become one.
        var merged: [(x: Double, y: Double, w: Double)] = []
        for run in out {
            if let last = merged.last, abs(last.y - run.y) < 0.001 {
                merged[merged.count - 1].w += run.w
            } else {
                merged.append(run)
            }
        }
        return merged
    }
}
