import ComptoirCore
import Foundation
import Testing
@testable import ComptoirPrint

/// Every document, with names full of characters that print wider than they count (`Œ` is
/// `OE`, `…` is `...` in CP858), fits its width in printed bytes.
@Suite("Width in printed bytes")
struct PrintedWidthTests {
    static let shop = "Œuvre d’Entraide — Cœur & Sœurs… Bœuf’Œil « Œcuménique » Vœux"
    static let seller = "Œdipe d’Œillet—Cœurdebœuf…"
    static let label = "Œufs d’autruche… — sœur’s bœuf « cœur » Œnologie"
    static let header = ReceiptHeader(shopName: shop, addressLines: ["12 rue du Sœur’Œuvre…", "62300 Lens"],
                                      siret: "123 456 789 00012")
    static let at = SampleReceipts.date
    static let context = DocumentContext(header: header, printedAt: at, tillName: "Caisse Œ’…", training: true)

    /// A line sold by weight, 10 € or more, as the till builds it.
    static let weighed = CartLine(code: "VRAC", label: "1,250 kg Vrac d’œuvre… à 8,00 €/kg", activity: .friperie,
                                  unitPrice: Money(cents: 1_000), quantity: 1, weightGrams: 1_250)

    static func receipt(kind: Receipt.Kind = .sale, duplicate: Bool = false) -> Receipt {
        let sign = kind == .sale ? 1 : -1
        let lines = [
            CartLine(code: "X", label: label, activity: .friperie, unitPrice: Money(cents: 250), quantity: 2 * sign),
            CartLine(code: nil, label: label, activity: .videGreniers, unitPrice: Money(cents: 1_234_56 * Int64(sign))),
            CartLine(code: "VRAC", label: weighed.label, activity: .friperie, unitPrice: weighed.unitPrice,
                     quantity: sign, weightGrams: 1_250),
        ]
        let total = lines.reduce(Money.zero) { $0 + $1.amount }
        let payment = kind == .sale
            ? Payment(method: .voucher, amount: total, reference: "n° Œ’…12")
            : Payment(method: .creditNote, amount: total, reference: "AV-7KQ2-M9XD-T")
        return Receipt(header: header, kind: kind, ticketNumber: 42, date: at, tillName: "Caisse Œ’…", operatorName: seller,
                       lines: lines, payments: [payment], total: total, change: .zero,
                       footerLines: ["Merci… à l’Œuvre — cœur"], duplicate: duplicate, training: true)
    }

    /// A bag of 99,999 kg (the most a 5-digit measure carries) at 888,88 €/kg.
    static let measured = MeasuredLabel(category: Category(code: "00042", label: label, price: Money(cents: 88_888), unit: .kg),
                                        grams: 99_999, format: VariableMeasureFormat(weightPrefix: "21", itemDigits: 5))!

    static func documents(_ width: ReceiptWidth) -> [(String, PrintDocument)] {
        let s = Seller(id: 3, lastName: "Cœurdebœuf", firstName: "Œdipe’…", phone: "06 12 34 56 78",
                       document: .identityCard, documentNumber: "AB123456", iban: "FR7630006000011234567890189")
        let item = ConsignedItem(id: 2, rentalId: 4, number: 12, boxCode: "B07", description: label + " " + label,
                                 price: Money(cents: 1_200))
        let day = CalendarDay(year: 2026, month: 11, day: 23)
        let rental = Rental(id: 4, sellerId: 3, boxCode: "B07", from: day, to: day.adding(days: 13),
                            rateBasisPoints: 2_500, rent: Money(cents: 1_000), rentPayment: .atTill)
        let payout = Payout(id: 1, sellerId: 3, amount: Money(cents: 1_237), method: .transfer, at: at, till: "Caisse Œ’…",
                            authorizedBy: seller, iban: "FR7630006000011234567890189")
        let sale = SellerStatement.Sale(at: at, ticket: 2, boxCode: "B07", item: item.code, description: label,
                                        price: Money(cents: 1_200), split: CommissionSplit(price: Money(cents: 1_200), rateBasisPoints: 2_500))
        let statement = SellerStatement(seller: s, from: day, to: day.adding(days: 13), sales: [sale],
                                        rentDeducted: [.init(at: at, boxCode: "B07", amount: Money(cents: 500))],
                                        payouts: [payout], openingBalance: Money(cents: 100))
        let report = SessionReportLayoutTests.report
        let z = ClosingReport(report: report, count: CashCount(pieces: [5_000: 1, 1_000: 3, 50: 1]),
                              counted: Money(cents: 8_050), variance: Money(cents: -200), comment: label,
                              closedAt: at, closedBy: seller, journalSeq: 99)
        let donation = FriperieFlow(id: 12, direction: .intake, family: .chaussures, grams: 12_500, origin: .particulier,
                                    party: seller + " " + label, at: at)
        let card = HouseholdCard(header: header, cardCode: "F-42-7", barcodePayload: "F427", holderName: seller + " " + label,
                                 rightsValidUntil: "31/05/2027", duplicate: true, training: true)
        let page = PrinterTestPage(shopName: shop, tillName: "Caisse Œ’…", codePage: .cp858, date: at)
        return [
            ("receipt", ReceiptLayout().document(for: receipt(), width: width)),
            ("duplicate", ReceiptLayout().document(for: receipt(duplicate: true), width: width)),
            ("cancellation", ReceiptLayout().document(for: receipt(kind: .cancellation(of: 41)), width: width)),
            ("refund", ReceiptLayout().document(for: receipt(kind: .refund(of: 41)), width: width)),
            ("Z", SessionReportLayout().document(for: report, closing: z, context, width: width)),
            ("X", SessionReportLayout().document(for: report, closing: nil, context, width: width)),
            ("card", HouseholdCardLayout().document(for: card, width: width)),
            ("label", ItemLabelLayout().document(for: item, shopName: shop, training: true, width: width)),
            ("payout", PayoutSlipLayout().document(for: PayoutSlip(seller: s, payout: payout, balanceBefore: Money(cents: 1_237),
                                                                   balanceAfter: .zero), context, width: width)),
            ("contract", RentalContractLayout().document(for: RentalContract(seller: s, rental: rental, boxSize: "étagère’…"),
                                                         context, width: width)),
            ("statement", SellerStatementLayout().document(for: statement, context, width: width)),
            ("donation", DonationReceiptLayout().document(for: donation, context, width: width)),
            ("test page", page.document(width: width)),
            ("measured label", MeasuredLabelLayout().document(for: measured, context, width: width)),
        ] + PrivacyNotice.Audience.allCases.map { audience in
            let notice = PrivacyNotice(audience, shopName: shop, addressLines: header.addressLines, contact: label)
            return ("notice \(audience.rawValue)", PrivacyNoticeLayout().document(for: notice, context, width: width))
        }
    }

    /// The printed lines of an ESC/POS job: split on LF, commands taken out, bytes counted.
    /// A double-size line counts two columns a byte.
    static func printedWidths(_ job: [UInt8]) -> [(width: Int, bytes: [UInt8])] {
        var lines: [(Int, [UInt8])] = []
        var current: [UInt8] = []
        var doubled = false
        var i = 0
        while i < job.count {
            let byte = job[i]
            switch byte {
            case 0x0A:
                lines.append((current.count * (doubled ? 2 : 1), current))
                current = []
                i += 1
            case 0x1B:  // ESC @ (1 byte), ESC t/a/E n (2), ESC p m t1 t2 (4)
                let command = job[i + 1]
                i += command == 0x40 ? 2 : command == 0x70 ? 5 : 3
            case 0x1D:  // GS ! n, GS h n, GS w n, GS H n, GS V n, GS k m n data
                let command = job[i + 1]
                if command == 0x21 { doubled = job[i + 2] != 0 }
                if command == 0x6B {
                    i += 4 + Int(job[i + 3])
                    current = [0x7C]  // bars: their width is checked by the encoder, in dots
                } else {
                    i += 3
                }
            default:
                current.append(byte)
                i += 1
            }
        }
        return lines
    }

    @Test("no printed line is wider than the paper", arguments: ReceiptWidth.allCases, CodePage.allCases)
    func everyDocumentFits(width: ReceiptWidth, page: CodePage) throws {
        for (name, document) in Self.documents(width) {
            let job = EscPosEncoder(codePage: page).encode(document)
            let lines = Self.printedWidths(job)
            #expect(lines.count >= document.lines.count)
            for line in lines where line.width > width.columns {
                Issue.record("\(name) at \(width.columns), \(page): \(line.width) bytes: \(String(decoding: line.bytes, as: UTF8.self))")
            }
            // The characters that lengthen a line did reach the paper, spelled out in CP858.
            if page == .cp858, name != "label" {
                let text = String(decoding: job.filter { $0 < 0x80 }, as: UTF8.self)
                #expect(text.contains("OE"), "\(name)")
            }
        }
    }

    @Test("a full-width name with Œ is not wrapped by the printer", arguments: ReceiptWidth.allCases)
    func aFullWidthNameFits(width: ReceiptWidth) throws {
        // 48 characters that print as 49 bytes: the layout wraps it itself.
        let name = "Œ" + String(repeating: "a", count: width.columns - 1)
        let document = PrintDocument(width: width, lines: [])
        var doc = document
        doc.centred(name, bold: true)
        #expect(doc.lines.count == 2)
        #expect(doc.lines.allSatisfy { PrintedWidth.of($0.text) <= width.columns })
        #expect(PrintedWidth.of(name) == width.columns + 1)
    }

    @Test func printedWidthCountsTheWidestCodePage() {
        #expect(PrintedWidth.of("Œuvre") == 6)
        #expect(PrintedWidth.of("l’été…") == 8)
        #expect(PrintedWidth.of("12,50 €") == 7)
        #expect(PrintedWidth.of("—") == 1)
        #expect(PrintedWidth.prefix("Œuvre", width: 1) == "")
        #expect(PrintedWidth.prefix("Œuvre", width: 3) == "Œu")
        #expect(PrintedWidth.suffix("abc…", width: 4) == "c…")
    }

    @Test("a weighed line wraps as a whole, the amount on the next line", arguments: ReceiptWidth.allCases)
    func weighedLine(width: ReceiptWidth) {
        let line = CartLine(code: "VRAC", label: "1,250 kg Vrac à 8,00 €/kg", activity: .friperie,
                            unitPrice: Money(cents: 1_000), quantity: 1, weightGrams: 1_250)
        let lines = ReceiptLayout.weighed(line, grams: 1_250, width: width.columns)
        if width == .narrow {
            #expect(lines == ["1,250 kg Vrac à 8,00 €/kg", String(repeating: " ", count: 32 - 7) + "10,00 €"])
        } else {
            #expect(lines == ["1,250 kg Vrac à 8,00 €/kg" + String(repeating: " ", count: width.columns - 25 - 7) + "10,00 €"])
        }
    }

    @Test func aCancelledWeighedLinePrintsTheWeight() {
        let line = CartLine(code: "VRAC", label: "1,250 kg Vrac à 3,00 €/kg", activity: .friperie,
                            unitPrice: Money(cents: 375), quantity: -1, weightGrams: 1_250)
        let lines = ReceiptLayout.weighed(line, grams: 1_250, width: 32)
        #expect(lines == ["1,250 kg Vrac à 3,00 €/kg", "  -1,250 kg" + String(repeating: " ", count: 32 - 11 - 7) + "-3,75 €"])
        #expect(!lines.joined().contains("-1 x"))
    }

    @Test("a cancellation or a refund of a weighed line prints its weight", arguments: ReceiptWidth.allCases)
    func counterEntriesPrintTheWeight(width: ReceiptWidth) {
        for kind in [Receipt.Kind.cancellation(of: 41), .refund(of: 41)] {
            let text = ReceiptLayout().document(for: Self.receipt(kind: kind), width: width).plainText
            #expect(text.contains("  -1,250 kg "), "\(kind)")
            #expect(!text.contains("-1 x 10,00"), "\(kind)")
        }
    }

    @Test("golden receipt with Œ, ’ and … in CP858", arguments: ReceiptWidth.allCases)
    func golden(width: ReceiptWidth) {
        let bytes = EscPosEncoder().encode(Self.receipt(), width: width)
        expectGolden(hexDump(bytes), named: "receipt-oe-\(width.columns)-cp858.hex")
    }
}
