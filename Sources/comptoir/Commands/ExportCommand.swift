import ArgumentParser
import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirPrint
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
                description, prix, identité et domicile du déposant, sa pièce d'identité (nature, numéro,
                date et autorité de délivrance), date et moyen de paiement de la vente, ou sa sortie (rendu, donné).
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

/// The period of the books: `--year` (the fiscal year that starts in that year, as the
/// shop's settings set it), or `--from` and `--to`.
struct AccountingPeriodOptions: ParsableArguments {
    @Option(help: ArgumentHelp("L'exercice qui commence cette année-là (AAAA ; l'année civile sauf réglage « Début d'exercice »).",
                               valueName: "année")) var year: Int?
    @Option(help: ArgumentHelp("Premier jour (AAAA-MM-JJ ou JJ/MM/AAAA), avec --to.", valueName: "premier-jour")) var from: String?
    @Option(help: ArgumentHelp("Dernier jour (AAAA-MM-JJ ou JJ/MM/AAAA), avec --from.", valueName: "dernier-jour")) var to: String?

    /// The first and last day; the French reason when the options do not name one period.
    func period(fiscalYear start: FiscalYearStart) throws -> (first: CalendarDay, last: CalendarDay) {
        switch (year, from, to) {
        case (let year?, nil, nil):
            guard (1_900...9_999).contains(year) else { throw Failure("--year \(year) : écrivez l'année sur quatre chiffres, par exemple 2026.") }
            return start.year(startingIn: year)
        case (nil, let from?, let to?):
            guard let first = CalendarDay(from) else { throw Failure("--from « \(from) » n'est pas une date : écrivez-la AAAA-MM-JJ (ou JJ/MM/AAAA).") }
            guard let last = CalendarDay(to) else { throw Failure("--to « \(to) » n'est pas une date : écrivez-la AAAA-MM-JJ (ou JJ/MM/AAAA).") }
            guard first <= last else { throw Failure("La période va du \(first.french) au \(last.french) : --from doit précéder --to.") }
            return (first, last)
        case (nil, nil, nil):
            throw Failure("Indiquez la période : --year AAAA (l'exercice), ou --from AAAA-MM-JJ --to AAAA-MM-JJ.")
        case (_?, _, _):
            throw Failure("--year ou --from/--to, pas les deux.")
        default:
            throw Failure("--from et --to vont ensemble : indiquez le premier et le dernier jour.")
        }
    }

    /// `2026` for a calendar year, `du 01/09/2026 au 31/08/2027` otherwise.
    static func label(_ period: (first: CalendarDay, last: CalendarDay)) -> String {
        let (first, last) = period
        if first.month == 1 && first.day == 1 && last == CalendarDay(year: first.year, month: 12, day: 31) { return "de \(first.year)" }
        return "du \(first.french) au \(last.french)"
    }
}

extension ExportCommand {
    /// `comptoir export fec --year 2026 [FOLDER]`: the French FEC of a fiscal year's closings.
    struct Fec: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fec",
            abstract: "Écrit le fichier des écritures comptables (FEC) d'un exercice ou d'une période, à partir des Z.",
            discussion: """
                Une écriture par Z (encaissements par moyen de paiement, ventes par activité, part des déposants,
                reversements en espèces, prélèvements, écart de caisse), par reversement par virement et par loyer
                déduit des ventes ; chacune est équilibrée. 18 colonnes séparées par |, dates AAAAMMJJ, montants à
                virgule. Chaque ligne du compte des déposants porte le compte auxiliaire du déposant : CompAuxNum
                DEP et son numéro sur six chiffres (DEP000012), CompAuxLib son NOM et son prénom. --year 2026 est
                l'exercice qui commence en 2026 (l'année civile, sauf « Début d'exercice » dans les réglages de la
                boutique). Le fichier s'appelle <SIREN>FEC<AAAAMMJJ>.txt, la date étant le dernier jour de la
                période (le SIREN vient du SIRET de la boutique). Les sessions sans Z n'y sont pas.
                Exemples : comptoir export fec --year 2026 /media/cle-usb
                           comptoir export fec --from 2026-09-01 --to 2027-08-31 --encoding latin9
                """
        )
        @OptionGroup var options: CommonOptions
        @OptionGroup var period: AccountingPeriodOptions
        @Option(help: ArgumentHelp("Codage du fichier : utf8 (par défaut) ou latin9 (ISO-8859-15).", valueName: "codage"))
        var encoding: String = "utf8"
        @Argument(help: ArgumentHelp("Dossier où écrire le fichier (par défaut le dossier courant).", valueName: "dossier")) var folder: String = "."
        @Flag(help: "Remplace le fichier s'il existe.") var force = false

        func run() throws {
            guard let fileEncoding = TextFileEncoding(name: encoding) else {
                throw Failure("Codage « \(encoding) » inconnu : utf8 ou latin9 (ISO-8859-15).")
            }
            let shop = try Shop.open(options, access: .readOnly)
            let (first, last) = try period.period(fiscalYear: shop.config.fiscalYearStart)
            guard let name = FEC.fileName(siret: shop.config.shopSiret, yearEnd: last) else {
                throw Failure("Le FEC porte le SIREN de la boutique : indiquez le SIRET dans les réglages de la boutique.")
            }
            let path = (Configuration.expandHome(folder) as NSString).appendingPathComponent(name)
            try CSVFile.checkFree(path, replace: force, shop: shop)
            let plan = shop.config.accountPlan
            let entries = try ledgerCall { try shop.ledger.accountingEntries(from: first, through: last, plan: plan) }
            guard entries.allSatisfy(\.isBalanced) else { throw Failure("Une écriture n'est pas équilibrée : rien n'a été écrit.") }
            try CSVFile.write(fileEncoding.encode(FEC.text(entries, plan: plan)), to: path, replace: force, shop: shop)
            print(counted(entries.count, "écriture", "écritures") + " \(AccountingPeriodOptions.label((first, last))) dans \(path).")
            shop.journalExport(.fec, file: path, count: entries.count, by: nil)
        }
    }
}

extension ExportCommand {
    /// `comptoir export journal --year 2026 [FILE]`: the same books as the FEC, for hledger and ledger.
    struct AccountingJournal: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "journal",
            abstract: "Écrit le journal comptable d'un exercice ou d'une période en texte (lu par hledger et ledger), mêmes écritures et comptes que le FEC.",
            discussion: """
                Exemple : comptoir export journal --year 2026 compta-2026.journal
                          hledger -f compta-2026.journal balance
                """
        )
        @OptionGroup var options: CommonOptions
        @OptionGroup var period: AccountingPeriodOptions
        @Argument(help: ArgumentHelp("Fichier à créer (par défaut comptoir-AAAAMMJJ.journal, le dernier jour, dans le dossier courant ; comptoir-AAAA.journal pour une année civile).", valueName: "fichier")) var file: String?
        @Flag(help: "Remplace le fichier s'il existe.") var force = false

        func run() throws {
            let shop = try Shop.open(options, access: .readOnly)
            let (first, last) = try period.period(fiscalYear: shop.config.fiscalYearStart)
            let label = AccountingPeriodOptions.label((first, last))
            let calendar = label == "de \(first.year)"
            let path = Configuration.expandHome(file ?? (calendar ? "comptoir-\(first.year).journal"
                                                                 : "comptoir-\(last.iso.replacingOccurrences(of: "-", with: "")).journal"))
            try CSVFile.checkFree(path, replace: force, shop: shop)
            let plan = shop.config.accountPlan
            let entries = try ledgerCall { try shop.ledger.accountingEntries(from: first, through: last, plan: plan) }
            guard entries.allSatisfy(\.isBalanced) else { throw Failure("Une écriture n'est pas équilibrée : rien n'a été écrit.") }
            let title = "Comptoir, journal comptable \(calendar ? String(first.year) : label) de \(shop.config.shopName)"
            try CSVFile.write(Array(PlainTextJournal.text(entries, plan: plan, title: title).utf8), to: path, replace: force, shop: shop)
            print(counted(entries.count, "écriture", "écritures") + " \(label) dans \(path).")
            shop.journalExport(.accountingJournal, file: path, count: entries.count, by: nil)
        }
    }
}
