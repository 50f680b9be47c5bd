import ArgumentParser
import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirRuntime

/// `comptoir verify`: recomputes the journal's chain, checks the tables against it, and
/// checks that the base extends every anchor kept outside it.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Vérifie le journal (chaîne SHA-256), les tables et les ancres hors de la base ; code de sortie 1 au moindre écart.",
        discussion: """
            La base est ouverte en lecture seule. Elle est aussi comparée à chaque sauvegarde du dossier
            backup.folder (comptoir-*.sqlite) et au témoin (ledger.witness) : une base dont le journal a été
            réécrit, ou dont la fin a été supprimée, est refusée avec le numéro de l'entrée.
            Exemples : comptoir verify
                       comptoir verify --against /media/cle-usb/comptoir/comptoir-20261123-180500.sqlite
                       comptoir verify --against archive-2026.zip
                       comptoir verify --head 4567:3f9a0c1b2d3e4f50   (la ligne « Journal n° » d'un Z ou d'un ticket)
            """
    )

    @OptionGroup var options: CommonOptions
    @Option(name: .customLong("against"), help: ArgumentHelp("Une sauvegarde (.sqlite) ou une archive scellée (.zip) que la base doit prolonger.", valueName: "sauvegarde"))
    var against: [String] = []
    @Option(name: .customLong("head"), help: ArgumentHelp("Une ligne « Journal n° » imprimée sur un Z ou un ticket : NUMÉRO:EMPREINTE (16 caractères ou plus).", valueName: "numéro:empreinte"))
    var heads: [String] = []

    func run() throws {
        var anchors = try against.map { file -> Anchor in
            let path = Configuration.expandHome(file)
            guard FileManager.default.fileExists(atPath: path) else {
                throw Failure("« \(path) » est introuvable : indiquez une sauvegarde (.sqlite) ou une archive (.zip) qui existe.")
            }
            return Anchor.file(path)
        }
        for text in heads {
            guard let (seq, prefix) = ChainHead.parse(text) else {
                throw Failure("« \(text) » n'est pas une ligne « Journal n° » : tapez le numéro, deux-points et au moins les "
                    + "16 premiers caractères de l'empreinte, par exemple 4567:3f9a0c1b2d3e4f50.")
            }
            anchors.append(.head(seq: seq, hashPrefix: prefix))
        }
        let shop = try Shop.open(options, access: .readOnly, checkTypes: false)
        do {
            try shop.ledger.checkStoredTypes()
        } catch let error as LedgerError {
            print("ERREUR — " + PrintableText.sanitized(error.message, singleLine: false))
            throw ExitCode(1)
        }
        // The anchors the shop keeps by itself: its backups and its witness (not the demo's).
        if !shop.isDemo, let folder = shop.config.backupFolder {
            anchors += Anchor.backups(inFolder: folder).filter { !anchors.contains($0) }
        }
        if !shop.isDemo, let witness = shop.config.witnessPath { anchors.append(.witness(witness)) }
        let report: VerifyReport
        let bar = ProgressBar("Vérification")
        do {
            report = try shop.ledger.verify(anchors: anchors, progress: bar.update)
            bar.finish()
        } catch let error as LedgerError {
            bar.finish()
            throw Failure(error.message)
        }
        print(PrintableText.sanitized(report.message, singleLine: false))
        if !report.isOK { throw ExitCode(1) }
    }
}
