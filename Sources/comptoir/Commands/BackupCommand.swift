import ArgumentParser
import Foundation
import ComptoirLedger

/// `comptoir backup [FOLDER]`: an online copy of the ledger, checked by `verify`.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Sauvegarde la base (les caisses peuvent rester ouvertes) dans un dossier, par exemple une clé USB.",
        discussion: """
            Sans dossier : celui de la configuration (backup.folder). La copie s'appelle
            comptoir-AAAAMMJJ-HHMMSS.sqlite ; elle est vérifiée (comme comptoir verify) ; seules les
            backup.keep plus récentes sont gardées. Exemple : comptoir backup /media/cle-usb/comptoir
            """
    )
    @OptionGroup var options: CommonOptions
    @Argument(help: "Dossier de la sauvegarde.") var folder: String?

    func run() throws {
        let shop = try Shop.open(options)
        guard let folder = folder.map(Configuration.expandHome) ?? shop.config.backupFolder else {
            throw Failure("Indiquez le dossier de sauvegarde (comptoir backup DOSSIER), ou backup.folder dans la configuration.")
        }
        let path = try ledgerCall { try shop.ledger.backup(toFolder: folder, keep: shop.config.backupKeep) }
        let copy = try ledgerCall { try Ledger.open(path: path) }
        defer { try? copy.close() }
        let report = try ledgerCall { try copy.verify() }
        guard report.isOK else { throw Failure("La sauvegarde \(path) ne se vérifie pas : \(report.message)") }
        print("Sauvegarde écrite : \(path) (\(report.message)).")
    }
}

/// `comptoir restore FILE`: replaces the ledger by a backup that verifies.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Remplace la base par une sauvegarde, après l'avoir vérifiée (fermez d'abord toutes les caisses).",
        discussion: """
            La sauvegarde est d'abord vérifiée (comme comptoir verify) : si elle ne l'est pas, rien n'est
            remplacé. La base remplacée est gardée à côté (<base>.avant-restauration-AAAAMMJJ-HHMMSS).
            Un responsable de la base actuelle autorise (--as PRÉNOM), sauf sur une base encore vide.
            Exemple : comptoir restore /media/cle-usb/comptoir/comptoir-20261201-183005.sqlite --as Sophie
            """
    )
    @OptionGroup var options: CommonOptions
    @Argument(help: "Fichier de sauvegarde.") var backup: String
    @Option(name: .customLong("as"), help: "Prénom du responsable qui autorise.") var actor: String?

    func run() throws {
        let source = Configuration.expandHome(backup)
        let shop = try Shop.open(options)
        if try ledgerCall({ try shop.ledger.hasUsers() }) {
            _ = try authenticateManager(shop, actor, action: "restaurer une sauvegarde")
        }
        let target = shop.databasePath
        try ledgerCall { try shop.ledger.close() }
        let (report, aside) = try ledgerCall { try Ledger.restore(backup: source, into: target) }
        if let aside { print("L'ancienne base est gardée : \(aside)") }
        print("Base restaurée depuis \(source) : \(report.message)")
        if report.problem != nil { throw ExitCode(1) }
    }
}
