import Foundation
import ComptoirLedger
import ComptoirRuntime

/// CSV files for the import and export commands.
enum CSVFile {
    static func read(_ path: String) throws -> Data {
        let path = Configuration.expandHome(path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure("Le fichier « \(path) » est introuvable ou illisible : vérifiez le chemin. Rien n'a été importé.")
        }
        return data
    }

    /// Refuses at once a file that `write` would refuse, before a PIN is asked for.
    static func checkFree(_ path: String, replace: Bool, shop: Shop, forceOption: String? = "--force") throws {
        try ledgerCall {
            try SafeOutputFile.check(Configuration.expandHome(path), replace: replace, protected: shop.ownFiles, forceOption: forceOption)
        }
    }

    /// Writes a new file through `SafeOutputFile`: an existing one only with `replace`
    /// (`--force`), never through a link nor over the base's files, 0600 (every export
    /// holds names), complete or not at all.
    static func write(_ bytes: [UInt8], to path: String, replace: Bool, shop: Shop) throws {
        try ledgerCall {
            try SafeOutputFile.write(bytes, to: Configuration.expandHome(path), replace: replace, protected: shop.ownFiles)
        }
    }
}

extension Shop {
    /// The base's own files, the configured witness (a read-only opening has no witness) and the log.
    var ownFiles: [String] {
        ledger.ownFiles + (config.witnessPath.map { [Configuration.expandHome($0)] } ?? [])
            + [config.logFile.map(Configuration.expandHome) ?? DataFolder.defaultLog]
    }
}
