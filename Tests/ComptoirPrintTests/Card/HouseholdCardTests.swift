@testable import ComptoirPrint
import Testing

@Suite("The household card")
struct HouseholdCardTests {
    let layout = HouseholdCardLayout()

    @Test("golden card as text", arguments: [ReceiptWidth.narrow, .wide])
    func goldenText(width: ReceiptWidth) {
        expectGolden(layout.document(for: SampleCards.card(), width: width).plainText, named: "card-\(width.columns).txt")
    }

    @Test func goldenESCPOS() {
        let bytes = EscPosEncoder().encode(SampleCards.card(), width: .narrow)
        expectGolden(hexDump(bytes), named: "card-32-cp858.hex")
    }

    @Test("the encoder prints the layout's lines and the barcode", arguments: CodePage.allCases, ReceiptWidth.allCases)
    func printedLinesAreTheLayouts(page: CodePage, width: ReceiptWidth) throws {
        let card = SampleCards.card(duplicate: true, training: true)
        let document = layout.document(for: card, width: width)
        let job = EscPosEncoder(codePage: page).encode(document)
        #expect(job == EscPosEncoder(codePage: page).encode(card, width: width))
        let expected = document.lines.map { line in
            EscPosReader.Line(
                text: line.barcode == nil
                    ? EscPosEncoderTests.printable(line.doubleSizeText ?? line.text, page: page) : "",
                bold: line.isBold, alignment: line.barcode == nil ? .left : .centre, doubleSize: line.doubleSizeText != nil,
                barcode: line.barcode?.data)
        }
        let reader = try EscPosReader(job, codePage: page)
        #expect(reader.printedLines == expected.filter { !$0.text.isEmpty || $0.barcode != nil })
        #expect(reader.printedLines.compactMap(\.barcode) == ["F427"])
        #expect(reader.commands.contains(.barcodeHeight(80)) && reader.commands.contains(.barcodeModuleWidth(2))
                && reader.commands.contains(.barcodeTextPosition(2)))
    }

    @Test("what the card says, within the width", arguments: ReceiptWidth.allCases)
    func content(width: ReceiptWidth) {
        let lines = layout.document(for: SampleCards.card(), width: width).lines
        #expect(lines.allSatisfy { $0.text.count <= width.columns })
        let texts = lines.map { $0.text.trimmingPrefix(while: { $0 == " " }) }.map(String.init)
        #expect(texts.first == "La Boutique Solidaire" && lines.first?.isBold == true)
        for text in ["Famille Lefèvre", "N° de carte : F-42-7", "Droits jusqu'au 31/05/2027", "[||| F427 |||]"] {
            #expect(texts.contains(text), "\(text)")
        }
        #expect(texts.joined(separator: " ").contains("Présentez cette carte à la caisse."))
        #expect(!texts.contains { $0.contains("DUPLICATA") || $0.contains("FACTICE") })
        #expect(lines.allSatisfy { $0.alignment == .centre || $0.text.allSatisfy { $0 == "-" } })
    }

    @Test("the heading prints double size only where it fits", arguments: ReceiptWidth.allCases)
    func heading(width: ReceiptWidth) throws {
        let job = EscPosEncoder().encode(SampleCards.card(), width: width)
        let heading = try #require(try EscPosReader(job, codePage: .cp858).printedLines.first { EscPosEncoderTests.trimmed($0).hasPrefix("CARTE") })
        #expect(EscPosEncoderTests.trimmed(heading) == "CARTE ÉPICERIE SOLIDAIRE")
        #expect(heading.bold && heading.alignment == .left, "centred by its spaces")
        #expect(heading.doubleSize == (width == .wide), "24 characters fit in 24 double columns, not in 16 or 21")
    }

    @Test("FACTICE and DUPLICATA come out", arguments: CodePage.allCases)
    func markers(page: CodePage) throws {
        let dash = page == .cp858 ? "-" : "—"
        func printed(_ card: HouseholdCard) throws -> [String] {
            try EscPosReader(EscPosEncoder(codePage: page).encode(card, width: .narrow), codePage: page).printedLines.map(EscPosEncoderTests.trimmed)
        }
        let training = try printed(SampleCards.card(training: true))
        #expect(training.first == "*** FACTICE \(dash) MODE FORMATION ***")
        #expect(training.last == "*** FACTICE \(dash) MODE FORMATION ***")
        #expect(training.filter { $0.contains("FACTICE") }.count == 2)
        let duplicate = try printed(SampleCards.card(duplicate: true))
        #expect(duplicate.filter { $0.contains("DUPLICATA") } == ["*** DUPLICATA ***"])
        #expect(duplicate.firstIndex(of: "*** DUPLICATA ***") == 1, "right under the shop name")
        #expect(try printed(SampleCards.card()).allSatisfy { !$0.contains("DUPLICATA") && !$0.contains("FACTICE") })
    }

    @Test("a payload that is not CODE128 set B prints as text, without bars",
          arguments: ["F42é", "F4\u{1B}27", ""])
    func badPayload(payload: String) throws {
        var card = SampleCards.card()
        card.barcodePayload = payload
        let document = layout.document(for: card, width: .narrow)
        #expect(document.lines.allSatisfy { $0.barcode == nil })
        let job = EscPosEncoder().encode(document)
        #expect(EscPosEncoderTests.offsets(of: [0x1D, 0x6B], in: job).isEmpty)
        let lines = try EscPosReader(job, codePage: .cp858).printedLines
        let clean = TextLayout.clean(payload)
        if clean.isEmpty {
            #expect(!lines.contains { $0.text.hasPrefix("F4") })
        } else {
            #expect(lines.contains { EscPosEncoderTests.trimmed($0) == clean })
        }
        #expect(lines.contains { EscPosEncoderTests.trimmed($0) == "N° de carte : F-42-7" }, "the number can still be typed")
    }

    @Test func aLongNameWrapsAndTheCardKeepsItsCode() {
        var card = SampleCards.card()
        card.holderName = "Famille Lefèvre-Desmoulins de la Haute-Vallée"
        let lines = layout.document(for: card, width: .narrow).lines
        #expect(lines.allSatisfy { $0.text.count <= 32 })
        let bold = lines.filter(\.isBold).map { String($0.text.trimmingPrefix(while: { $0 == " " })) }
        #expect(bold.suffix(2) == ["Famille Lefèvre-Desmoulins de la", "Haute-Vallée"])
        #expect(lines.contains { $0.barcode?.data == "F427" })
    }
}
