import ComptoirCore
import Foundation
import Testing
@testable import ComptoirPrint

/// The donation receipt a donor may ask for at the back door.
@Suite("Donation receipt")
struct DonationReceiptLayoutTests {
    static let at = Date(timeIntervalSince1970: 1_795_453_500)  // 23/11/2026 18:05 in Paris
    static let context = DocumentContext(header: SampleReceipts.header, printedAt: at.addingTimeInterval(600), tillName: "Caisse 1")
    static let donation = FriperieFlow(id: 12, direction: .intake, family: .chaussures, grams: 12_500, origin: .particulier,
                                       party: "Marie-Christine Delaporte-Vasseur", at: at)

    @Test func theReceiptSaysWhatWasGivenAndThatItIsNotATaxReceipt() {
        let doc = DonationReceiptLayout().document(for: Self.donation, Self.context, width: .narrow)
        #expect(doc.lines.allSatisfy { $0.text.count <= 32 })
        expectGolden(doc.plainText, named: "donation-receipt-32.txt")
        let text = doc.plainText
        // The donation's own time, not the reprint's.
        for expected in ["REÇU DE DON", "23/11/2026 18:05 · Caisse 1", "Chaussures", "12,500 kg", "Particulier",
                         "Donateur : Marie-Christine", "Merci pour votre don !"] {
            #expect(text.contains(expected), "\(expected)")
        }
        let flat = doc.lines.map(\.text).joined(separator: " ")
        #expect(flat.contains(DonationReceiptLayout.notTaxReceipt))
        #expect(!text.contains("FACTICE"))
    }

    @Test func anAnonymousDonationHasNoDonorLineAndTrainingSaysFactice() {
        var donation = Self.donation
        donation.party = ""
        donation.origin = .association
        var context = Self.context
        context.training = true
        let text = DonationReceiptLayout().document(for: donation, context, width: .medium).plainText
        #expect(!text.contains("Donateur"))
        #expect(text.contains("Autre association"))
        #expect(text.components(separatedBy: "FACTICE").count == 3)
    }
}
