import ComptoirCore
import Foundation
import Testing
@testable import ComptoirPrint

/// The vide-greniers documents: item labels, the label file, the seller's statement, the
/// payout slip and the rental contract.
@Suite("Vide-greniers documents")
struct ConsignmentDocumentTests {
    static let at = Date(timeIntervalSince1970: 1_795_453_500)  // 23/11/2026 18:05 in Paris
    static let context = DocumentContext(header: SampleReceipts.header, printedAt: at, tillName: "Caisse 1")
    static let seller = Seller(id: 3, lastName: "Dupont", firstName: "Anne", phone: "06 12 34 56 78", document: .identityCard,
                               documentNumber: "AB123456", iban: "FR7630006000011234567890189")
    static let day = CalendarDay(year: 2026, month: 11, day: 23)
    static let items = [
        ConsignedItem(id: 1, rentalId: 4, number: 1, boxCode: "B07", description: "Pull rouge taille M", price: Money(cents: 450)),
        ConsignedItem(id: 2, rentalId: 4, number: 12, boxCode: "B07",
                      description: "Service à café en porcelaine de Limoges, six tasses et leurs soucoupes, « état neuf »",
                      price: Money(cents: 1_200)),
    ]

    static var statement: SellerStatement {
        let sale = { (item: ConsignedItem, cents: Int64) in
            SellerStatement.Sale(at: at, ticket: 2, boxCode: "B07", item: item.code, description: item.description,
                                 price: Money(cents: cents), split: CommissionSplit(price: Money(cents: cents), rateBasisPoints: 2_500))
        }
        return SellerStatement(
            seller: seller, from: day, to: day.adding(days: 13),
            sales: [sale(items[0], 450), sale(items[1], 1_200), sale(items[0], -450),
                    .init(at: at, ticket: 3, boxCode: "B07", item: nil, description: "B07 étiquette manuscrite",
                          price: Money(cents: 250), split: CommissionSplit(price: Money(cents: 250), rateBasisPoints: 2_500))],
            rentDeducted: [.init(at: at, boxCode: "B07", amount: Money(cents: 500))],
            payouts: [Payout(id: 1, sellerId: 3, amount: Money(cents: 300), method: .cash, at: at, till: "Caisse 1", authorizedBy: "Sophie")],
            openingBalance: Money(cents: 100))
    }

    @Test("labels: box, number, description, price and the barcode the till scans", arguments: ReceiptWidth.allCases)
    func labels(width: ReceiptWidth) throws {
        let doc = ItemLabelLayout().document(for: Self.items[1], shopName: "La Boutique Solidaire", width: width)
        #expect(doc.lines.allSatisfy { $0.text.count <= width.columns })
        #expect(doc.lines.compactMap(\.barcode?.data) == ["V4-0121"])
        let texts = doc.lines.map { $0.text.trimmingCharacters(in: .whitespaces) }
        #expect(texts.contains("B07") && texts.contains("Article n° 012") && texts.contains("12,00 €") && texts.contains("V4-012-1"))
        // The description takes two lines at most, cut with an ellipsis.
        let description = doc.lines.filter { $0.isBold && !$0.text.contains("B07") && !$0.text.contains("€") && !$0.text.contains("Article") }
        #expect(description.count == 2)
        #expect(description.last?.text.hasSuffix("…") == (width != .wide), "48 columns hold it in two lines")
        if width == .narrow { expectGolden(doc.plainText, named: "label-32.txt") }
    }

    @Test func labelsPrintAsOneJobCutBetweenThem() throws {
        let job = EscPosEncoder().encode(labels: Self.items, shopName: "La Boutique Solidaire", width: .narrow)
        expectGolden(hexDump(job), named: "labels-32-cp858.hex")
        let reader = try EscPosReader(job, codePage: .cp858)
        #expect(reader.printedLines.compactMap(\.barcode) == ["V4-0014", "V4-0121"])
        let cuts = (0..<(job.count - 2)).filter { Array(job[$0..<$0 + 3]) == EscPosCommand.fullCut }.count
        #expect(cuts == 2)
    }

    @Test func theLabelFileIsACSVForALabelPrinter() {
        let text = ItemLabelFile.csv(Self.items)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0] == "box;article;code;code_barres;description;prix")
        #expect(lines[1] == "B07;1;V4-001-4;V4-0014;Pull rouge taille M;4,50")
        #expect(lines[2] == "B07;12;V4-012-1;V4-0121;Service à café en porcelaine de Limoges, six tasses et leurs soucoupes, « état neuf »;12,00")
        #expect(ItemLabelFile.csv([ConsignedItem(id: 3, rentalId: 4, number: 3, boxCode: "B07", description: "lot \"vintage\"; 2 pièces",
                                                 price: Money(cents: 100))]).contains("\"lot \"\"vintage\"\"; 2 pièces\";1,00"))
    }

    @Test("the statement adds up to the balance", arguments: [ReceiptWidth.narrow, .wide])
    func statement(width: ReceiptWidth) {
        let doc = SellerStatementLayout().document(for: Self.statement, Self.context, width: width)
        #expect(doc.lines.allSatisfy { $0.text.count <= width.columns })
        expectGolden(doc.plainText, named: "statement-\(width.columns).txt")
        let text = doc.plainText
        for expected in ["RELEVÉ DÉPOSANT", "Anne Dupont · déposant n° 3", "du 23/11/2026 au 06/12/2026", "Remboursé : Pull rouge",
                         "B07 (étiquette manuscrite)", "Commission (25 %)"] {
            #expect(text.contains(expected), "\(expected)")
        }
        // 1,00 + (3,37 + 9,00 − 3,37 + 1,87) − 5,00 − 3,00 = 3,87 €
        #expect(Self.statement.closingBalance == Money(cents: 387))
        #expect(doc.lines.last { $0.text.hasPrefix("Solde à la fin") }?.text.hasSuffix("3,87 €") == true)
    }

    @Test func thePayoutSlipIsSignedByTheSeller() throws {
        let slip = PayoutSlip(seller: Self.seller,
                              payout: Payout(id: 1, sellerId: 3, amount: Money(cents: 1_237), method: .transfer, at: Self.at,
                                             till: "Caisse 1", authorizedBy: "Sophie", iban: "FR7630006000011234567890189"),
                              balanceBefore: Money(cents: 1_237), balanceAfter: .zero)
        let doc = PayoutSlipLayout().document(for: slip, Self.context, width: .medium)
        expectGolden(doc.plainText, named: "payout-42.txt")
        #expect(doc.plainText.contains("IBAN FR76 3000 6000 0112 3456 7890 189"))
        #expect(doc.plainText.contains("Signature du déposant :"))
        let job = EscPosEncoder().encode(doc)
        #expect(try EscPosReader(job, codePage: .cp858).printedLines.contains { EscPosEncoderTests.trimmed($0) == "12,37 €" && $0.doubleSize })
    }

    @Test func theSlipPrintsTheIBANThePayoutWentToNotTheOneOnFileToday() throws {
        var seller = Self.seller
        seller.iban = "FR1420041010050500013M02606"
        let payout = Payout(id: 1, sellerId: 3, amount: Money(cents: 500), method: .transfer, at: Self.at, till: "Caisse 1",
                            authorizedBy: "Sophie", iban: "FR7630006000011234567890189")
        let text = PayoutSlipLayout().document(for: PayoutSlip(seller: seller, payout: payout, balanceBefore: Money(cents: 500),
                                                               balanceAfter: .zero), Self.context, width: .medium).plainText
        #expect(text.contains("IBAN FR76 3000 6000 0112 3456 7890 189"))
        #expect(!text.contains("FR14"))
    }

    @Test func theContractNamesTheFrozenRateAndTheRent() {
        let rental = Rental(id: 4, sellerId: 3, boxCode: "B07", from: Self.day, to: Self.day.adding(days: 13),
                            rateBasisPoints: 2_500, rent: Money(cents: 1_000), rentPayment: .atTill)
        let doc = RentalContractLayout().document(for: RentalContract(seller: Self.seller, rental: rental, boxSize: "étagère"),
                                                  Self.context, width: .narrow)
        #expect(doc.lines.allSatisfy { $0.text.count <= 32 })
        expectGolden(doc.plainText, named: "contract-32.txt")
        for expected in ["CONTRAT DE LOCATION DE BOX", "B07 (étagère)", "23/11/2026", "06/12/2026", "25 %", "10,00 €",
                         "Le déposant :", "La boutique :"] {
            #expect(doc.plainText.contains(expected), "\(expected)")
        }
    }

    @Test func trainingDocumentsSayFactice() {
        var context = Self.context
        context.training = true
        let statement = SellerStatementLayout().document(for: Self.statement, context, width: .narrow).plainText
        #expect(statement.components(separatedBy: "FACTICE").count == 3)
        let label = ItemLabelLayout().document(for: Self.items[0], shopName: "La Boutique", training: true, width: .narrow)
        #expect(label.plainText.components(separatedBy: "FACTICE").count == 3)
    }
}
