import ComptoirCore
@testable import ComptoirPrint
import Foundation
import Testing

@Suite("ESC/POS jobs")
struct EscPosEncoderTests {
    static let initCP858: [UInt8] = [0x1B, 0x40, 0x1B, 0x74, 0x13]
    static let initWPC1252: [UInt8] = [0x1B, 0x40, 0x1B, 0x74, 0x10]
    static let drawerKick: [UInt8] = [0x1B, 0x70, 0x00, 0x19, 0xFA]
    static let fullCut: [UInt8] = [0x1D, 0x56, 0x00]

    // MARK: Golden jobs

    @Test("golden receipt in CP858", arguments: ReceiptWidth.allCases)
    func golden(width: ReceiptWidth) {
        let bytes = EscPosEncoder().encode(SampleReceipts.receipt(), width: width)
        expectGolden(hexDump(bytes), named: "receipt-cash-\(width.columns)-cp858.hex")
    }

    @Test func goldenWPC1252WithDrawerKick() {
        let bytes = EscPosEncoder(codePage: .wpc1252).encode(SampleReceipts.receipt(), width: .medium, openDrawer: true)
        expectGolden(hexDump(bytes), named: "receipt-cash-42-wpc1252-drawer.hex")
    }

    @Test func goldenTrainingDuplicate() {
        let receipt = SampleReceipts.receipt(duplicate: true, training: true)
        let bytes = EscPosEncoder().encode(receipt, width: .narrow)
        expectGolden(hexDump(bytes), named: "receipt-training-duplicate-32-cp858.hex")
    }

    @Test func goldenRefundDuplicate() {
        let bytes = EscPosEncoder().encode(SampleReceipts.refund(duplicate: true), width: .narrow)
        expectGolden(hexDump(bytes), named: "receipt-refund-creditnote-duplicate-32-cp858.hex")
    }

    @Test("a credit note prints its code and its CODE128 barcode", arguments: ReceiptWidth.allCases)
    func creditNoteBarcode(width: ReceiptWidth) {
        let bytes = EscPosEncoder().encode(SampleReceipts.refund(), width: width)
        // GS k 73 13 {B AV7KQ2M9XDT: the code without dashes, which the scanner types back.
        let barcode: [UInt8] = [0x1D, 0x6B, 0x49, 13, 0x7B, 0x42] + Array("AV7KQ2M9XDT".utf8)
        #expect(bytes.firstRange(of: barcode) != nil)
        #expect(bytes.firstRange(of: Array("AV-7KQ2-M9XD-T".utf8)) != nil, "the code as text")
        #expect(CreditNoteCode.parse("AV7KQ2M9XDT") == "AV-7KQ2-M9XD-T")
        // A receipt without a credit note has no barcode.
        let plain = EscPosEncoder().encode(SampleReceipts.receipt(), width: width)
        #expect(plain.firstRange(of: [0x1D, 0x6B, 0x49]) == nil)
    }

    @Test func hexDumpLooksLikeHexdumpC() {
        #expect(hexDump(Array("La Boutique Solidaire".utf8) + [0x0A, 0xD5]) == """
            00000000  4c 61 20 42 6f 75 74 69  71 75 65 20 53 6f 6c 69  |La Boutique Soli|
            00000010  64 61 69 72 65 0a d5                              |daire..|
            00000017

            """)
        #expect(hexDump([]) == "00000000\n")
    }

    // MARK: The job's frame

    @Test("the code page follows every ESC @", arguments: CodePage.allCases)
    func codePageAfterEveryInit(page: CodePage) {
        let encoder = EscPosEncoder(codePage: page)
        let jobs = [
            encoder.encode(SampleReceipts.receipt(), width: .medium),
            encoder.encode(SampleReceipts.receipt(duplicate: true, training: true), width: .narrow, openDrawer: true),
            encoder.encode(ReceiptTextRendererTests.awkward, width: .wide),
            encoder.drawerKickJob(),
        ]
        let expected = page == .cp858 ? Self.initCP858 : Self.initWPC1252
        for job in jobs {
            #expect(Array(job.prefix(5)) == expected)
            let inits = Self.offsets(of: [0x1B, 0x40], in: job)
            #expect(inits == [0])
            for offset in inits {
                #expect(Array(job[offset..<(offset + 5)]) == expected)
            }
        }
    }

    @Test("the cut is last, after a feed", arguments: [0, 4, 6])
    func cutIsLast(feed: Int) throws {
        let job = EscPosEncoder(feedLinesBeforeCut: feed).encode(SampleReceipts.receipt(), width: .medium)
        #expect(Array(job.suffix(3)) == Self.fullCut)
        #expect(Self.offsets(of: Self.fullCut, in: job) == [job.count - 3])
        let reader = try EscPosReader(job, codePage: .cp858)
        #expect(reader.commands.last == .cut)
        if feed > 0 {
            #expect(reader.commands.dropLast().last == .feed(feed))
        }
        // The last printed line is the footer, fed before the feed.
        #expect(reader.printedLines.last.map(Self.trimmed) == "Merci de votre visite !")
    }

    @Test func drawerKickOnlyWhenAsked() throws {
        let encoder = EscPosEncoder()
        let receipt = SampleReceipts.receipt()
        let plain = encoder.encode(receipt, width: .medium)
        let cash = encoder.encode(receipt, width: .medium, openDrawer: true)
        #expect(Self.offsets(of: Self.drawerKick, in: plain).isEmpty)
        #expect(Self.offsets(of: Self.drawerKick, in: cash) == [5], "right after the code page, before any text")
        #expect(Array(cash[0..<5]) + Array(cash[10...]) == plain)
        #expect(encoder.drawerKickJob() == Self.initCP858 + Self.drawerKick)
        #expect(try EscPosReader(cash, codePage: .cp858).commands.prefix(3) == [.initialize, .codePage(19), .drawerKick])
    }

    // MARK: Lines and style

    @Test("the printed lines are the layout's", arguments: CodePage.allCases, ReceiptWidth.allCases)
    func printedLinesAreTheLayouts(page: CodePage, width: ReceiptWidth) throws {
        for receipt in [SampleReceipts.receipt(), SampleReceipts.receipt(duplicate: true, training: true)] {
            let document = ReceiptLayout().document(for: receipt, width: width)
            let job = EscPosEncoder(codePage: page).encode(document)
            let reader = try EscPosReader(job, codePage: page)
            let expected = document.lines.map { line in
                EscPosReader.Line(
                    text: Self.printable(line.doubleSizeText ?? line.text, page: page),
                    bold: line.isBold, alignment: .left, doubleSize: line.doubleSizeText != nil)
            }
            #expect(reader.printedLines == expected.filter { !$0.text.isEmpty })
            #expect(reader.lines.count == document.lines.count + 4, "one LF per line, then the feed")
        }
    }

    @Test("the header is centred with spaces within the configured width, not by the printer",
          arguments: ReceiptWidth.allCases)
    func headerIsCentredWithinTheWidth(width: ReceiptWidth) throws {
        let job = EscPosEncoder().encode(SampleReceipts.receipt(), width: width)
        // The printer would centre over its whole paper (48 columns) even at `printer.width = 42`.
        #expect(Self.offsets(of: [0x1B, 0x61, 0x01], in: job).isEmpty)
        let lead = String(repeating: " ", count: (width.columns - 21) / 2)
        let start: [UInt8] = Self.initCP858 + [0x1B, 0x45, 0x01] + Array((lead + "La Boutique Solidaire").utf8) + [0x0A]
        #expect(Array(job.prefix(start.count)) == start)
        let lines = try EscPosReader(job, codePage: .cp858).printedLines
        #expect(lines.filter(\.bold).map(Self.trimmed).first == "La Boutique Solidaire")
        let address = try #require(lines.first { Self.trimmed($0) == "12 rue Jean Jaurès" })
        #expect(address.text.count - 18 == (width.columns - 18) / 2)
        #expect(lines.allSatisfy { $0.alignment == .left })
    }

    @Test("the total prints double size in half the columns", arguments: ReceiptWidth.allCases)
    func doubleSizeTotal(width: ReceiptWidth) throws {
        let job = EscPosEncoder().encode(SampleReceipts.receipt(), width: width)
        let half = width.columns / 2
        let total = "TOTAL" + String(repeating: " ", count: half - 12) + "17,50 "
        let bytes: [UInt8] = [0x1B, 0x45, 0x01, 0x1D, 0x21, 0x11] + Array(total.utf8) + [0xD5, 0x0A, 0x1B, 0x45, 0x00, 0x1D, 0x21, 0x00]
        #expect(Self.offsets(of: bytes, in: job).count == 1)
        let lines = try EscPosReader(job, codePage: .cp858).printedLines
        #expect(lines.filter(\.doubleSize).map(\.text) == ["TOTAL" + String(repeating: " ", count: half - 12) + "17,50 €"])
        for line in lines {
            #expect(line.text.count <= (line.doubleSize ? half : width.columns), "\(line)")
        }
    }

    @Test func aTotalTooWideForDoubleSizePrintsAtNormalSize() throws {
        var receipt = SampleReceipts.receipt()
        receipt.total = Money(cents: 123_456_789)  // "1 234 567,89 €": 14 characters, 16 columns at 32
        let doc = ReceiptLayout().document(for: receipt, width: .narrow)
        let total = try #require(doc.lines.first { $0.text.hasPrefix("TOTAL") })
        #expect(total.doubleSizeText == nil)
        #expect(total.isBold)
        let lines = try EscPosReader(EscPosEncoder().encode(doc), codePage: .cp858).printedLines
        #expect(lines.allSatisfy { !$0.doubleSize })
        let normal = "TOTAL" + String(repeating: " ", count: 32 - 5 - 14) + "1 234 567,89 €"
        #expect(lines.contains(EscPosReader.Line(text: normal, bold: true)))
    }

    @Test("DUPLICATA and FACTICE — MODE FORMATION come out", arguments: CodePage.allCases)
    func markers(page: CodePage) throws {
        let dash = page == .cp858 ? "-" : "—"
        let encoder = EscPosEncoder(codePage: page)
        func printed(_ receipt: Receipt) throws -> [String] {
            try EscPosReader(encoder.encode(receipt, width: .narrow), codePage: page).printedLines.map(Self.trimmed)
        }
        #expect(try printed(SampleReceipts.receipt(duplicate: true)).filter { $0.contains("DUPLICATA") } == ["*** DUPLICATA ***"])
        let training = try printed(SampleReceipts.receipt(training: true))
        #expect(training.first == "*** FACTICE \(dash) MODE FORMATION ***")
        #expect(training.last == "*** FACTICE \(dash) MODE FORMATION ***")
        #expect(training.filter { $0.contains("FACTICE") }.count == 2)
        #expect(try printed(SampleReceipts.receipt()).allSatisfy { !$0.contains("DUPLICATA") && !$0.contains("FACTICE") })
    }

    @Test("an awkward receipt only sends known commands and page characters", arguments: CodePage.allCases, ReceiptWidth.allCases)
    func awkwardReceipt(page: CodePage, width: ReceiptWidth) throws {
        let job = EscPosEncoder(codePage: page).encode(ReceiptTextRendererTests.awkward, width: width, openDrawer: true)
        let lines = try EscPosReader(job, codePage: page).printedLines
        let words = lines.map(\.text).joined(separator: " ").split(separator: " ")
        #expect(words.contains("Canapé") && words.contains("convertible") && words.contains("@"))
        for line in lines {
            #expect(line.text.count <= width.columns, "\(line)")
        }
    }

    // MARK: Transliterations that lengthen a line

    @Test func aLineIsLaidOutInPrintedBytes() throws {
        // `Œ` and `…` print as two and three bytes in CP858: the layout counts them so.
        let row = TextLayout.row("Œufs bio…", "2,00 €", width: 32)[0]
        let doc = PrintDocument(width: .narrow, lines: [PrintLine(row)] + TextLayout.centred("Bœuf…", width: 32).map {
            PrintLine($0, alignment: .centre)
        })
        let lines = try EscPosReader(EscPosEncoder().encode(doc), codePage: .cp858).printedLines.map(\.text)
        #expect(lines == ["OEufs bio..." + String(repeating: " ", count: 32 - 12 - 6) + "2,00 €",
                          String(repeating: " ", count: 12) + "Boeuf..."])
        // WPC1252 prints them as one byte: the line is shorter, never longer.
        let kept = try EscPosReader(EscPosEncoder(codePage: .wpc1252).encode(doc), codePage: .wpc1252).printedLines
        #expect(kept.map(\.text) == [row, doc.lines[1].text])
        #expect(kept.allSatisfy { $0.text.count <= 32 })
    }

    // MARK: Helpers

    /// What the printer shows for a laid-out text, leading spaces included: through the code
    /// page and back.
    static func printable(_ text: String, page: CodePage) -> String {
        String(page.encode(text).compactMap(page.character(for:)))
    }

    /// A printed line's text without the spaces that centre it.
    static func trimmed(_ line: EscPosReader.Line) -> String {
        String(line.text.drop(while: { $0 == " " }))
    }

    static func offsets(of pattern: [UInt8], in bytes: [UInt8]) -> [Int] {
        guard bytes.count >= pattern.count else { return [] }
        return (0...(bytes.count - pattern.count)).filter { Array(bytes[$0..<($0 + pattern.count)]) == pattern }
    }
}
