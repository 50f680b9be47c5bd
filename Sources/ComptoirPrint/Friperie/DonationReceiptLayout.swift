import ComptoirCore

/// The slip a donor may ask for at the back door: what was given, when, its weight and
/// where it came from. A receipt of the deposit only: it is not a tax receipt (no cerfa,
/// no value), and it says so.
public struct DonationReceiptLayout: Sendable {
    public static let notTaxReceipt = "Reçu de dépôt d'un don en nature : ce document n'est pas un reçu fiscal."

    public init() {}

    /// `donation` as recorded; its time is the one printed (a reprint keeps it).
    public func document(for donation: FriperieFlow, _ context: DocumentContext, width: ReceiptWidth) -> PrintDocument {
        var context = context
        context.printedAt = donation.at
        var doc = PrintDocument(width: width)
        doc.documentTop(context, title: "REÇU DE DON")
        doc.row("Famille", donation.family.label)
        doc.row("Poids", Grams.kilograms(Int64(donation.grams)), bold: true)
        doc.row("Provenance", (donation.origin ?? .autre).label)
        // A name can be long: wrapped, never cut.
        let donor = TextLayout.clean(donation.party)
        if !donor.isEmpty { doc.add(TextLayout.wrap("Donateur : " + donor, width: width.columns)) }
        doc.add([""])
        doc.centred("Merci pour votre don !", bold: true)
        doc.add([""])
        // The space before the colon holds (French typography): no line starts with ":".
        let glue: Character = "\u{E000}"
        doc.add(TextLayout.wrap(Self.notTaxReceipt.replacingOccurrences(of: " :", with: "\(glue):"), width: width.columns)
            .map { $0.replacingOccurrences(of: String(glue), with: " ") })
        doc.documentBottom(context)
        return doc
    }
}
