import ArgumentParser
import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirRuntime

/// `comptoir stock`: arrivals (donations, purchases, food bank), inventory corrections,
/// and the stock of the épicerie's products. Every movement is journaled.
struct StockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stock",
        abstract: "Stock de l'épicerie : arrivées, corrections d'inventaire, liste, produits à racheter.",
        discussion: """
            Une quantité se compte en pièces, ou en kilos (2,5) pour un produit vendu au kg.
            Exemples : comptoir stock arrival 3038350012005 24 --kind banque-alimentaire --weight 12 --as Sophie
                       comptoir stock correct 3038350012005 -2 --reason casse --as Sophie
            """,
        subcommands: [Arrival.self, Correct.self, List.self, Low.self],
        defaultSubcommand: List.self
    )

    struct Arrival: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "arrival",
            abstract: "Enregistre une arrivée : don, achat ou livraison de la banque alimentaire."
        )
        @OptionGroup var options: CommonOptions
        @Argument(help: ArgumentHelp("Code du produit (code-barres ou code interne).", valueName: "code")) var code: String
        @Argument(help: ArgumentHelp("Quantité arrivée (pièces, ou kilos pour un produit au kg).", valueName: "quantité")) var quantity: String
        @Option(help: ArgumentHelp("Nature : don, achat ou banque-alimentaire.", valueName: "nature")) var kind: String
        @Option(help: ArgumentHelp("Poids total de l'arrivée, en kilos (2,5), s'il est connu.", valueName: "poids")) var weight: String?
        @Option(name: .customLong("as"), help: ArgumentHelp("Prénom du responsable qui enregistre.", valueName: "prénom")) var actor: String?

        func run() throws {
            let shop = try Shop.open(options)
            let kind = try arrivalKind(kind)
            let product = try findProduct(shop, code)
            let amount = try stockQuantity(quantity, of: product, allowNegative: false)
            var grams = try weight.map(weightGrams)
            if grams == nil, product.unit == .kg { grams = amount }
            let actorId = try authenticateManager(shop, actor, action: "enregistrer une arrivée")
            try ledgerCall {
                try shop.ledger.recordStock(code: product.code, kind: kind, quantity: amount, weightGrams: grams,
                                            by: actorId, till: shop.tillName)
            }
            let stock = try ledgerCall { try shop.ledger.product(code: product.code) }?.stock ?? product.stock + amount
            let weighed = product.unit == .piece ? grams.map { ", \(Grams.kilograms(Int64($0)))" } ?? "" : ""
            print("Arrivée (\(kind.label)) enregistrée : \(product.unit == .kg ? stockText(amount, .kg) + " de" : "\(amount) ×") "
                  + "« \(PrintableText.sanitized(product.name)) »\(weighed). Stock : \(stockText(stock, product.unit)).")
        }
    }

    struct Correct: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "correct",
            abstract: "Corrige le stock après un inventaire (une quantité négative retire : -3)."
        )
        @OptionGroup var options: CommonOptions
        @Argument(help: ArgumentHelp("Code du produit (code-barres ou code interne).", valueName: "code")) var code: String
        // Every input left over: ArgumentParser would take `-3` for an option.
        @Argument(parsing: .allUnrecognized, help: ArgumentHelp("Quantité à ajouter, ou à retirer avec un signe moins (-3).", valueName: "quantité"))
        var quantity: [String] = []
        @Option(help: ArgumentHelp("Raison de la correction (casse, date dépassée, comptage…).", valueName: "raison")) var reason: String
        @Option(name: .customLong("as"), help: ArgumentHelp("Prénom du responsable qui corrige.", valueName: "prénom")) var actor: String?

        func run() throws {
            let quantity = quantity.filter { $0 != "--" }
            guard quantity.count == 1, let text = quantity.first else {
                throw Failure(quantity.isEmpty
                    ? "Indiquez la quantité à corriger, par exemple -3 ou 2."
                    : "Une seule quantité est attendue, pas « \(quantity.joined(separator: " ")) ».")
            }
            let shop = try Shop.open(options)
            let product = try findProduct(shop, code)
            let amount = try stockQuantity(text, of: product, allowNegative: true)
            let actorId = try authenticateManager(shop, actor, action: "corriger le stock")
            try ledgerCall {
                try shop.ledger.recordStock(code: product.code, kind: .correction, quantity: amount, reason: reason,
                                            by: actorId, till: shop.tillName)
            }
            print("Stock de « \(PrintableText.sanitized(product.name)) » corrigé (\(amount > 0 ? "+" : "")\(stockText(amount, product.unit))) : "
                  + "\(stockText(product.stock + amount, product.unit)).")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Liste les produits avec leur stock et leur seuil.")
        @OptionGroup var options: CommonOptions

        func run() throws {
            let shop = try Shop.open(options)
            let products = try ledgerCall { try shop.ledger.products() }
            guard !products.isEmpty else {
                print("Aucun produit au catalogue. Importez-les : comptoir import products FICHIER.csv --as PRÉNOM")
                return
            }
            printTable(products)
        }
    }

    struct Low: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "low", abstract: "Les produits à leur seuil de stock ou en dessous.")
        @OptionGroup var options: CommonOptions

        func run() throws {
            let shop = try Shop.open(options)
            let products = try ledgerCall { try shop.ledger.lowStock() }
            guard !products.isEmpty else {
                print("Aucun produit n'est à son seuil de stock.")
                return
            }
            printTable(products)
        }
    }
}

/// Code, name, category, stock, threshold, and `BAS` at or below the threshold (as
/// `comptoir stock low` lists them); fits 80 columns.
private func printTable(_ products: [Product]) {
    print(pad("Code", 15) + pad("Nom", 24) + pad("Catégorie", 14) + padLeft("Stock", 11) + padLeft("Seuil", 11))
    for p in products {
        let low = p.stock <= p.lowStock
        print(pad(p.code, 15) + pad(clip(p.name, 23), 24) + pad(clip(p.category, 13), 14)
              + padLeft(stockText(p.stock, p.unit), 11) + padLeft(stockText(p.lowStock, p.unit), 11)
              + (low ? "  BAS" : ""))
    }
}

private func clip(_ s: String, _ n: Int) -> String { French.truncated(s, width: n) }

/// Pieces, or kilos for a product sold by the kg (its stock counts grams).
private func stockText(_ quantity: Int, _ unit: Product.Unit) -> String {
    unit == .kg ? Grams.kilograms(Int64(quantity)) : String(quantity)
}

private func stockQuantity(_ text: String, of product: Product, allowNegative: Bool) throws -> Int {
    let t = text.trimmingCharacters(in: .whitespaces)
    let negative = t.hasPrefix("-")
    if negative && !allowNegative {
        throw Failure("Quantité « \(t) » : une arrivée compte au moins une unité (pour retirer : comptoir stock correct).")
    }
    let magnitude = negative ? String(t.dropFirst()) : (t.hasPrefix("+") ? String(t.dropFirst()) : t)
    if product.unit == .kg {
        guard let grams = Grams.parseKilograms(magnitude) else {
            throw Failure("Quantité « \(t) » : « \(PrintableText.sanitized(product.name)) » se compte en kilos ; tapez par exemple 2,5.")
        }
        return negative ? -grams : grams
    }
    guard magnitude.utf8.allSatisfy({ (48...57).contains($0) }), (1...9).contains(magnitude.count), let n = Int(magnitude) else {
        throw Failure("Quantité « \(t) » : tapez un nombre entier de pièces, par exemple 12.")
    }
    return negative ? -n : n
}

private func weightGrams(_ text: String) throws -> Int {
    guard let grams = Grams.parseKilograms(text), grams > 0 else {
        throw Failure("Poids « \(text) » : tapez le poids en kilos, par exemple 2,5.")
    }
    return grams
}

private func arrivalKind(_ text: String) throws -> StockMovementKind {
    let key = CSVTable.columnKey(text)
    guard let kind = StockMovementKind.arrivals.first(where: { $0.rawValue == key || key == "ba" && $0 == .foodBank }) else {
        throw Failure("Nature « \(text) » inconnue : don, achat ou banque-alimentaire.")
    }
    return kind
}

private func findProduct(_ shop: Shop, _ code: String) throws -> Product {
    let code = code.trimmingCharacters(in: .whitespaces)
    guard let product = try ledgerCall({ try shop.ledger.product(code: code) }) else {
        throw Failure("Aucun produit n'a le code \(code) : vérifiez-le, ou ajoutez le produit (comptoir import products).")
    }
    return product
}
