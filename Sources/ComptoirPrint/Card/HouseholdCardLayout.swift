/// Lays a household card out for a paper width, centred like a receipt's header. Its
/// `PrintDocument` feeds the plain-text renderer and the ESC/POS encoder.
public struct HouseholdCardLayout: Sendable {
    public init() {}

    public func document(for card: HouseholdCard, width: ReceiptWidth) -> PrintDocument {
        let w = width.columns
        var doc = PrintDocument(width: width)

        if card.training {
            doc.marker(Receipt.trainingMarker)
            doc.add([""])
        }
        if card.demo {
            doc.marker(Receipt.demoMarker)
            doc.add([""])
        }
        doc.centred(card.header.shopName, bold: true)
        if card.duplicate {
            doc.add([""])
            doc.marker(Receipt.duplicateMarker)
        }
        doc.separator()

        // On paper the heading prints double size when it fits on one line in half the columns.
        let heading = TextLayout.centred(HouseholdCard.heading, width: w)
        let doubled = TextLayout.centred(HouseholdCard.heading, width: w / 2)
        let doubleSizeText = heading.count == 1 && doubled.count == 1 ? doubled[0] : nil
        doc.lines += heading.map { PrintLine($0, bold: true, alignment: .centre, doubleSizeText: doubleSizeText) }
        doc.separator()

        doc.centred(card.holderName, bold: true)
        doc.centred("N° de carte : " + card.cardCode)
        doc.centred("Droits jusqu'au " + card.rightsValidUntil)
        doc.add([""])
        if let barcode = Code128(card.barcodePayload) {
            doc.lines.append(.barcode(barcode, width: width))
        } else {
            // No bars rather than a job the printer misreads: the code can still be typed.
            doc.centred(card.barcodePayload)
        }
        doc.add([""])
        doc.centred(HouseholdCard.instruction)
        if card.training {
            doc.add([""])
            doc.marker(Receipt.trainingMarker)
        }
        if card.demo {
            doc.add([""])
            doc.marker(Receipt.demoMarker)
        }
        return doc
    }
}
