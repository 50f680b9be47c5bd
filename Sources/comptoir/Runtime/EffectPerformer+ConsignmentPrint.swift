import ComptoirCore
import ComptoirLedger

// NOT BUILT YET: the vide-greniers documents (contract, labels, statement, payout slip)
// are being written in ComptoirPrint; until they land these print nothing.
extension EffectPerformer {
    func printContract(_ rental: RentalSummary, seller: Seller) {}
    func printLabels(_ items: [ConsignedItem]) {}
    func printStatement(_ statement: SellerStatement) {}
    func printPayoutSlip(_ receipt: PayoutReceipt) {}
}
