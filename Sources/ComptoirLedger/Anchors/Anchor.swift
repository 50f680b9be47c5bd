import Foundation

/// Something outside the base that records how far its journal went: `verify` checks that
/// the base still extends it (same entries up to the anchor's last one).
public enum Anchor: Sendable, Hashable {
    /// A backup: a copy of the base (`.sqlite`), opened read-only.
    case backup(String)
    /// A sealed archive (`.zip`): its journal.csv, checked against its signed manifest.
    case archive(String)
    /// The witness file: `seq hash` lines written after each commit.
    case witness(String)
    /// A head printed on a Z or a receipt: an entry number and the start of its hash.
    case head(seq: Int64, hashPrefix: String)

    /// A file given on the command line: an archive when it ends in `.zip`, else a backup.
    public static func file(_ path: String) -> Anchor {
        path.lowercased().hasSuffix(".zip") ? .archive(path) : .backup(path)
    }

    /// The backups `Ledger.backup(toFolder:)` wrote in `folder` (`comptoir-*.sqlite`),
    /// oldest first; none when the folder is missing (an unplugged stick).
    public static func backups(inFolder folder: String) -> [Anchor] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasPrefix("comptoir-") && $0.hasSuffix(".sqlite") }.sorted()
            .map { .backup((folder as NSString).appendingPathComponent($0)) }
    }

    /// How the anchor is named in a message: « la sauvegarde comptoir-20261123-180500.sqlite ».
    public var label: String {
        switch self {
        case .backup(let path): return "la sauvegarde \((path as NSString).lastPathComponent)"
        case .archive(let path): return "l'archive \((path as NSString).lastPathComponent)"
        case .witness(let path): return "le témoin \(path)"
        case .head(let seq, let prefix): return "la ligne imprimée « Journal n° \(seq) · \(prefix) »"
        }
    }
}
