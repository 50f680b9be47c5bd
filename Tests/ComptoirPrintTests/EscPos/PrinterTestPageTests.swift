import Foundation
import Testing
@testable import ComptoirPrint

@Suite struct PrinterTestPageTests {
    static let page = PrinterTestPage(shopName: "La Boutique Solidaire", tillName: "Caisse 1",
                                      codePage: .cp858, date: Date(timeIntervalSince1970: 1_795_453_500))

    @Test(arguments: ReceiptWidth.allCases)
    func fitsTheWidthAndHasEveryFrenchLetter(width: ReceiptWidth) {
        let document = Self.page.document(width: width)
        #expect(document.lines.allSatisfy { $0.text.count <= width.rawValue })
        let text = document.plainText
        #expect(text.contains(PrinterTestPage.frenchLetters))
        #expect(text.contains(PrinterTestPage.frenchCapitals))
        #expect(text.contains("€"))
        #expect(text.contains(String((1...width.rawValue).map { Character(String($0 % 10)) })))
        #expect(text.contains("23/11/2026 18:05"))
    }

    @Test func euroAndAccentsReachTheBytesOfEachPage() {
        let document = Self.page.document(width: .medium)
        let cp858 = EscPosEncoder(codePage: .cp858).encode(document)
        #expect(cp858.contains(0xD5))           // €
        #expect(cp858.contains(0x82))           // é
        #expect(!cp858.contains(0x3F), "nothing falls back to ?")
        let wpc = EscPosEncoder(codePage: .wpc1252).encode(document)
        #expect(wpc.contains(0x80))             // €
        #expect(wpc.contains(0x9C))             // œ, which WPC1252 has
        #expect(!wpc.contains(0x3F))
    }
}
