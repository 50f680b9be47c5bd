@testable import ComptoirPrint
import Testing

@Suite("CODE128 barcodes")
struct BarcodeTests {
    static let f427 = Code128("F427")!

    @Test func aBarcodeLinePrintsCentredWithHeightWidthAndTextBelow() {
        let doc = PrintDocument(width: .narrow, lines: [.barcode(Self.f427, width: .narrow)])
        let job = EscPosEncoder().encode(doc)
        let expected: [UInt8] = EscPosEncoderTests.initCP858
            + [0x1B, 0x61, 0x01]                                      // ESC a 1: centred
            + [0x1D, 0x68, 80]                                        // GS h 80
            + [0x1D, 0x77, 2]                                         // GS w 2
            + [0x1D, 0x48, 2]                                         // GS H 2: text below
            + [0x1D, 0x6B, 73, 6, 0x7B, 0x42, 0x46, 0x34, 0x32, 0x37] // GS k 73 6 {B F427
            + [0x0A]
            + [0x1B, 0x61, 0x00]                                      // back to left
            + [0x0A, 0x0A, 0x0A, 0x0A] + EscPosEncoderTests.fullCut
        #expect(job == expected)
    }

    @Test func aBraceIsSentTwiceAndCountedInTheLength() throws {
        let code = try #require(Code128("A{B"))
        #expect(EscPosCommand.code128(code) == [0x1D, 0x6B, 73, 6, 0x7B, 0x42, 0x41, 0x7B, 0x7B, 0x42])
        let job = EscPosEncoder().encode(PrintDocument(width: .wide, lines: [.barcode(code, width: .wide)]))
        #expect(try EscPosReader(job, codePage: .cp858).printedLines.map(\.barcode) == ["A{B"])
    }

    @Test("data outside ASCII 32–126 is refused", arguments: [
        "", "F-42-é", "F42\u{1B}", "F\t42", "F42\u{7F}", "F42\n", "€42", String(repeating: "A", count: 254),
        String(repeating: "{", count: 127),
    ])
    func badDataIsRefused(data: String) {
        #expect(Code128(data) == nil)
    }

    @Test("the edges of set B are kept", arguments: [" ", "~", "F-42-7", String(repeating: "A", count: 253)])
    func edgesAreKept(data: String) {
        #expect(Code128(data)?.data == data)
    }

    @Test func theLineAfterABarcodeGetsItsOwnStyleBack() throws {
        let doc = PrintDocument(width: .narrow, lines: [
            PrintLine("Titre", bold: true, alignment: .centre, doubleSizeText: "Titre"),
            .barcode(Self.f427, width: .narrow),
            PrintLine("Fin"),
        ])
        let job = EscPosEncoder().encode(doc)
        let barcodeStart: [UInt8] = [0x0A, 0x1B, 0x61, 0x01, 0x1B, 0x45, 0x00, 0x1D, 0x21, 0x00, 0x1D, 0x68, 80]
        #expect(EscPosEncoderTests.offsets(of: barcodeStart, in: job).count == 1, "bold and double size off before the bars")
        #expect(EscPosEncoderTests.offsets(of: [0x37, 0x0A, 0x1B, 0x61, 0x00, 0x46, 0x69, 0x6E, 0x0A], in: job).count == 1)
        let lines = try EscPosReader(job, codePage: .cp858).printedLines
        #expect(lines == [
            EscPosReader.Line(text: "Titre", bold: true, alignment: .left, doubleSize: true),
            EscPosReader.Line(text: "", alignment: .centre, barcode: "F427"),
            EscPosReader.Line(text: "Fin"),
        ])
    }

    @Test func aBarcodeTooWideForThePaperPrintsItsData() throws {
        // 12 characters take 374 dots at module width 2, 13 take 396: 58 mm paper has 384.
        let fits = try #require(Code128("ABCDEFGHIJKL"))
        let tooWide = try #require(Code128("ABCDEFGHIJKLM"))
        func printed(_ code: Code128, _ width: ReceiptWidth) throws -> [EscPosReader.Line] {
            let job = EscPosEncoder().encode(PrintDocument(width: width, lines: [.barcode(code, width: width)]))
            return try EscPosReader(job, codePage: .cp858).printedLines
        }
        #expect(try printed(fits, .narrow).map(\.barcode) == ["ABCDEFGHIJKL"])
        #expect(try printed(tooWide, .narrow) == [EscPosReader.Line(text: String(repeating: " ", count: 9) + "ABCDEFGHIJKLM")])
        #expect(try printed(tooWide, .wide).map(\.barcode) == ["ABCDEFGHIJKLM"])
    }

    @Test func plainTextShowsTheDataCentred() {
        #expect(PrintLine.barcode(Self.f427, width: .narrow).text == String(repeating: " ", count: 9) + "[||| F427 |||]")
        #expect(PrintLine.barcode(Self.f427, width: .wide).text == String(repeating: " ", count: 17) + "[||| F427 |||]")
        let long = Code128(String(repeating: "7", count: 30))!
        #expect(PrintLine.barcode(long, width: .narrow).text == " " + String(repeating: "7", count: 30))
    }
}
