import ArgumentParser
import Foundation
import ComptoirCore
import ComptoirLedger

/// `comptoir export households|products FILE.csv`: the same columns as the import, so an
/// export edited in a spreadsheet imports back.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Exporte les foyers ou les produits en CSV (mêmes colonnes que comptoir import).",
        discussion: """
            Le fichier est en UTF-8 avec séparateur ; (il s'ouvre tel quel dans un tableur français).
            Un fichier existant n'est pas remplacé, sauf avec --force.
            Exemples : comptoir export products catalogue.csv
                       comptoir export households foyers.csv --as Sophie
            """,
        subcommands: [Households.self, Products.self]
    )

    struct Households: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "households",
            abstract: "Exporte tous les foyers (données personnelles : un responsable, fichier lisible par vous seul)."
        )
        @OptionGroup var options: CommonOptions
        @Argument(help: "Fichier CSV à créer.") var file: String
        @Option(name: .customLong("as"), help: "Prénom du responsable qui exporte.") var actor: String?
        @Flag(help: "Remplace le fichier s'il existe.") var force = false

        func run() throws {
            let shop = try Shop.open(options)
            try CSVFile.checkFree(file, replace: force)
            _ = try authenticateManager(shop, actor, action: "exporter les foyers (données personnelles)")
            let households = try ledgerCall { try shop.ledger.households() }
            try CSVFile.write(HouseholdCSV.file(households), to: file, replace: force, personal: true)
            print(counted(households.count, "foyer exporté", "foyers exportés") + " dans \(file).")
        }
    }

    struct Products: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "products",
            abstract: "Exporte le catalogue de l'épicerie (sans le stock : comptoir stock list)."
        )
        @OptionGroup var options: CommonOptions
        @Argument(help: "Fichier CSV à créer.") var file: String
        @Flag(help: "Remplace le fichier s'il existe.") var force = false

        func run() throws {
            let shop = try Shop.open(options)
            let products = try ledgerCall { try shop.ledger.products() }
            try CSVFile.write(ProductCSV.file(products), to: file, replace: force, personal: false)
            print(counted(products.count, "produit exporté", "produits exportés") + " dans \(file).")
        }
    }
}
