/// Journal payload of `ledger.restored`, the first entry of a restored base: who allowed
/// it, the backup it came from and the head of the base it replaced, so that the lost
/// entries (and ticket numbers given again afterwards) are explained, and `verify` knows
/// that anchors taken from the replaced history no longer hold.
struct LedgerRestoredPayload: Codable, Equatable {
    var authorizedBy: Int64?
    var backupFile: String
    var backupHeadSeq: Int64
    var backupHeadHash: String
    var replacedHeadSeq: Int64
    var replacedHeadHash: String
    var lostEntries: Int64

    enum CodingKeys: String, CodingKey {
        case authorizedBy = "authorized_by"
        case backupFile = "backup_file"
        case backupHeadSeq = "backup_head_seq"
        case backupHeadHash = "backup_head_hash"
        case replacedHeadSeq = "replaced_head_seq"
        case replacedHeadHash = "replaced_head_hash"
        case lostEntries = "lost_entries"
    }
}
