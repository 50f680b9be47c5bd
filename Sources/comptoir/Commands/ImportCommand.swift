import ArgumentParser
import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirRuntime

/// `comptoir import households|products FILE.csv --as PRÉNOM`: a whole file in one
/// transaction, or nothing. Every bad line is listed, so the file is fixed in one pass.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Importe des foyers ou des produits depuis un fichier CSV : tout le fichier, ou rien.",
        discussion: """
            Le fichier est un CSV UTF-8 (séparateur ; ou ,) dont la première ligne nomme les colonnes,
            comme l'écrit comptoir export. Chaque ligne fausse est signalée (Ligne N : colonne : raison) ;
            s'il y en a une seule, rien n'est importé. Un responsable autorise avec son code PIN.
            Exemple : comptoir import households foyers.csv --as Sophie
            """,
        subcommands: [Households.self, Products.self]
    )

    struct Households: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "households",
            abstract: "Importe des foyers (colonnes : \(HouseholdCSV.columns.joined(separator: ";"))).",
            discussion: """
                numero vide : un nouveau foyer ; sinon le numéro de la carte (42 ou F-42-7) : ce foyer est créé ou mis à jour.
                Obligatoires : \(HouseholdCSV.required.joined(separator: ", ")). droits_au vide : la durée des droits des règles.
                """
        )
        @OptionGroup var options: CommonOptions
        @Argument(help: ArgumentHelp("Fichier CSV des foyers.", valueName: "fichier-csv")) var file: String
        @Option(name: .customLong("as"), help: ArgumentHelp("Prénom du responsable qui autorise.", valueName: "prénom")) var actor: String?

        func run() throws {
            let shop = try Shop.open(options)
            let data = try CSVFile.read(file)
            let rules = try ledgerCall { try shop.ledger.epicerieRules() }
            let entries = try importStep { try HouseholdCSV.read(data, rules: rules) }
            let actorId = try authenticateManager(shop, actor, action: "importer des foyers")
            let written = try importStep { try shop.ledger.importHouseholds(entries, by: actorId, till: shop.tillName) }
            print(summary(written, of: entries.count, "foyer importé", "foyers importés"))
        }
    }

    struct Products: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "products",
            abstract: "Importe des produits de l'épicerie (colonnes : \(ProductCSV.columns.joined(separator: ";"))).",
            discussion: """
                Un code déjà au catalogue met le produit à jour ; le stock ne change pas (comptoir stock arrival).
                Obligatoires : \(ProductCSV.required.joined(separator: ", ")). Un EAN-13 doit avoir la bonne clé de contrôle.
                """
        )
        @OptionGroup var options: CommonOptions
        @Argument(help: ArgumentHelp("Fichier CSV des produits.", valueName: "fichier-csv")) var file: String
        @Option(name: .customLong("as"), help: ArgumentHelp("Prénom du responsable qui autorise.", valueName: "prénom")) var actor: String?

        func run() throws {
            let shop = try Shop.open(options)
            let data = try CSVFile.read(file)
            let entries = try importStep { try ProductCSV.read(data) }
            let actorId = try authenticateManager(shop, actor, action: "importer des produits")
            let written = try importStep { try shop.ledger.importProducts(entries, by: actorId, till: shop.tillName) }
            print(summary(written, of: entries.count, "produit importé", "produits importés"))
        }
    }
}

/// A refused file or line ends the command, saying that nothing was written.
private func importStep<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as CSVError {
        throw Failure(error.message + "\nRien n'a été importé.")
    } catch let error as LedgerError {
        throw Failure(error.message + "\nRien n'a été importé.")
    }
}

/// `12 foyers importés.`, or `2 foyers importés, 10 déjà à jour.`
private func summary(_ written: Int, of total: Int, _ singular: String, _ plural: String) -> String {
    let unchanged = total - written
    return counted(written, singular, plural) + (unchanged > 0 ? ", \(unchanged) déjà à jour." : ".")
}
