import ComptoirCore

/// The label stuck on a consigned item: the box in large print, the item number, the
/// description, the price in large print, and the CODE128 barcode the till scans (with
/// its code in clear under it). Several labels print as one job, cut between them.
public struct ItemLabelLayout: Sendable {
    public init() {}

    public func document(for item: ConsignedItem, shopName: String, training: Bool = false, demo: Bool = false,
                         width: ReceiptWidth) -> PrintDocument {
        var doc = PrintDocument(width: width)
        let w = width.columns
        if training { doc.marker(Receipt.trainingMarker) }
        if demo { doc.marker(Receipt.demoMarker) }
        doc.centred(shopName)
        doc.large(item.boxCode)
        doc.centred("Article n° \(String(repeating: "0", count: max(0, 3 - "\(item.number)".count)))\(item.number)")
        let description = TextLayout.wrap(item.description, width: w)
        doc.add(description.prefix(2).enumerated().map { i, line in
            i == 1 && description.count > 2 ? String(PrintedWidth.prefix(Substring(line), width: w - PrintedWidth.of("…"))) + "…" : line
        }.flatMap { TextLayout.centred($0, width: w) }, bold: true, alignment: .centre)
        doc.large(item.price.formatted)
        if let barcode = Code128(item.code.barcode) {
            doc.lines.append(.barcode(barcode, width: width))
        }
        doc.centred(item.code.text)
        if training { doc.marker(Receipt.trainingMarker) }
        if demo { doc.marker(Receipt.demoMarker) }
        return doc
    }
}

extension PrintDocument {
    /// Bold and centred, double size on paper where it fits in half the columns.
    mutating func large(_ text: String) {
        let normal = TextLayout.centred(text, width: width.columns)
        let doubled = TextLayout.centred(text, width: width.columns / 2)
        let doubleSizeText = normal.count == 1 && doubled.count == 1 ? doubled[0] : nil
        lines += normal.map { PrintLine($0, bold: true, alignment: .centre, doubleSizeText: doubleSizeText) }
    }
}

extension EscPosEncoder {
    /// One job for all the labels: each one printed and cut.
    public func encode(labels items: [ConsignedItem], shopName: String, training: Bool = false, demo: Bool = false, width: ReceiptWidth,
                       layout: ItemLabelLayout = ItemLabelLayout()) -> [UInt8] {
        items.flatMap { encode(layout.document(for: $0, shopName: shopName, training: training, demo: demo, width: width)) }
    }
}
