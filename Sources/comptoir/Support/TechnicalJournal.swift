import Foundation
import ComptoirLedger

extension Shop {
    /// Journals a technical event (an export, a backup) from a command that only reads the
    /// base: through a writing opening of the same file, for the one entry. The command's
    /// work is done and stands either way; when the entry cannot be written, stderr says
    /// so plainly rather than refuse: anyone who can read the file can read its data, so
    /// a refusal would protect nothing, and the missing entry is told, not hidden.
    /// Never written: into a backup copy (its journal must stay a part of the base's
    /// history, or `restore` would refuse it), nor into a base on a read-only disk.
    func journalTechnical(_ what: String, _ record: (Ledger) throws -> Void) {
        let problem: String
        do {
            if !ledger.isReadOnly {
                try record(ledger)
                return
            }
            guard !Ledger.looksLikeBackup(path: databasePath) else {
                warn("\(what) n'est pas noté au journal : « \(databasePath) » est une sauvegarde, que Comptoir ne modifie pas.")
                return
            }
            let writer = try Ledger.open(path: databasePath, pinRounds: config.pinRounds, witness: Shop.witness(config))
            defer { try? writer.close() }
            try record(writer)
            return
        } catch let error as LedgerError {
            problem = error.message
        } catch {
            problem = "\(error)"
        }
        warn("\(what) n'a pas pu être noté au journal de la base (\(problem)).")
    }

    /// `export.written`: which export, which file (its name only), how many rows, and the
    /// responsable who authenticated for it, if one did.
    func journalExport(_ kind: ExportKind, file: String, count: Int, by manager: Int64?) {
        journalTechnical("L'export") { try $0.recordExport(kind, file: file, count: count, operatorId: manager, till: tillName) }
    }

    private func warn(_ text: String) {
        FileHandle.standardError.write(Data(("Attention : " + text + "\n").utf8))
    }
}
