/// What an épicerie household's card shows, as values: printed on the till printer, handed
/// to the household, scanned at the till. It holds no income or situation, only what the
/// till needs to find the household and what the household needs to read.
public struct HouseholdCard: Hashable, Sendable, Codable {
    public static let heading = "CARTE ÉPICERIE SOLIDAIRE"
    public static let instruction = "Présentez cette carte à la caisse."

    public var header: ReceiptHeader
    /// The card number as people read it: `F-42-7`.
    public var cardCode: String
    /// What the barcode holds, which the scanner types into the till: `F427`. When it is
    /// not valid CODE128 set B data (ASCII 32–126), the card prints it as text, without bars.
    public var barcodePayload: String
    /// The household's name or pseudonym.
    public var holderName: String
    /// The last day of the household's rights, as the caller formats it: `31/05/2027`.
    public var rightsValidUntil: String
    /// A reprint: prints `DUPLICATA`.
    public var duplicate: Bool
    /// Made in training mode: prints `FACTICE — MODE FORMATION` at the top and the bottom.
    public var training: Bool
    /// The demo shop: prints `DÉMONSTRATION` at the top and the bottom.
    public var demo: Bool

    public init(
        header: ReceiptHeader,
        cardCode: String,
        barcodePayload: String,
        holderName: String,
        rightsValidUntil: String,
        duplicate: Bool = false,
        training: Bool = false,
        demo: Bool = false
    ) {
        self.demo = demo
        self.header = header
        self.cardCode = cardCode
        self.barcodePayload = barcodePayload
        self.holderName = holderName
        self.rightsValidUntil = rightsValidUntil
        self.duplicate = duplicate
        self.training = training
    }
}
