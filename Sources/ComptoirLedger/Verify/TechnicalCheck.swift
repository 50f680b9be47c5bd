/// `verify` on the technical entries (`user.logged_in`, `user.logged_out`, `export.written`,
/// `backup.made`, `clock.behind`): no rows to compare, but each must read as its payload
/// and nothing more (written back canonically, it is the same text), so that no name or
/// other personal data slips into the journal under their kinds.
enum TechnicalCheck {
    /// Why the entry is wrong, in French; nil when it holds.
    static func problem(kind: JournalKind, seq: Int64, at: String, operatorId: Int64?, payload: String) -> String? {
        switch kind {
        case .userLoggedIn, .userLoggedOut:
            guard let p = exact(TechnicalPayload.Login.self, payload) else { return unreadable }
            guard operatorId == p.user else { return "l'utilisateur de l'entrée n'est pas celui qui s'est connecté" }
            let via: Set<String?> = kind == .userLoggedIn ? [nil] : ["deconnexion", "quitter"]
            return via.contains(p.via) ? nil : unreadable
        case .exportWritten:
            guard let p = exact(TechnicalPayload.Export.self, payload) else { return unreadable }
            guard ExportKind(rawValue: p.kind) != nil else { return "l'export « \(p.kind) » n'existe pas" }
            return plainName(p.file) && p.count >= 0 ? nil : unreadable
        case .backupMade:
            guard let p = exact(TechnicalPayload.Backup.self, payload) else { return unreadable }
            return plainName(p.file) && p.headSeq >= 0 && p.headSeq < seq ? nil : unreadable
        case .clockBehind:
            guard let p = exact(TechnicalPayload.Clock.self, payload), p.lastSeq >= 1, p.lastSeq < seq,
                  let last = Timestamp.millis(p.lastAt), let own = Timestamp.millis(at) else { return unreadable }
            return own < last ? nil : "l'horloge n'était pas en retard sur l'entrée n° \(p.lastSeq)"
        default:
            return nil
        }
    }

    private static let unreadable = "le contenu de l'entrée est illisible"

    /// The payload decoded, when writing it back gives exactly the stored text.
    private static func exact<T: Codable>(_ type: T.Type, _ payload: String) -> T? {
        guard let value = CanonicalJSON.decode(type, from: payload), (try? CanonicalJSON.encode(value)) == payload else { return nil }
        return value
    }

    /// A file name alone: no folder, nothing empty.
    private static func plainName(_ name: String) -> Bool {
        !name.isEmpty && !name.contains("/")
    }
}
