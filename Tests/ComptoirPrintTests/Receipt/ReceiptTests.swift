import ComptoirCore
import ComptoirPrint
import Foundation
import Testing

@Suite("Receipt values")
struct ReceiptTests {
    @Test func builtFromATicketDraft() {
        let receipt = SampleReceipts.receipt()
        #expect(receipt.lines == SampleReceipts.lines)
        #expect(receipt.total == Money(cents: 1750))
        #expect(receipt.change == Money(cents: 250))
        #expect(receipt.payments.map(\.method) == [.cash])
        #expect(receipt.ticketNumber == 42)
        #expect(receipt.tillName == "Caisse 1")
        #expect(receipt.operatorName == "Camille")
        #expect(!receipt.duplicate)
        #expect(!receipt.training)
    }

    @Test func defaults() {
        let receipt = SampleReceipts.receipt()
        #expect(receipt.vatMention == "Association exonérée de TVA, art. 261-7-1° b du CGI")
        #expect(receipt.footerLines == ["Merci de votre visite !"])
        #expect(receipt.timeZone.identifier == "Europe/Paris")
        #expect(receipt.displayedDate == "23/11/2026 18:05")
    }

    @Test("summer time starts on the last Sunday of March", arguments: [
        (1_774_745_940.0, "29/03/2026 01:59"),
        (1_774_746_000.0, "29/03/2026 03:00"),
    ])
    func summerTime(seconds: Double, shown: String) {
        var receipt = SampleReceipts.receipt()
        receipt.date = Date(timeIntervalSince1970: seconds)
        #expect(receipt.displayedDate == shown)
    }

    @Test func theJournalHeadClosesTheReceiptAndFitsNarrowPaper() {
        var receipt = SampleReceipts.receipt()
        #expect(!ReceiptLayout().document(for: receipt, width: .narrow).plainText.contains("Journal"))
        receipt.journalHead = ChainHead(seq: 1_234_567, hash: "3f9a0c1b2d3e4f50" + String(repeating: "cd", count: 24))
        let doc = ReceiptLayout().document(for: receipt, width: .narrow)
        #expect(doc.lines.allSatisfy { $0.text.count <= 32 })
        let lines = doc.plainText.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(Array(lines.suffix(2)) == ["Journal n° 1234567 ·", "3f9a0c1b2d3e4f50"])
        let wide = ReceiptLayout().document(for: receipt, width: .medium).plainText
        #expect(wide.hasSuffix("Journal n° 1234567 · 3f9a0c1b2d3e4f50\n") || wide.contains("Journal n° 1234567 · 3f9a0c1b2d3e4f50"))
    }

    @Test func siretLine() {
        #expect(SampleReceipts.header.siretLine == "SIRET : 123 456 789 00012")
        #expect(ReceiptHeader(shopName: "X").siretLine == nil)
    }

    @Test func widths() {
        #expect(ReceiptWidth.narrow.columns == 32)
        #expect(ReceiptWidth.medium.columns == 42)
        #expect(ReceiptWidth.wide.columns == 48)
        #expect(ReceiptWidth(rawValue: 42) == .medium)
        #expect(ReceiptWidth(rawValue: 40) == nil)
    }

    @Test func layoutMarksTheTotalAndTheShopNameBold() {
        let doc = ReceiptLayout().document(for: SampleReceipts.receipt(training: true), width: .narrow)
        #expect(doc.width == .narrow)
        let bold = doc.lines.filter(\.isBold).map { $0.text.trimmingCharacters(in: .whitespaces) }
        #expect(bold == [
            "*** FACTICE — MODE FORMATION ***", "La Boutique Solidaire", "TOTAL                    17,50 €",
            "*** FACTICE — MODE FORMATION ***",
        ])
        #expect(doc.plainText == ReceiptTextRenderer().render(SampleReceipts.receipt(training: true), width: .narrow))
    }
}
