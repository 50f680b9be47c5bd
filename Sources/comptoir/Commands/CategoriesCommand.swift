import ArgumentParser
import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirRuntime

/// `comptoir categories`: the friperie's categories, by the piece or by the kilogram.
struct CategoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "categories",
        abstract: "Catégories de la friperie : à la pièce (T-shirt 1 €) ou au kilo (vrac 3 €/kg), touche, famille, poids moyen.",
        discussion: """
            Exemples : comptoir categories
                       comptoir categories set VRAC --label Vrac --price 3,00 --kg --key 9 --as Sophie
                       comptoir categories set TSHIRT --average 0,2 --as Sophie
            Le poids moyen d'une pièce (en kilos) sert à compter en kilos ce qui est vendu à la pièce (bilan de la friperie).
            """,
        subcommands: [List.self, Set.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Liste les catégories.")
        @OptionGroup var options: CommonOptions

        func run() throws {
            let shop = try Shop.open(options)
            let categories = try ledgerCall { try shop.ledger.categories() }
            print(pad("Touche", 8) + pad("Code", 12) + pad("Libellé", 20) + pad("Prix", 14) + pad("Famille", 21) + "Poids moyen")
            for c in categories {
                print(pad(c.key.map(String.init) ?? "", 8) + pad(c.code, 12) + pad(c.label, 20) + pad(c.priceText, 14)
                      + pad(c.family.label, 21) + (c.averageGrams.map { Grams.kilograms(Int64($0)) } ?? ""))
            }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Crée une catégorie, ou change celle qui a ce code (les options absentes gardent leur valeur)."
        )
        @OptionGroup var options: CommonOptions
        @Argument(help: ArgumentHelp("Code de la catégorie (VRAC, TSHIRT…).", valueName: "code")) var code: String
        @Option(help: ArgumentHelp("Libellé affiché et imprimé.", valueName: "libellé")) var label: String?
        @Option(help: ArgumentHelp("Prix à la pièce, ou au kilo avec --kg (3,00).", valueName: "prix")) var price: String?
        @Flag(help: "Vendue au kilo : le poids est lu sur la balance ou tapé.") var kg = false
        @Flag(help: "Vendue à la pièce.") var piece = false
        @Option(help: ArgumentHelp("Touche 1 à 9 de l'écran de vente (0 : aucune).", valueName: "touche")) var key: Int?
        @Option(help: ArgumentHelp("Famille : textile, chaussures, linge, jouets, livres, maison, autre.", valueName: "famille")) var family: String?
        @Option(help: ArgumentHelp("Poids moyen d'une pièce, en kilos (0,2).", valueName: "poids-moyen")) var average: String?
        @Option(name: .customLong("as"), help: ArgumentHelp("Prénom du responsable.", valueName: "prénom")) var actor: String?

        func run() throws {
            let shop = try Shop.open(options)
            let code = self.code.uppercased()
            guard !(kg && piece) else { throw Failure("Choisissez --kg ou --piece, pas les deux.") }
            let existing = try ledgerCall { try shop.ledger.categories() }.first { $0.code == code }
            var category = existing ?? Category(code: code, label: "", price: .zero)
            if let label { category.label = label }
            if existing == nil, label == nil { throw Failure("Nouvelle catégorie \(code) : donnez son libellé (--label).") }
            if let price {
                switch Money.parse(price) {
                case .success(let m): category.price = m
                case .failure: throw Failure("Prix « \(price) » : tapez un montant, par exemple 3,00.")
                }
            } else if existing == nil {
                throw Failure("Nouvelle catégorie \(code) : donnez son prix (--price).")
            }
            if kg { category.unit = .kg }
            if piece { category.unit = .piece }
            if let key { category.key = key == 0 ? nil : key }
            if let family {
                guard let f = FriperieFamily(rawValue: family.lowercased()) else {
                    throw Failure("Famille « \(family) » inconnue : " + FriperieFamily.allCases.map(\.rawValue).joined(separator: ", ") + ".")
                }
                category.family = f
            }
            if let average {
                guard let grams = Grams.parseKilograms(average) else {
                    throw Failure("Poids moyen « \(average) » : tapez des kilos, par exemple 0,2 (0 : aucun).")
                }
                category.averageGrams = grams == 0 ? nil : grams
            }
            let actorId = try authenticateManager(shop, actor, action: "changer les catégories")
            try ledgerCall { try shop.ledger.saveCategory(category, by: actorId, till: shop.tillName) }
            print("Catégorie \(code) \(existing == nil ? "créée" : "changée") : \(PrintableText.sanitized(category.label)), \(category.priceText)"
                + (category.key.map { ", touche \($0)" } ?? "") + ", \(category.family.label.lowercased())"
                + (category.averageGrams.map { ", \(Grams.kilograms(Int64($0))) la pièce" } ?? "") + ".")
        }
    }
}
