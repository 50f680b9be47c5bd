import ArgumentParser
import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirRuntime

/// `comptoir archive --year 2026 [FILE] --as RESPONSABLE`: the sealed archive of a year.
struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Écrit l'archive scellée d'une année : journal et clôtures en CSV, manifeste SHA-256 signé (Ed25519).",
        discussion: """
            Un fichier zip ouvert (CSV et LISEZMOI.txt des colonnes), jamais écrit par-dessus un autre. La clé de
            scellement est créée à la première archive, à côté de la base (<base>.cle, lisible par vous seul) ; sa
            partie publique est inscrite au journal. Gardez une copie de cette clé à part (elle n'est pas dans les
            sauvegardes de la base). À faire de préférence après comptoir close year.
            Exemple : comptoir archive --year 2026 /media/cle-usb/archive-2026.zip --as Sophie
                      comptoir verify-archive /media/cle-usb/archive-2026.zip
            """
    )
    @OptionGroup var options: CommonOptions
    @Option(help: ArgumentHelp("L'année (AAAA).", valueName: "année")) var year: Int
    @Argument(help: ArgumentHelp("Fichier zip à créer (par défaut comptoir-archive-AAAA.zip dans le dossier courant).", valueName: "fichier-zip")) var file: String?
    @Option(name: .customLong("as"), help: ArgumentHelp("Prénom du responsable.", valueName: "prénom")) var actor: String?
    @Flag(help: "Scelle aussi le registre des objets mobiliers de l'année (identités des déposants : gardez l'archive à l'abri).")
    var registre = false

    func run() throws {
        let shop = try Shop.open(options)
        let path = Configuration.expandHome(file ?? "comptoir-archive-\(year).zip")
        try CSVFile.checkFree(path, replace: false, shop: shop, forceOption: nil)
        let manager = try authenticateManager(shop, actor, action: "écrire l'archive scellée")
        let bar = ProgressBar("Archive \(year)")
        defer { bar.finish() }
        let done = try ledgerCall {
            try shop.ledger.writeArchive(year: year, to: path, shopName: shop.config.shopName, siret: shop.config.shopSiret,
                                         by: manager, till: shop.tillName, registre: registre, progress: bar.update)
        }
        bar.finish()
        let m = done.manifest
        print("Archive de \(year) écrite : \(done.path)")
        print("  " + counted(Int(m.entries), "écriture", "écritures") + " du journal (n° \(m.firstSeq) à n° \(m.lastSeq)), "
            + counted(done.sessions, "Z", "Z") + ", " + counted(done.periods, "clôture de période", "clôtures de période") + ".")
        if registre { print("  Registre des objets mobiliers de \(year) scellé avec (registre-objets-mobiliers.csv).") }
        print("  Clé de scellement : \(SealingKey.fingerprint(publicKey: m.publicKey))"
            + (done.keyCreated ? " (nouvelle : \(shop.ledger.sealingKeyPath) ; gardez-en une copie à part)." : "."))
        if !m.yearClosed {
            print("  Attention : exercice non clôturé (comptoir close year \(year)) : archive arrêtée à ce jour.")
        }
    }
}

/// `comptoir verify-archive FILE`: the archive on its own, then against this base's journal when there is one.
struct VerifyArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify-archive",
        abstract: "Vérifie une archive scellée ; code de sortie 1 si un seul octet a changé ou si elle n'est pas de cette boutique.",
        discussion: """
            Vérifie la structure du zip, la signature du manifeste, le SHA-256 de chaque fichier et le chaînage du
            journal. S'il y a une base (--db, ou celle de la configuration), vérifie aussi que la clé est celle de la
            boutique et que la dernière écriture est la sienne. Exemple : comptoir verify-archive archive-2026.zip
            """
    )
    @OptionGroup var options: CommonOptions
    @Argument(help: ArgumentHelp("L'archive (.zip).", valueName: "archive")) var file: String

    func run() throws {
        let path = Configuration.expandHome(file)
        let bar = ProgressBar("Vérification")
        let manifest: ArchiveManifest
        do {
            manifest = try ArchiveVerification.check(path: path, progress: bar.update)
            bar.finish()
        } catch let error as LedgerError {
            bar.finish()
            FileHandle.standardError.write(Data((error.message + "\n").utf8))
            throw ExitCode(1)
        }
        print("Archive intacte : exercice \(manifest.year) de \(manifest.shopName), "
            + counted(Int(manifest.entries), "écriture", "écritures") + " (n° \(manifest.firstSeq) à n° \(manifest.lastSeq)).")
        print("  Signature valide, clé \(SealingKey.fingerprint(publicKey: manifest.publicKey)).")
        let config = try Configuration.forCommand(options)
        let base = options.db.map(Configuration.expandHome)
            ?? (options.demo ? DataFolder.demoDatabase : (config.databasePath ?? DataFolder.defaultDatabase))
        guard Ledger.exists(path: base) else {
            print("  Pas de base Comptoir ici (\(base)) : la clé n'a pas été comparée à celle de la boutique.")
            return
        }
        let shop = try Shop.open(options, access: .readOnly)
        if let reason = try ledgerCall({ try shop.ledger.foreignArchiveReason(manifest) }) {
            FileHandle.standardError.write(Data("Archive NON reconnue par cette base : \(reason).\n".utf8))
            throw ExitCode(1)
        }
        print("  Elle est de cette boutique : sa clé est au journal, son écriture n° \(manifest.lastSeq) aussi.")
    }
}
