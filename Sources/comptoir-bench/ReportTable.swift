/// The results, one line per measure, as a Markdown table that also reads well in a
/// terminal (and pastes into `Benchmarks/README.md` as is).
struct ReportTable {
    struct Row {
        var measure: String
        var median: String
        var p99: String
        var detail: String
        /// Against the row's anchor, measured in the same run (`--years`).
        var ratio: String = ""
        /// The row's own peak resident memory.
        var memory: String = ""
    }

    private(set) var rows: [Row] = []

    mutating func add(_ measure: String, median: String, p99: String = "—", detail: String = "",
                      ratio: String = "", memory: Int?? = .none) {
        rows.append(Row(measure: measure, median: median, p99: p99, detail: detail, ratio: ratio,
                        memory: memory.map { Format.megabytes($0) } ?? ""))
    }

    /// A repeated duration, in `unit` ("ms" or "µs").
    mutating func add(_ measure: String, _ samples: Samples, unit: DurationUnit, detail: String,
                      ratio: String = "", memory: Int?? = .none) {
        add(measure, median: unit.format(samples.median), p99: unit.format(samples.p99),
            detail: "×\(samples.count)" + (detail.isEmpty ? "" : ", " + detail), ratio: ratio, memory: memory)
    }

    func render() -> String {
        let header = Row(measure: "Mesure / Measure", median: "Médiane / Median", p99: "p99", detail: "Détail / Detail",
                         ratio: "Rapport / Ratio", memory: "Mémoire max / Peak")
        // The ratio and memory columns only when a row has them (`--years`).
        let extra = rows.contains { !$0.ratio.isEmpty || !$0.memory.isEmpty }
        func cells(_ row: Row) -> [String] {
            extra ? [row.measure, row.median, row.p99, row.ratio, row.memory, row.detail]
                  : [row.measure, row.median, row.p99, row.detail]
        }
        let all = ([header] + rows).map(cells)
        let widths = all[0].indices.map { column in all.map { $0[column].count }.max()! }
        func line(_ cells: [String], pad: Character = " ") -> String {
            "| " + zip(cells, widths).map { cell, width in
                cell + String(repeating: pad, count: width - cell.count)
            }.joined(separator: " | ") + " |"
        }
        let rule = "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|"
        return ([line(all[0]), rule] + all.dropFirst().map { line($0) }).joined(separator: "\n")
    }

    enum DurationUnit {
        case milliseconds, microseconds

        func format(_ duration: Duration) -> String {
            switch self {
            case .milliseconds: return Format.decimal(duration.milliseconds, digits: 2) + " ms"
            case .microseconds: return Format.decimal(duration.microseconds, digits: 1) + " µs"
            }
        }
    }
}
