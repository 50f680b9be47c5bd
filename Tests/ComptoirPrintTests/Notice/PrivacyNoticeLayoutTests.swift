import ComptoirCore
import Foundation
import Testing
@testable import ComptoirPrint

/// The RGPD information notice, printed and as text.
@Suite("Privacy notice")
struct PrivacyNoticeLayoutTests {
    static let context = DocumentContext(header: SampleReceipts.header, printedAt: DonationReceiptLayoutTests.at, tillName: "Caisse 1")

    static func notice(_ audience: PrivacyNotice.Audience, retention: RetentionPeriods = .legalDefaults) -> PrivacyNotice {
        PrivacyNotice(audience, shopName: SampleReceipts.header.shopName, addressLines: SampleReceipts.header.addressLines,
                      contact: "contact@grenier.example, 03 21 00 00 00", retention: retention)
    }

    @Test("golden text of each notice", arguments: PrivacyNotice.Audience.allCases)
    func goldenText(audience: PrivacyNotice.Audience) {
        expectGolden(Self.notice(audience).text, named: "notice-\(audience.rawValue).txt")
    }

    @Test func theHouseholdsNoticePrintedAt32Columns() {
        let doc = PrivacyNoticeLayout().document(for: Self.notice(.foyers), Self.context, width: .narrow)
        #expect(doc.lines.allSatisfy { PrintedWidth.of($0.text) <= 32 })
        expectGolden(doc.plainText, named: "notice-foyers-32.txt")
    }

    @Test("each notice says what, why, how long, who, the rights and the CNIL", arguments: PrivacyNotice.Audience.allCases)
    func everyNoticeAnswersTheArticle13Questions(audience: PrivacyNotice.Audience) {
        let text = Self.notice(audience).text
        for expected in ["CE QUE NOUS GARDONS", "POURQUOI", "COMBIEN DE TEMPS", "QUI EN EST RESPONSABLE", "VOS DROITS", "CNIL",
                         SampleReceipts.header.shopName, SampleReceipts.header.addressLines[0], "contact@grenier.example",
                         "art. 6-1-"] {
            #expect(text.contains(expected), "\(audience): \(expected)")
        }
        // The headings print in bold, the rest not.
        let doc = PrivacyNoticeLayout().document(for: Self.notice(audience), Self.context, width: .wide)
        #expect(doc.lines.contains { $0.isBold && $0.text == "Vos droits" })
        #expect(!doc.lines.contains { $0.isBold && $0.text.hasPrefix("Vous pouvez") })
    }

    @Test func theDurationsComeFromTheRetentionPeriods() {
        #expect(Self.notice(.foyers).text.contains("Votre fiche : 2 ans après votre dernier passage"))
        #expect(Self.notice(.vendeurs).text.contains("Le registre (identité, pièce d'identité, objets) : 5 ans après sa clôture (art. R321-6 du code pénal)"))
        #expect(Self.notice(.donateurs).text.contains("Votre nom : 1 an après le dépôt"))
        let longer = RetentionPeriods(householdYears: 3, registerYears: 6, donorNameYears: 2)
        #expect(Self.notice(.foyers, retention: longer).text.contains("Votre fiche : 3 ans après"))
        #expect(Self.notice(.vendeurs, retention: longer).text.contains(" : 6 ans après sa clôture"))
        #expect(Self.notice(.donateurs, retention: longer).text.contains("Votre nom : 2 ans après"))
    }

    @Test func withoutAContactTheShopsAddressIsTheWayToReachIt() {
        let notice = PrivacyNotice(.vendeurs, shopName: "Le Grenier", addressLines: ["3 place du Marché", "", "62130 Saint-Pol"])
        #expect(notice.sections[0].paragraphs == ["Le Grenier, 3 place du Marché, 62130 Saint-Pol."])
        #expect(!notice.text.contains("Contact :"))
    }
}
