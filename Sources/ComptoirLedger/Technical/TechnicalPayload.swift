/// Journal payloads of the technical events (`user.logged_in`, `user.logged_out`,
/// `export.written`, `backup.made`, `clock.behind`). None writes a table row, so `verify`
/// checks that each entry reads as its payload, with nothing else in it: no name, no
/// personal data beyond a user id.
enum TechnicalPayload {
    /// `user.logged_in` and `user.logged_out`.
    struct Login: Codable, Equatable {
        var user: Int64
        /// On `user.logged_out`: `deconnexion` (F9, Échap) or `quitter` (the program stops).
        var via: String?
    }

    /// `export.written`.
    struct Export: Codable, Equatable {
        /// `ExportKind.rawValue`.
        var kind: String
        /// The file's name, without its folder.
        var file: String
        /// Rows, entries or items written.
        var count: Int
    }

    /// `backup.made`.
    struct Backup: Codable, Equatable {
        var file: String
        /// The last journal entry the copy holds (0 for an empty journal).
        var headSeq: Int64

        enum CodingKeys: String, CodingKey {
            case file
            case headSeq = "head_seq"
        }
    }

    /// `clock.behind`: the entry's own time is the clock's; this is the entry it is behind
    /// (the latest-dated of the recent ones).
    struct Clock: Codable, Equatable {
        var lastSeq: Int64
        var lastAt: String

        enum CodingKeys: String, CodingKey {
            case lastSeq = "last_seq"
            case lastAt = "last_at"
        }
    }
}
