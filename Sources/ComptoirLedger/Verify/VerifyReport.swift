import ComptoirCore

/// The outcome of `Ledger.verify()`.
public struct VerifyReport: Sendable, Equatable {
    /// Journal entries read (all of them when there is no problem).
    public var entries: Int
    public var problem: VerifyProblem?
    /// One result per anchor checked (backups, archives, witness, printed heads).
    public var anchors: [AnchorResult] = []

    public init(entries: Int, problem: VerifyProblem?) {
        self.entries = entries
        self.problem = problem
    }

    /// The chain, the tables and every anchor hold.
    public var isOK: Bool { problem == nil && anchors.allSatisfy(\.isOK) }

    /// `OK — 1 234 entrées`, `OK — 1 234 entrées ; 3 ancres vérifiées (…)`, or one line per
    /// problem: `ERREUR — entrée n° 12 (ticket.committed) : <raison>`,
    /// `ERREUR — la sauvegarde comptoir-….sqlite : la chaîne a été réécrite à partir de l'entrée n° 12`.
    public var message: String {
        var lines: [String] = []
        if let problem { lines.append("ERREUR — entrée n° \(problem.seq) (\(problem.kind)) : \(problem.reason)") }
        lines += anchors.filter { !$0.isOK }.map(\.message)
        if lines.isEmpty {
            var ok = "OK — \(Thousands.grouped(entries)) entrées"
            let compared = anchors.filter(\.compared)
            if !compared.isEmpty {
                ok += compared.count == 1 ? " ; 1 ancre vérifiée" : " ; \(Thousands.grouped(compared.count)) ancres vérifiées"
                ok += " (" + Self.kinds(compared) + ")"
            }
            lines.append(ok)
        }
        lines += anchors.filter { $0.isOK && $0.note != nil }.map(\.message)
        return lines.joined(separator: "\n")
    }

    /// `2 sauvegardes, 1 témoin`.
    private static func kinds(_ anchors: [AnchorResult]) -> String {
        var counts: [(String, String, Int)] = [("sauvegarde", "sauvegardes", 0), ("archive", "archives", 0),
                                               ("témoin", "témoins", 0), ("ligne imprimée", "lignes imprimées", 0)]
        for result in anchors {
            switch result.anchor {
            case .backup: counts[0].2 += 1
            case .archive: counts[1].2 += 1
            case .witness: counts[2].2 += 1
            case .head: counts[3].2 += 1
            }
        }
        return counts.filter { $0.2 > 0 }.map { "\($0.2) \($0.2 == 1 ? $0.0 : $0.1)" }.joined(separator: ", ")
    }
}
