import ComptoirCore

/// The label stuck on a bag weighed at the back door: the shop, the category, the weight
/// and price per kilo, the price in large print, and the variable-measure EAN-13 as a
/// CODE128 barcode (every ESC/POS printer prints CODE128; a scanner reads back the same
/// 13 digits), in clear under it, with the day it was weighed.
public struct MeasuredLabelLayout: Sendable {
    public init() {}

    public func document(for label: MeasuredLabel, _ context: DocumentContext, width: ReceiptWidth) -> PrintDocument {
        var doc = PrintDocument(width: width)
        let w = width.columns
        if context.training { doc.marker(Receipt.trainingMarker) }
        if context.demo { doc.marker(Receipt.demoMarker) }
        doc.centred(context.header.shopName)
        doc.add(TextLayout.centred(TextLayout.clean(label.category.label), width: w), bold: true, alignment: .centre)
        // Weight and price per kilo as one unit: wrapped whole, never `€/kg` alone.
        let measure = Grams.kilograms(Int64(label.grams)) + " × " + label.category.priceText
        doc.add(TextLayout.centred(measure, width: w), alignment: .centre)
        doc.large(label.price.formatted)
        if let barcode = Code128(label.code) {
            doc.lines.append(.barcode(barcode, width: width))
        }
        doc.centred(label.code)
        doc.centred("Pesé le " + FrenchDateTime.format(context.printedAt, in: context.timeZone))
        if context.training { doc.marker(Receipt.trainingMarker) }
        if context.demo { doc.marker(Receipt.demoMarker) }
        return doc
    }
}
