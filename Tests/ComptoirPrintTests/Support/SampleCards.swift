import ComptoirPrint

/// The card of household F-42-7, whose rights run to 31 May 2027.
enum SampleCards {
    static func card(duplicate: Bool = false, training: Bool = false) -> HouseholdCard {
        HouseholdCard(
            header: SampleReceipts.header, cardCode: "F-42-7", barcodePayload: "F427",
            holderName: "Famille Lefèvre", rightsValidUntil: "31/05/2027",
            duplicate: duplicate, training: training)
    }
}
