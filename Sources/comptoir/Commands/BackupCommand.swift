import ArgumentParser
import Foundation
import ComptoirLedger
import ComptoirRuntime

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
    @Argument(help: ArgumentHelp("Dossier de la sauvegarde.", valueName: "dossier")) var folder: String?

    func run() throws {
        let shop = try Shop.open(options, access: .readOnly)
        guard let folder = folder.map(Configuration.expandHome) ?? shop.config.backupFolder else {
            throw Failure("Indiquez le dossier de sauvegarde (comptoir backup DOSSIER), ou backup.folder dans la configuration.")
        }
        let path = try ledgerCall { try shop.ledger.backup(toFolder: folder, keep: shop.config.backupKeep) }
        let copy = try ledgerCall { try Ledger.openReadOnly(path: path, finished: true) }
        defer { try? copy.close() }
        let report = try ledgerCall { try copy.verify() }
        guard report.isOK else { throw Failure("La sauvegarde \(path) ne se vérifie pas : \(report.message)") }
        print("Sauvegarde écrite : \(path) (\(report.message)).")
        let head = try ledgerCall { try copy.chainHead()?.seq ?? 0 }
        shop.journalTechnical("La sauvegarde") { try $0.recordBackup(file: path, headSeq: head, operatorId: nil, till: shop.tillName) }
    }
}

/// `comptoir restore FILE`: replaces the ledger by a backup that verifies and belongs to its history.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Remplace la base par une sauvegarde, après l'avoir vérifiée (fermez d'abord toutes les caisses).",
        discussion: """
            Refusé, sans rien remplacer : une caisse ouverte sur la base, un fichier vide ou qui n'est pas une
            sauvegarde de Comptoir, une copie du mode formation, une sauvegarde qui ne se vérifie pas (comme
            comptoir verify), celle d'une autre boutique, ou une sauvegarde qui ne fait pas partie de l'histoire de
            la base actuelle. Le fichier donné n'est jamais modifié. La base remplacée est gardée à côté
            (<base>.avant-restauration-AAAAMMJJ-HHMMSS) et la restauration est inscrite au journal (qui, quelle
            sauvegarde, combien d'entrées perdues). Un responsable de la base actuelle autorise (--as PRÉNOM), sauf
            sur une base vide ou absente.
            Exemple : comptoir restore /media/cle-usb/comptoir/comptoir-20261201-183005.sqlite --as Sophie
            """
    )
    @OptionGroup var options: CommonOptions
    @Argument(help: ArgumentHelp("Fichier de sauvegarde.", valueName: "sauvegarde")) var backup: String
    @Option(name: .customLong("as"), help: ArgumentHelp("Prénom du responsable qui autorise.", valueName: "prénom")) var actor: String?

    func run() throws {
        let source = Configuration.expandHome(backup)
        let config = try Configuration.forCommand(options)
        let target = Shop.databasePath(options, config)
        var manager: Int64?
        if Ledger.exists(path: target) {
            // Without the type check: a base damaged that way is what a restore is for.
            let shop = try Shop.open(options, checkTypes: false)
            if try ledgerCall({ try shop.ledger.hasUsers() }) {
                manager = try authenticateManager(shop, actor, action: "restaurer une sauvegarde")
            }
            try ledgerCall { try shop.ledger.close() }
        }
        let (report, aside) = try ledgerCall {
            try Ledger.restore(backup: source, into: target, authorizedBy: manager, till: config.tillName,
                               witness: Shop.witness(config))
        }
        if let aside { print("L'ancienne base est gardée : \(aside)") }
        print("Base restaurée depuis \(source) : \(report.message)")
        if !report.isOK { throw ExitCode(1) }
    }
}
