import GRDB

/// `verify`'s side of the shop settings: each entry's text, then the rows compared with
/// them (same text, same entry, ids in order, none missing, none extra). The entry's
/// payload itself is covered by the hash chain.
struct ShopSettingsReplay {
    private var entries: [Int64: String] = [:]

    /// Takes in one entry; the French reason when it is unreadable.
    mutating func record(seq: Int64, payload: String) -> String? {
        guard CanonicalJSON.decode(ShopSettingsCheck.self, from: payload) != nil else {
            return "le contenu de l'entrée est illisible"
        }
        entries[seq] = payload
        return nil
    }

    func check(_ db: Database) throws -> VerifyProblem? {
        var count: Int64 = 0
        for row in try Row.fetchAll(db, sql: "SELECT id, journal_seq, settings FROM shop_settings ORDER BY journal_seq") {
            let seq = row.safeInt("journal_seq") ?? Int64.min
            count += 1
            guard let text = entries[seq], text == row.safeText("settings"), row.safeInt("id") == count else {
                return VerifyProblem(seq: seq, kind: "réglages", reason: "les réglages de la boutique ne correspondent pas au journal",
                                     table: "shop_settings")
            }
        }
        if count != Int64(entries.count), let seq = entries.keys.min() {
            return VerifyProblem(seq: seq, kind: "réglages", reason: "des réglages de la boutique manquent dans leur table",
                                 table: "shop_settings")
        }
        return nil
    }
}

/// Enough of the payload to know it is a settings entry.
private struct ShopSettingsCheck: Decodable {
    var name: String
}
