/// Lays a household card out for a paper width, centred like a receipt's header. Its
/// `PrintDocument` feeds the plain-text renderer and the ESC/POS encoder.
public struct HouseholdCardLayout: Sendable {
    public init() {}

    public func document(for card: HouseholdCard, width: ReceiptWidth) -> PrintDocument {
        let w = width.columns
        var doc = PrintDocument(width: width)
        func add(_ lines: [String], bold: Bool = false, alignment: PrintLine.Alignment = .left) {
            doc.lines += lines.map { PrintLine($0, bold: bold, alignment: alignment) }
        }
        func centred(_ text: String, bold: Bool = false) {
            add(TextLayout.centred(text, width: w), bold: bold, alignment: .centre)
        }
        func marker(_ text: String) { add(TextLayout.marker(text, width: w), bold: true, alignment: .centre) }
        func separator() { add([TextLayout.separator(width: w)]) }

        if card.training {
            marker(Receipt.trainingMarker)
            add([""])
        }
        centred(card.header.shopName, bold: true)
        if card.duplicate {
            add([""])
            marker(Receipt.duplicateMarker)
        }
        separator()

        // On paper the heading prints double size when it fits on one line in half the columns.
        let heading = TextLayout.centred(HouseholdCard.heading, width: w)
        let doubled = TextLayout.centred(HouseholdCard.heading, width: w / 2)
        let doubleSizeText = heading.count == 1 && doubled.count == 1 ? doubled[0] : nil
        doc.lines += heading.map { PrintLine($0, bold: true, alignment: .centre, doubleSizeText: doubleSizeText) }
        separator()

        centred(card.holderName, bold: true)
        centred("N° de carte : " + card.cardCode)
        centred("Droits jusqu'au " + card.rightsValidUntil)
        add([""])
        if let barcode = Code128(card.barcodePayload) {
            doc.lines.append(.barcode(barcode, width: width))
        } else {
            // No bars rather than a job the printer misreads: the code can still be typed.
            centred(card.barcodePayload)
        }
        add([""])
        centred(HouseholdCard.instruction)
        if card.training {
            add([""])
            marker(Receipt.trainingMarker)
        }
        return doc
    }
}
