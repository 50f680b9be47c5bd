import Testing
import ComptoirCore
@testable import ComptoirRuntime

/// `[barcodes]` in the TOML: read into the variable-measure format, or refused in French.
@Suite struct BarcodeSettingsTests {
    @Test func theSectionGivesTheFormat() throws {
        let config = try Configuration.parse("""
            [barcodes]
            weight_prefix = "21"
            price_prefix = "22"
            item_digits = 4
            measure_check_digit = true
            """, name: "c.toml")
        #expect(config.variableMeasure == VariableMeasureFormat(weightPrefix: "21", pricePrefix: "22", itemDigits: 4,
                                                               measureCheckDigit: true))
        #expect(try Configuration.parse("", name: "c.toml").variableMeasure == nil)
    }

    @Test func aWrongSectionIsRefusedInFrench() {
        for (text, says) in [("[barcodes]\nweight_prefix = 21\n", "entre guillemets"),
                             ("[barcodes]\nweight_prefix = \"31\"\n", "entre \"20\" et \"29\""),
                             ("[barcodes]\nitem_digits = 5\n", "weight_prefix"),
                             ("[barcodes]\nweight_prefix = \"21\"\nitem_digits = 8\n", "chiffres"),
                             ("[barcodes]\nweight_prefix = \"21\"\nprefixe = \"22\"\n", "prefixe")] {
            do {
                _ = try Configuration.parse(text, name: "c.toml")
                Issue.record("accepted: \(text)")
            } catch {
                #expect("\(error)".contains(says), "\(error)")
            }
        }
    }

    @Test func aMeasuredCodesItemIsLookedUpInTheCatalogue() throws {
        let shop = try RuntimeShop()
        let savon = try shop.addProduct(stock: 3)
        let code = VariableMeasureCode.weight(item: "SAVON", grams: 500)
        #expect(shop.perform(.sale(.resolveMeasured(code))) == [.sale(.measuredResolved(code, item: .product(savon)))])
        let unknown = VariableMeasureCode.price(item: "00001", price: Money(cents: 100))
        #expect(shop.perform(.sale(.resolveMeasured(unknown))) == [.sale(.measuredResolved(unknown, item: nil))])
    }
}
