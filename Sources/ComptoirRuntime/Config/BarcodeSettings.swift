import ComptoirCore
import TOMLKit

/// `[barcodes]`: the variable-measure EAN-13 of the shop's weighed labels (GS1 prefixes
/// 20–29). Without it, such codes are looked up in the catalogue like any other.
enum BarcodeSettings {
    static let keys = ["weight_prefix", "price_prefix", "item_digits", "measure_check_digit"]

    static func parse(_ table: TOMLTable, name: String) throws -> VariableMeasureFormat {
        func problem(_ text: String) -> Configuration.Problem {
            Configuration.Problem(description: "Configuration « \(name) » : \(text)")
        }
        var format = VariableMeasureFormat()
        for (key, set) in [("weight_prefix", { (f: inout VariableMeasureFormat, v: String) in f.weightPrefix = v }),
                           ("price_prefix", { (f: inout VariableMeasureFormat, v: String) in f.pricePrefix = v })] {
            guard let value = table[key] else { continue }
            guard let text = value.string else {
                throw problem("« barcodes.\(key) » est un préfixe entre guillemets, par exemple \"21\".")
            }
            set(&format, text)
        }
        if let value = table["item_digits"] {
            guard let n = value.int else { throw problem("« barcodes.item_digits » est un nombre de chiffres, par exemple 5.") }
            format.itemDigits = n
        }
        if let value = table["measure_check_digit"] {
            guard let flag = value.bool else { throw problem("« barcodes.measure_check_digit » vaut true ou false.") }
            format.measureCheckDigit = flag
        }
        if format.weightPrefix == nil && format.pricePrefix == nil {
            throw problem("[barcodes] donne « weight_prefix » ou « price_prefix » (par exemple \"21\").")
        }
        if let why = format.problem { throw problem("[barcodes] : " + why) }
        return format
    }
}
