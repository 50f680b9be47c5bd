import Foundation
import ComptoirLedger
import ComptoirRuntime

/// Signs that a shop already had its base at a path now empty: the base is missing (an
/// unmounted disk, a deleted folder), and creating a new one would open an empty shop
/// that looks normal. The till then refuses; an explicit `--nouvelle-base` starts anew.
enum EarlierBase {
    /// What shows an earlier base (French, for the message); empty when nothing does.
    static func traces(of path: String, config: Configuration) -> [String] {
        var found: [String] = []
        let files = FileManager.default
        if files.fileExists(atPath: path + ".cle") { found.append("sa clé de scellement (\(path).cle)") }
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        if let names = try? files.contentsOfDirectory(atPath: folder),
           names.contains(where: { $0.hasPrefix(name + ".avant-restauration-") }) {
            found.append("une base mise de côté par une restauration (\(path).avant-restauration-…)")
        }
        if let latest = latestBackup(config) { found.append("des sauvegardes (la dernière : \(latest))") }
        if let witness = config.witnessPath, let info = try? files.attributesOfItem(atPath: witness),
           (info[.size] as? NSNumber)?.intValue ?? 0 > 0 {
            found.append("le témoin \(witness)")
        }
        return found
    }

    /// The newest `comptoir-*.sqlite` of `backup.folder`.
    static func latestBackup(_ config: Configuration) -> String? {
        guard let folder = config.backupFolder else { return nil }
        guard case .backup(let path)? = Anchor.backups(inFolder: folder).last else { return nil }
        return path
    }

    /// The refusal, with how to restore and how to really start anew.
    static func missing(_ path: String, traces: [String], config: Configuration) -> Failure {
        let restore = latestBackup(config).map { "comptoir restore \($0)" } ?? "comptoir restore FICHIER-DE-SAUVEGARDE"
        return Failure("La base « \(path) » est introuvable, alors que cette boutique en avait une : "
            + traces.joined(separator: ", ") + ". Rien n'a été créé. Si un disque ou une clé USB a été débranché, "
            + "rebranchez-le et relancez Comptoir. Sinon, restaurez la dernière sauvegarde : \(restore). "
            + "Pour commencer vraiment une base vide : comptoir --nouvelle-base.")
    }
}
