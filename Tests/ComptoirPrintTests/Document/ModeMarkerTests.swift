import ComptoirCore
import Foundation
import Testing
@testable import ComptoirPrint

/// `--demo` marks every document DÉMONSTRATION; training never kicks the drawer and prints
/// its tickets F-n.
@Suite struct ModeMarkerTests {
    static let kick: [UInt8] = [0x1B, 0x70]

    static func count(_ marker: String, in text: String) -> Int {
        text.components(separatedBy: marker).count - 1
    }

    @Test func everyDemoDocumentSaysDemonstrationTopAndBottom() {
        var receipt = SampleReceipts.receipt()
        #expect(Self.count("DÉMONSTRATION", in: ReceiptLayout().document(for: receipt, width: .narrow).plainText) == 0)
        receipt.demo = true
        #expect(Self.count("DÉMONSTRATION", in: ReceiptLayout().document(for: receipt, width: .narrow).plainText) == 2)

        var context = ConsignmentDocumentTests.context
        context.demo = true
        let statement = SellerStatementLayout().document(for: ConsignmentDocumentTests.statement, context, width: .narrow)
        #expect(Self.count("DÉMONSTRATION", in: statement.plainText) == 2)

        let label = ItemLabelLayout().document(for: ConsignmentDocumentTests.items[0], shopName: "La Boutique", demo: true,
                                               width: .narrow)
        #expect(Self.count("DÉMONSTRATION", in: label.plainText) == 2)

        let card = HouseholdCard(header: SampleReceipts.header, cardCode: "F-1-8", barcodePayload: "F18", holderName: "Martin",
                                 rightsValidUntil: "31/05/2027", demo: true)
        #expect(Self.count("DÉMONSTRATION", in: HouseholdCardLayout().document(for: card, width: .narrow).plainText) == 2)
    }

    @Test func theDemoMarkerReachesThePaperInTheCodePage() throws {
        var receipt = SampleReceipts.receipt()
        receipt.demo = true
        let bytes = EscPosEncoder().encode(receipt, width: .medium)
        let lines = try EscPosReader(bytes, codePage: .cp858).printedLines.map(\.text)
        #expect(lines.contains { $0.contains("DÉMONSTRATION") })
    }

    @Test func aTrainingCashReceiptCarriesNoDrawerKick() {
        let receipt = SampleReceipts.receipt(training: true)
        let real = EscPosEncoder().encode(receipt, width: .medium, openDrawer: true)
        #expect(EscPosEncoderTests.offsets(of: Self.kick, in: real).count == 1, "the real till kicks it")
        let training = EscPosEncoder(kicksDrawer: false)
        #expect(EscPosEncoderTests.offsets(of: Self.kick, in: training.encode(receipt, width: .medium, openDrawer: true)).isEmpty)
        #expect(training.drawerKickJob().isEmpty)
    }

    @Test func trainingTicketsPrintFn() {
        var receipt = SampleReceipts.receipt(training: true)
        receipt.ticketNumber = 44
        receipt.trainingBase = 42
        let text = ReceiptLayout().document(for: receipt, width: .medium).plainText
        #expect(text.contains("Ticket n° F-2"))
        #expect(!text.contains("Ticket n° 44"))
        receipt.kind = .cancellation(of: 43)
        #expect(ReceiptLayout().document(for: receipt, width: .medium).plainText.contains("ANNULATION DU TICKET N° F-1"))
    }
}
