import GRDB

/// Parked tickets and their resumptions against their entries. A row without an entry is
/// one parked before migration v12 (or slipped in since): the till never lists nor resumes
/// it, so it cannot reach a sale; a resumption without an entry may only close such a row.
struct ParkedReplay {
    private struct Stamp: Equatable {
        var at: String, till: String, operatorId: Int64?
    }

    private var parked: [Int64: (ParkedPayload, Stamp)] = [:]
    private var resumed: [Int64: (ResumedPayload, Stamp)] = [:]

    mutating func record(kind: JournalKind, seq: Int64, at: String, till: String, operatorId: Int64?, payload: String) -> String? {
        let stamp = Stamp(at: at, till: till, operatorId: operatorId)
        switch kind {
        case .ticketParked:
            guard let p = CanonicalJSON.decode(ParkedPayload.self, from: payload) else { return "le contenu de l'entrée est illisible" }
            parked[seq] = (p, stamp)
        case .ticketResumed:
            guard let p = CanonicalJSON.decode(ResumedPayload.self, from: payload) else { return "le contenu de l'entrée est illisible" }
            resumed[seq] = (p, stamp)
        default:
            break
        }
        return nil
    }

    func check(_ db: Database) throws -> VerifyProblem? {
        func problem(_ seq: Int64, _ table: String, _ reason: String) -> VerifyProblem {
            VerifyProblem(seq: seq, kind: "ticket en attente", reason: reason, table: table)
        }
        var legacy = Set<Int64>()
        var seen = 0
        for row in try Row.fetchAll(db, sql: "SELECT id, till, operator_id, parked_at, lines, journal_seq FROM parked_tickets") {
            let id = row.safeInt("id") ?? Int64.min
            guard let seq = row.safeInt("journal_seq") else {
                legacy.insert(id)
                continue
            }
            seen += 1
            guard let (payload, stamp) = parked[seq], payload == ParkedPayload(parked: id, lines: row.safeText("lines") ?? ""),
                  stamp == Stamp(at: row.safeText("parked_at") ?? "", till: row.safeText("till") ?? "",
                                 operatorId: row.safeInt("operator_id")) else {
                return problem(seq, "parked_tickets", "le ticket en attente n° \(id) ne correspond pas au journal")
            }
        }
        if seen != parked.count, let seq = parked.keys.min() {
            return problem(seq, "parked_tickets", "un ticket mis en attente manque dans sa table")
        }
        seen = 0
        for row in try Row.fetchAll(db, sql: "SELECT parked_id, till, operator_id, resumed_at, journal_seq FROM parked_resumptions") {
            let id = row.safeInt("parked_id") ?? Int64.min
            guard let seq = row.safeInt("journal_seq") else {
                guard legacy.contains(id) else {
                    return problem(0, "parked_resumptions", "la reprise du ticket en attente n° \(id) n'est pas au journal")
                }
                continue
            }
            seen += 1
            guard let (payload, stamp) = resumed[seq], payload.parked == id,
                  stamp == Stamp(at: row.safeText("resumed_at") ?? "", till: row.safeText("till") ?? "",
                                 operatorId: row.safeInt("operator_id")) else {
                return problem(seq, "parked_resumptions", "la reprise du ticket en attente n° \(id) ne correspond pas au journal")
            }
        }
        if seen != resumed.count, let seq = resumed.keys.min() {
            return problem(seq, "parked_resumptions", "une reprise de ticket en attente manque dans sa table")
        }
        return nil
    }
}
