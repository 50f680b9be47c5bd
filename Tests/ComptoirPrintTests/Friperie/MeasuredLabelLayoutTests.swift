import ComptoirCore
import Foundation
import Testing
@testable import ComptoirPrint

/// The label of a bag weighed at the back door: what the till will charge, and a barcode
/// it reads back as the same weight.
@Suite("Measured label")
struct MeasuredLabelLayoutTests {
    static let context = DocumentContext(header: SampleReceipts.header, printedAt: DonationReceiptLayoutTests.at, tillName: "Caisse 1")
    static let format = VariableMeasureFormat(weightPrefix: "21", pricePrefix: "22", itemDigits: 5)
    static let label = MeasuredLabel(category: Category(code: "00042", label: "Vrac pesé", price: Money(cents: 400), unit: .kg),
                                     grams: 1_250, format: format)!

    @Test func theLabelGivesWeightPricePerKiloPriceAndTheCodeInClear() {
        let doc = MeasuredLabelLayout().document(for: Self.label, Self.context, width: .narrow)
        expectGolden(doc.plainText, named: "measured-label-32.txt")
        let text = doc.plainText
        for expected in ["Vrac pesé", "1,250 kg × 4,00 €/kg", "5,00 €", "2100042012509", "Pesé le 23/11/2026 18:05"] {
            #expect(text.contains(expected), "\(expected)")
        }
        #expect(!text.contains("FACTICE"))
        let barcodes = doc.lines.compactMap(\.barcode)
        #expect(barcodes == [Code128("2100042012509")!], "the till's scanner types back the 13 digits")
    }

    @Test func onPaperTheBarcodeIsACode128OfThe13DigitsAndThePriceIsDoubleSize() {
        let job = EscPosEncoder().encode(MeasuredLabelLayout().document(for: Self.label, Self.context, width: .wide))
        // GS k 73 n {B 2100042012509
        let barcode: [UInt8] = [0x1D, 0x6B, 73, 15, 0x7B, 0x42] + Array("2100042012509".utf8)
        #expect(job.indices.contains { job[$0...].starts(with: barcode) })
        #expect(job.indices.contains { job[$0...].starts(with: [0x1D, 0x21, 0x11]) }, "the price in double size")
    }

    @Test func aTrainingLabelSaysFacticeAtBothEnds() {
        var context = Self.context
        context.training = true
        let lines = MeasuredLabelLayout().document(for: Self.label, context, width: .narrow).lines.map(\.text)
        #expect(lines.first?.contains("FACTICE") == true && lines.last?.contains("FACTICE") == true)
    }
}
