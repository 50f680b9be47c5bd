import ArgumentParser
import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirRuntime

/// `comptoir export households|products FILE.csv`: the same columns as the import, so an
/// export edited in a spreadsheet imports back.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Exporte en CSV les foyers, les produits (mêmes colonnes que comptoir import), le registre ou les étiquettes du vide-greniers.",
        discussion: """
            Le fichier est en UTF-8 avec séparateur ; (il s'ouvre tel quel dans un tableur français).
            Un fichier existant n'est pas remplacé, sauf avec --force ; jamais un lien symbolique ni la base.
            Le fichier est lisible par vous seul (0600). Une case qui commence par = + - @ ' (ou une
            tabulation) est précédée de ' pour qu'un tableur ne l'exécute pas ; l'import l'enlève.
            Exemples : comptoir export products catalogue.csv
                       comptoir export households foyers.csv --as Sophie
            """,
        subcommands: [Households.self, Products.self, Registre.self, Etiquettes.self, Fec.self, AccountingJournal.self]
    )

    struct Households: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "households",
            abstract: "Exporte tous les foyers (données personnelles : un responsable, fichier lisible par vous seul)."
        )
        @OptionGroup var options: CommonOptions
        @Argument(help: ArgumentHelp("Fichier CSV à créer.", valueName: "fichier-csv")) var file: String
        @Option(name: .customLong("as"), help: ArgumentHelp("Prénom du responsable qui exporte.", valueName: "prénom")) var actor: String?
        @Flag(help: "Remplace le fichier s'il existe.") var force = false

        func run() throws {
            let shop = try Shop.open(options, access: .readOnly)
            try CSVFile.checkFree(file, replace: force, shop: shop)
            let manager = try authenticateManager(shop, actor, action: "exporter les foyers (données personnelles)")
            let households = try ledgerCall { try shop.ledger.households() }
            try CSVFile.write(HouseholdCSV.file(households), to: file, replace: force, shop: shop)
            print(counted(households.count, "foyer exporté", "foyers exportés") + " dans \(file).")
            shop.journalExport(.households, file: file, count: households.count, by: manager)
        }
    }

    struct Products: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "products",
            abstract: "Exporte le catalogue de l'épicerie (sans le stock : comptoir stock list)."
        )
        @OptionGroup var options: CommonOptions
        @Argument(help: ArgumentHelp("Fichier CSV à créer.", valueName: "fichier-csv")) var file: String
        @Flag(help: "Remplace le fichier s'il existe.") var force = false

        func run() throws {
            let shop = try Shop.open(options, access: .readOnly)
            try CSVFile.checkFree(file, replace: force, shop: shop)
            let products = try ledgerCall { try shop.ledger.products() }
            try CSVFile.write(ProductCSV.file(products), to: file, replace: force, shop: shop)
            print(counted(products.count, "produit exporté", "produits exportés") + " dans \(file).")
            shop.journalExport(.products, file: file, count: products.count, by: nil)
        }
    }
}

extension ExportCommand {
    /// `comptoir export registre --from --to FILE.csv`: the registre des objets mobiliers.
    struct Registre: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "registre",
            abstract: "Exporte le registre des objets mobiliers du vide-greniers (un responsable).",
            discussion: """
                Chaque article déposé sur la période, par numéro d'ordre : date de dépôt, étiquette, box,
                description, prix, identité du déposant et sa pièce d'identité, date et moyen de paiement
                de la vente, ou sa sortie (rendu, donné).
                Exemple : comptoir export registre --from 01/11/2026 --to 30/11/2026 registre-novembre.csv --as Sophie
                """
        )
        @OptionGroup var options: CommonOptions
        @Option(help: ArgumentHelp("Premier jour de dépôt (JJ/MM/AAAA).", valueName: "premier-jour")) var from: String
        @Option(help: ArgumentHelp("Dernier jour de dépôt (JJ/MM/AAAA).", valueName: "dernier-jour")) var to: String
        @Argument(help: ArgumentHelp("Fichier CSV à créer.", valueName: "fichier-csv")) var file: String
        @Option(name: .customLong("as"), help: ArgumentHelp("Prénom du responsable qui exporte.", valueName: "prénom")) var actor: String?
        @Flag(help: "Remplace le fichier s'il existe.") var force = false

        func run() throws {
            guard let first = CalendarDay(from) else { throw Failure("--from « \(from) » n'est pas une date : écrivez-la JJ/MM/AAAA.") }
            guard let last = CalendarDay(to) else { throw Failure("--to « \(to) » n'est pas une date : écrivez-la JJ/MM/AAAA.") }
            let shop = try Shop.open(options, access: .readOnly)
            try CSVFile.checkFree(file, replace: force, shop: shop)
            let manager = try authenticateManager(shop, actor, action: "exporter le registre (identités des déposants)")
            let entries = try ledgerCall { try shop.ledger.objectRegister(from: first, to: last) }
            try CSVFile.write(ObjectRegisterCSV.file(entries, timeZone: shop.ledger.timeZone), to: file, replace: force, shop: shop)
            print(counted(entries.count, "article", "articles") + " du \(first.french) au \(last.french) dans \(file).")
            shop.journalExport(.registre, file: file, count: entries.count, by: manager)
        }
    }
}

extension ExportCommand {
    /// `comptoir export etiquettes --box B07 FILE.csv`: the labels of a box's items for a
    /// separate label printer's software.
    struct Etiquettes: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "etiquettes",
            abstract: "Exporte les étiquettes des articles d'un box en CSV, pour une imprimante d'étiquettes à part.",
            discussion: """
                Colonnes : box;article;code;code_barres;description;prix — le logiciel de l'imprimante
                d'étiquettes imprime code_barres en CODE128 (la caisse le lit) et code en clair.
                Seuls les articles encore en box de la location en cours sont exportés.
                Exemple : comptoir export etiquettes --box B07 etiquettes-B07.csv
                """
        )
        @OptionGroup var options: CommonOptions
        @Option(help: ArgumentHelp("Code du box (B07).", valueName: "box")) var box: String
        @Argument(help: ArgumentHelp("Fichier CSV à créer.", valueName: "fichier-csv")) var file: String
        @Flag(help: "Remplace le fichier s'il existe.") var force = false

        func run() throws {
            let shop = try Shop.open(options, access: .readOnly)
            try CSVFile.checkFree(file, replace: force, shop: shop)
            let today = CalendarDay(Date(), in: shop.ledger.timeZone)
            let items = try ledgerCall { try shop.ledger.itemsInBox(box, on: today) }
            try CSVFile.write(ItemLabelFile.file(items), to: file, replace: force, shop: shop)
            print(counted(items.count, "étiquette exportée", "étiquettes exportées") + " dans \(file).")
            shop.journalExport(.labels, file: file, count: items.count, by: nil)
        }
    }
}

extension ExportCommand {
    /// `comptoir export fec --year 2026 [FOLDER]`: the French FEC of the year's closings.
    struct Fec: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fec",
            abstract: "Écrit le fichier des écritures comptables (FEC) d'une année, à partir des Z.",
            discussion: """
                Une écriture par Z (encaissements par moyen de paiement, ventes par activité, part des déposants,
                reversements en espèces, prélèvements, écart de caisse), par reversement par virement et par loyer
                déduit des ventes ; chacune est équilibrée. 18 colonnes séparées par |, dates AAAAMMJJ, montants à
                virgule. Le fichier s'appelle <SIREN>FEC<AAAAMMJJ>.txt (le SIREN vient de shop.siret). Les sessions
                sans Z n'y sont pas. Exemple : comptoir export fec --year 2026 /media/cle-usb
                """
        )
        @OptionGroup var options: CommonOptions
        @Option(help: ArgumentHelp("L'année (AAAA).", valueName: "année")) var year: Int
        @Argument(help: ArgumentHelp("Dossier où écrire le fichier (par défaut le dossier courant).", valueName: "dossier")) var folder: String = "."
        @Flag(help: "Remplace le fichier s'il existe.") var force = false

        func run() throws {
            let shop = try Shop.open(options, access: .readOnly)
            guard let name = FEC.fileName(siret: shop.config.shopSiret, yearEnd: CalendarDay(year: year, month: 12, day: 31)) else {
                throw Failure("Le FEC porte le SIREN de la boutique : indiquez shop.siret dans la configuration.")
            }
            let path = (Configuration.expandHome(folder) as NSString).appendingPathComponent(name)
            try CSVFile.checkFree(path, replace: force, shop: shop)
            let plan = shop.config.accountPlan
            let entries = try ledgerCall { try shop.ledger.accountingEntries(year: year, plan: plan) }
            guard entries.allSatisfy(\.isBalanced) else { throw Failure("Une écriture n'est pas équilibrée : rien n'a été écrit.") }
            try CSVFile.write(Array(FEC.text(entries, plan: plan).utf8), to: path, replace: force, shop: shop)
            print(counted(entries.count, "écriture", "écritures") + " de \(year) dans \(path).")
            shop.journalExport(.fec, file: path, count: entries.count, by: nil)
        }
    }
}

extension ExportCommand {
    /// `comptoir export journal --year 2026 [FILE]`: the same books as the FEC, for hledger and ledger.
    struct AccountingJournal: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "journal",
            abstract: "Écrit le journal comptable d'une année en texte (lu par hledger et ledger), mêmes écritures et comptes que le FEC.",
            discussion: """
                Exemple : comptoir export journal --year 2026 compta-2026.journal
                          hledger -f compta-2026.journal balance
                """
        )
        @OptionGroup var options: CommonOptions
        @Option(help: ArgumentHelp("L'année (AAAA).", valueName: "année")) var year: Int
        @Argument(help: ArgumentHelp("Fichier à créer (par défaut comptoir-AAAA.journal dans le dossier courant).", valueName: "fichier")) var file: String?
        @Flag(help: "Remplace le fichier s'il existe.") var force = false

        func run() throws {
            let shop = try Shop.open(options, access: .readOnly)
            let path = Configuration.expandHome(file ?? "comptoir-\(year).journal")
            try CSVFile.checkFree(path, replace: force, shop: shop)
            let plan = shop.config.accountPlan
            let entries = try ledgerCall { try shop.ledger.accountingEntries(year: year, plan: plan) }
            guard entries.allSatisfy(\.isBalanced) else { throw Failure("Une écriture n'est pas équilibrée : rien n'a été écrit.") }
            let title = "Comptoir, journal comptable \(year) de \(shop.config.shopName)"
            try CSVFile.write(Array(PlainTextJournal.text(entries, plan: plan, title: title).utf8), to: path, replace: force, shop: shop)
            print(counted(entries.count, "écriture", "écritures") + " de \(year) dans \(path).")
            shop.journalExport(.accountingJournal, file: path, count: entries.count, by: nil)
        }
    }
}
