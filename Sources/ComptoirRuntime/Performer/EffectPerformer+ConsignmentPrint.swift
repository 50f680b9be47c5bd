import Foundation
import ComptoirCore
import ComptoirLedger
import ComptoirPrint
import ComptoirUI

/// The vide-greniers documents, read back from the ledger and sent to the print queue.
extension EffectPerformer {
    func printContract(_ rental: RentalSummary, seller: Seller, request: Effect) {
        let size = (try? ledger.box(code: rental.rental.boxCode))??.size ?? ""
        let doc = RentalContractLayout().document(for: RentalContract(seller: seller, rental: rental.rental, boxSize: size),
                                                  documentContext(), width: config.printer.width)
        submitDocument(encoder.encode(doc), done: nil,
                       failed: "Contrat du box \(rental.rental.boxCode) non imprimé", request: request)
    }

    func printLabels(_ items: [ConsignedItem], request: Effect) {
        let bytes = encoder.encode(labels: items, shopName: config.shopName, training: training, demo: demo, width: config.printer.width)
        let n = items.count
        submitDocument(bytes, done: n == 1 ? "1 étiquette imprimée." : "\(n) étiquettes imprimées.",
                       failed: "Étiquettes non imprimées (F4 pour réessayer)", request: request)
    }

    func printStatement(_ statement: SellerStatement, request: Effect) {
        let doc = SellerStatementLayout().document(for: statement, documentContext(), width: config.printer.width)
        submitDocument(encoder.encode(doc), done: "Relevé imprimé.", failed: "Relevé non imprimé (F2 pour réessayer)", request: request)
    }

    func printPayoutSlip(_ receipt: PayoutReceipt, request: Effect) {
        let slip = PayoutSlip(seller: receipt.seller, payout: receipt.payout, balanceBefore: receipt.balanceBefore,
                              balanceAfter: receipt.balanceAfter)
        let doc = PayoutSlipLayout().document(for: slip, documentContext(), width: config.printer.width)
        submitDocument(encoder.encode(doc), done: nil,
                       failed: "Bon de reversement non imprimé (le reversement est enregistré)", request: request)
    }
}
