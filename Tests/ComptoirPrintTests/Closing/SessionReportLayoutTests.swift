import ComptoirCore
import Foundation
import Testing
@testable import ComptoirPrint

@Suite("The X and the Z on paper")
struct SessionReportLayoutTests {
    static let at = Date(timeIntervalSince1970: 1_795_453_500)
    static let report: SessionReport = {
        var report = SessionReport(
        sessionId: 7, till: "Caisse 1", openedAt: at.addingTimeInterval(-30_000), float: Money(cents: 5_000), sales: 12,
        cancellations: 1, refunds: 1, byMethod: [.cash: Money(cents: 4_250), .card: Money(cents: 3_100)],
        byActivity: [.friperie: Money(cents: 4_350), .videGreniers: Money(cents: 2_000), .loyer: Money(cents: 1_000)],
        commission: Money(cents: 500), sellersShare: Money(cents: 1_500), cashPayouts: Money(cents: 1_000),
        otherCashMovements: .zero, perpetualTotal: Money(cents: 1_234_567))
        report.perpetualSales = Money(cents: 1_300_000)
        report.perpetualCounterEntries = Money(cents: 65_433)
        return report
    }()
    static let context = DocumentContext(header: SampleReceipts.header, printedAt: at, tillName: "Caisse 1")

    @Test func theZ() {
        let z = ClosingReport(report: Self.report, count: CashCount(pieces: [5_000: 1, 1_000: 3, 50: 1]),
                              counted: Money(cents: 8_050), variance: Money(cents: -200), comment: "2 € manquent",
                              closedAt: Self.at, closedBy: "Sophie", journalSeq: 99)
        let head = ChainHead(seq: 99, hash: "3f9a0c1b2d3e4f50" + String(repeating: "ab", count: 24))
        let doc = SessionReportLayout().document(for: Self.report, closing: z, Self.context, width: .medium, journalHead: head)
        #expect(doc.lines.allSatisfy { $0.text.count <= 42 })
        #expect(doc.plainText.contains("Journal n° 99 · 3f9a0c1b2d3e4f50\n") && !doc.plainText.contains("abab"))
        expectGolden(doc.plainText, named: "z-42.txt")
        let text = doc.plainText
        for expected in ["Z — CLÔTURE DE CAISSE", "Espèces attendues                  82,50 €", "3 × 10 €", "Écart                              -2,00 €",
                         "Total perpétuel                12 345,67 €", "  ventes                       13 000,00 €",
                         "  annul./rembours.                654,33 €", "par Sophie"] {
            #expect(text.contains(expected), "\(expected)")
        }
    }

    @Test func aZWithoutItsHashStillNamesItsEntry() {
        let z = ClosingReport(report: Self.report, count: CashCount(pieces: [:]), counted: .zero, variance: .zero, comment: nil,
                              closedAt: Self.at, closedBy: "Sophie", journalSeq: 99)
        let other = ChainHead(seq: 98, hash: String(repeating: "0", count: 64))  // not the Z's entry: not printed
        let text = SessionReportLayout().document(for: Self.report, closing: z, Self.context, width: .narrow, journalHead: other).plainText
        #expect(text.contains("Entrée du journal n° 99") && !text.contains("Journal n° 98"))
    }

    @Test func theXSaysTheTillStaysOpen() {
        let doc = SessionReportLayout().document(for: Self.report, closing: nil, Self.context, width: .narrow)
        #expect(doc.lines.allSatisfy { $0.text.count <= 32 })
        expectGolden(doc.plainText, named: "x-32.txt")
        #expect(doc.plainText.contains("X — RAPPORT INTERMÉDIAIRE") && !doc.plainText.contains("Écart"))
    }
}
