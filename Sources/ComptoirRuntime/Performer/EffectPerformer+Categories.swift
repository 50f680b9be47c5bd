import ComptoirCore
import ComptoirLedger
import ComptoirUI

/// The friperie's categories, through the ledger's catalog code the CLI uses.
extension EffectPerformer {
    func perform(_ effect: CategoriesEffect) throws -> [Msg] {
        switch effect {
        case .loadCategories:
            return [.categories(.categoriesLoaded(try ledger.categories(), message: nil))]
        case .saveCategory(let category, let isNew, let actorId):
            // A new one never overwrites a category that has its code (another till's, meanwhile).
            if isNew {
                try ledger.addCategory(category, by: actorId, till: till)
            } else {
                try ledger.saveCategory(category, by: actorId, till: till)
            }
            return [.categories(.categoriesLoaded(try ledger.categories(), message: Self.saved(category, isNew: isNew)))]
        }
    }

    /// « Catégorie VRAC créée : Vrac, 3,00 €/kg, touche 9, textile. »
    static func saved(_ c: Category, isNew: Bool) -> String {
        "Catégorie \(c.code) \(isNew ? "créée" : "changée") : \(c.label), \(c.priceText)"
            + (c.key.map { ", touche \($0)" } ?? ", sans touche") + ", \(c.family.label.lowercased())"
            + (c.averageGrams.map { ", \(Grams.kilograms(Int64($0))) la pièce" } ?? "") + "."
    }
}
