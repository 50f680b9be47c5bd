/// The results, one line per measure, as a Markdown table that also reads well in a
/// terminal (and pastes into `Benchmarks/README.md` as is).
struct ReportTable {
    struct Row {
        var measure: String
        var median: String
        var p99: String
        var detail: String
    }

    private(set) var rows: [Row] = []

    mutating func add(_ measure: String, median: String, p99: String = "—", detail: String = "") {
        rows.append(Row(measure: measure, median: median, p99: p99, detail: detail))
    }

    /// A repeated duration, in `unit` ("ms" or "µs").
    mutating func add(_ measure: String, _ samples: Samples, unit: DurationUnit, detail: String) {
        add(measure, median: unit.format(samples.median), p99: unit.format(samples.p99),
            detail: "×\(samples.count)" + (detail.isEmpty ? "" : ", " + detail))
    }

    func render() -> String {
        let header = Row(measure: "Mesure / Measure", median: "Médiane / Median", p99: "p99", detail: "Détail / Detail")
        let all = [header] + rows
        let widths = [
            all.map(\.measure.count).max()!, all.map(\.median.count).max()!,
            all.map(\.p99.count).max()!, all.map(\.detail.count).max()!,
        ]
        func line(_ cells: [String], pad: Character = " ") -> String {
            "| " + zip(cells, widths).map { cell, width in
                cell + String(repeating: pad, count: width - cell.count)
            }.joined(separator: " | ") + " |"
        }
        let rule = "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|"
        return ([line([header.measure, header.median, header.p99, header.detail]), rule]
            + rows.map { line([$0.measure, $0.median, $0.p99, $0.detail]) }).joined(separator: "\n")
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
