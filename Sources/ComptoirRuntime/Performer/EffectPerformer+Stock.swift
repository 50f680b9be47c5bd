import ComptoirCore
import ComptoirLedger
import ComptoirUI

/// The épicerie's products and their stock.
extension EffectPerformer {
    func perform(_ effect: StockEffect) throws -> [Msg] {
        switch effect {
        case .loadStock:
            return [.stock(.stockLoaded(try ledger.products(), message: nil))]
        case .recordStock(let code, let kind, let quantity, let weightGrams, let reason, let operatorId):
            try ledger.recordStock(code: code, kind: kind, quantity: quantity, weightGrams: weightGrams, reason: reason,
                                   by: operatorId, till: till)
            let product = try ledger.product(code: code)
            let what = kind == .correction ? "Correction enregistrée" : "Arrivée (\(kind.label)) enregistrée"
            let stock = product.map { $0.unit == .kg ? Grams.kilograms(Int64($0.stock)) : "\($0.stock)" } ?? "?"
            return [.stock(.stockLoaded(try ledger.products(), message: "\(what) : « \(product?.name ?? code) », stock \(stock)."))]
        case .saveProduct(let product, let actorId):
            try ledger.saveProduct(product, by: actorId, till: till)
            return [.stock(.stockLoaded(try ledger.products(), message: "Produit « \(product.name) » enregistré."))]
        }
    }
}
