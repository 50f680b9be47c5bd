import ComptoirCore
import ComptoirPrint
import Foundation
import Testing

@Suite("The receipt as plain text")
struct ReceiptTextRendererTests {
    let renderer = ReceiptTextRenderer()

    @Test("golden receipt", arguments: ReceiptWidth.allCases)
    func golden(width: ReceiptWidth) {
        let text = renderer.render(SampleReceipts.receipt(), width: width)
        expectGolden(text, named: "receipt-cash-\(width.columns).txt")
    }

    @Test("golden training duplicate", arguments: [ReceiptWidth.narrow])
    func goldenTrainingDuplicate(width: ReceiptWidth) {
        let text = renderer.render(SampleReceipts.receipt(duplicate: true, training: true), width: width)
        expectGolden(text, named: "receipt-training-duplicate-\(width.columns).txt")
    }

    @Test("golden refund as a credit note", arguments: [ReceiptWidth.narrow, .wide])
    func goldenRefund(width: ReceiptWidth) {
        let text = renderer.render(SampleReceipts.refund(), width: width)
        expectGolden(text, named: "receipt-refund-creditnote-\(width.columns).txt")
    }

    @Test func counterEntriesAndReferencesAreNamed() {
        let refund = renderer.render(SampleReceipts.refund(), width: .medium)
        #expect(refund.contains("REMBOURSEMENT DU TICKET N° 42"))
        #expect(refund.contains("Avoir émis AV-7KQ2-M9XD-T"))
        // The code in print, and the barcode's data in place of the bars.
        #expect(refund.contains("\n      AV-7KQ2-M9XD-T\n") || refund.contains(" AV-7KQ2-M9XD-T\n"))
        #expect(refund.contains("[||| AV7KQ2M9XDT |||]"))
        #expect(refund.contains("Valeur : -12,00 €") == false && refund.contains("Valeur : 12,00 €"))
        #expect(!refund.contains("Rendu"), "no change line on a credit note refund")

        var cancelled = SampleReceipts.receipt()
        cancelled.kind = .cancellation(of: 41)
        cancelled.payments = [Payment(method: .cash, amount: Money(cents: -1750))]
        cancelled.change = .zero
        let text = renderer.render(cancelled, width: .narrow)
        #expect(text.contains("ANNULATION DU TICKET N° 41"))
        #expect(text.contains("Espèces rendu"))
        #expect(!text.contains("AVOIR"))

        var voucher = SampleReceipts.receipt()
        voucher.payments = [Payment(method: .voucher, amount: Money(cents: 1000), reference: "CCAS-0042"),
                            Payment(method: .creditNote, amount: Money(cents: 750), reference: "AV-12-5")]
        voucher.change = .zero
        let paid = renderer.render(voucher, width: .narrow)
        #expect(paid.contains("Bon CCAS-0042"))
        #expect(paid.contains("\nAvoir AV-12-5 "))
        #expect(!paid.contains("Rendu") && !paid.contains("AVOIR\n"))
    }

    @Test("no line is wider than the paper", arguments: ReceiptWidth.allCases)
    func noLineOverflows(width: ReceiptWidth) {
        for receipt in [SampleReceipts.receipt(), SampleReceipts.receipt(duplicate: true, training: true), Self.awkward,
                        SampleReceipts.refund()] {
            let lines = renderer.render(receipt, width: width).split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count > 15)
            for line in lines {
                #expect(line.count <= width.columns, "\(line.count) > \(width.columns): |\(line)|")
                #expect(line.last != " ", "trailing space: |\(line)|")
            }
        }
    }

    @Test("every word of a long label is printed", arguments: ReceiptWidth.allCases)
    func longLabelIsWrappedNotLost(width: ReceiptWidth) {
        let text = renderer.render(Self.awkward, width: width)
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        for word in ["Lot", "de", "vaisselle", "ancienne", "porcelaine", "Limoges", "assiettes", "plates", "creuses"] {
            #expect(words.contains(Substring(word)), "\(word) missing")
        }
        #expect(text.contains("Canapé"))
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("\t"))
    }

    @Test func header() {
        let lines = renderer.render(SampleReceipts.receipt(), width: .narrow).split(separator: "\n").map(String.init)
        #expect(lines[0] == "     La Boutique Solidaire")
        #expect(lines[1] == "       12 rue Jean Jaurès")
        #expect(lines.contains("Ticket n° 42    23/11/2026 18:05"))
        let wide = renderer.render(SampleReceipts.receipt(), width: .wide)
        #expect(wide.contains("\nCaisse : Caisse 1 — Vendeur : Camille\n"))
        #expect(wide.contains("SIRET : 123 456 789 00012"))
    }

    @Test func quantityLine() throws {
        let lines = renderer.render(SampleReceipts.receipt(), width: .medium).split(separator: "\n").map(String.init)
        let i = try #require(lines.firstIndex(of: "T-shirt"))
        #expect(lines[i + 1] == "  2 x 1,00 €" + String(repeating: " ", count: 42 - 12 - 6) + "2,00 €")
    }

    @Test func cashAndChange() {
        let text = renderer.render(SampleReceipts.receipt(), width: .narrow)
        #expect(text.contains("\nTOTAL                    17,50 €\n"))
        #expect(text.contains("\nEspèces                  20,00 €\n"))
        #expect(text.contains("\nRendu                     2,50 €\n"))
        #expect(text.contains("Merci de votre visite !"))
        // An association by default (art. 261-7-1° b CGI), broken after its comma when too long.
        #expect(text.contains("Association exonérée de TVA,\n") && text.contains("art. 261-7-1° b du CGI"))
    }

    @Test func noChangeLineForACardPayment() {
        var receipt = SampleReceipts.receipt()
        receipt.payments = [Payment(method: .card, amount: receipt.total)]
        receipt.change = .zero
        let text = renderer.render(receipt, width: .medium)
        #expect(text.contains("Carte bancaire"))
        #expect(!text.contains("Rendu"))
        #expect(!text.contains("Espèces"))
    }

    @Test("markers appear only when set", arguments: ReceiptWidth.allCases)
    func markers(width: ReceiptWidth) {
        func count(_ marker: String, _ text: String) -> Int { text.components(separatedBy: marker).count - 1 }
        let plain = renderer.render(SampleReceipts.receipt(), width: width)
        #expect(count("DUPLICATA", plain) == 0)
        #expect(count("FACTICE", plain) == 0)

        let reprint = renderer.render(SampleReceipts.receipt(duplicate: true), width: width)
        #expect(count("DUPLICATA", reprint) == 1)
        #expect(count("FACTICE", reprint) == 0)

        let training = renderer.render(SampleReceipts.receipt(training: true), width: width)
        #expect(count("FACTICE — MODE FORMATION", training) == 2)
        #expect(count("FACTICE", training) == 2)
        #expect(count("DUPLICATA", training) == 0)
        let lines = training.split(separator: "\n")
        #expect(lines.first?.contains("FACTICE — MODE FORMATION") == true)
        #expect(lines.last?.contains("FACTICE — MODE FORMATION") == true)

        let both = renderer.render(SampleReceipts.receipt(duplicate: true, training: true), width: width)
        #expect(count("DUPLICATA", both) == 1)
        #expect(count("FACTICE — MODE FORMATION", both) == 2)
    }

    @Test("the total shown is the sum of the amounts shown", arguments: ReceiptWidth.allCases)
    func totalIsTheSumOfTheLines(width: ReceiptWidth) throws {
        for receipt in [SampleReceipts.receipt(), Self.awkward] {
            let lines = renderer.render(receipt, width: width).split(separator: "\n").map(String.init)
            let separators = lines.indices.filter { lines[$0] == String(repeating: "-", count: width.columns) }
            try #require(separators.count == 4)
            let items = lines[(separators[1] + 1)..<separators[2]]
            let shown = items.compactMap(Self.trailingAmount)
            #expect(shown.count == receipt.lines.count)
            let totalLine = try #require(lines.first { $0.hasPrefix("TOTAL") })
            let total = try #require(Self.trailingAmount(totalLine))
            #expect(shown.reduce(.zero, +) == total)
            #expect(total == receipt.lines.reduce(.zero) { $0 + $1.amount })
            #expect(total == receipt.total)
        }
    }

    @Test func amountsAreReadBackFromLines() {
        #expect(Self.trailingAmount("Robe longue en soie      12,00 €") == Money(cents: 1200))
        #expect(Self.trailingAmount("  2 x 1,00 €              2,00 €") == Money(cents: 200))
        #expect(Self.trailingAmount("  12 x 999 999,99 €") == nil)
        #expect(Self.trailingAmount("   11 999 999,88 €") == Money(cents: 1_199_999_988))
        #expect(Self.trailingAmount("Canapé trois places 1 234 567,89 €") == Money(cents: 123_456_789))
        #expect(Self.trailingAmount("imprimée à fleurs,") == nil)
    }

    @Test func dateInTheShopTimeZone() {
        var receipt = SampleReceipts.receipt()
        receipt.date = Date(timeIntervalSince1970: 1_784_017_800)  // 2026-07-14 08:30 UTC
        #expect(renderer.render(receipt, width: .narrow).contains("14/07/2026 10:30"))
        receipt.timeZone = TimeZone(identifier: "America/Cayenne")!
        #expect(renderer.render(receipt, width: .narrow).contains("14/07/2026 05:30"))
    }

    @Test func vatMentionAndFooterAreSettings() {
        var receipt = SampleReceipts.receipt()
        receipt.vatMention = "TVA 20 % incluse : 2,92 €"
        receipt.footerLines = ["Association loi 1901", "À bientôt !"]
        let text = renderer.render(receipt, width: .wide)
        #expect(text.contains("TVA 20 % incluse : 2,92 €"))
        #expect(!text.contains("293 B"))
        #expect(text.contains("Association loi 1901\n"))
        #expect(text.hasSuffix("À bientôt !\n"))
        #expect(!text.contains("Merci"))
    }

    @Test func noSIRETLineWithoutSIRET() {
        var receipt = SampleReceipts.receipt()
        receipt.header.siret = nil
        #expect(!renderer.render(receipt, width: .wide).contains("SIRET"))
        receipt.header.siret = ""
        #expect(!renderer.render(receipt, width: .wide).contains("SIRET"))
    }

    /// The amount at the end of a line (`… 1 234,56 €`), nil when the line has none. The
    /// unit price that opens a quantity line (`  3 x 1,00 €`) is not the line's amount.
    static func trailingAmount(_ line: String) -> Money? {
        var rest = Substring(line)
        if let unitPrice = rest.prefixMatch(of: /\s+\d+ x -?\d{1,3}(?: \d{3})*,\d{2} €/) {
            rest = rest[unitPrice.range.upperBound...]
        }
        guard let match = rest.firstMatch(of: /(?:^|\s)(-?\d{1,3}(?: \d{3})*,\d{2}) €$/),
              let cents = Int64(match.output.1.filter { $0 != " " && $0 != "," })
        else { return nil }
        return Money(cents: cents)
    }

    /// Long labels, big amounts, a long till name, control characters, several payments.
    static let awkward: Receipt = {
        let lines = [
            CartLine(
                code: "B12-0031",
                label: "Lot de vaisselle ancienne porcelaine de Limoges 12 assiettes plates et 6 creuses",
                activity: .videGreniers, unitPrice: Money(cents: 4500)),
            CartLine(code: nil, label: "Canapé\tconvertible\u{1B}@ trois places", activity: .autre,
                     unitPrice: Money(cents: 123_456_789)),
            CartLine(code: "TS", label: "T-shirt", activity: .friperie, unitPrice: Money(cents: 100), quantity: 999),
            CartLine(code: "XX", label: "Anticonstitutionnellementissimeetdeuxfoisplus", activity: .friperie,
                     unitPrice: Money(cents: 99_999_999), quantity: 12),
        ]
        let total = lines.reduce(Money.zero) { $0 + $1.amount }
        let card = Payment(method: .card, amount: Money(cents: 100_000))
        let cash = Payment(method: .cash, amount: total - card.amount, given: total - card.amount)
        return Receipt(
            draft: TicketDraft(lines: lines, payments: [card, cash]),
            header: ReceiptHeader(
                shopName: "Association d'entraide et de solidarité du Bassin minier",
                addressLines: ["Zone artisanale des Peupliers, bâtiment C, porte 4", "62300 Lens"],
                siret: "123 456 789 00012"),
            ticketNumber: 9_223_372_036_854_775_807, date: SampleReceipts.date,
            tillName: "Caisse de la friperie du rez-de-chaussée", operatorName: "Marie-Françoise")
    }()
}
