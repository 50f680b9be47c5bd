/// Item labels as a CSV file, for a separate label printer's software to merge: it prints
/// `code_barres` in CODE128 (what the till reads) and `code` in clear.
public enum ItemLabelFile {
    public static let header = ["box", "article", "code", "code_barres", "description", "prix"]

    public static func csv(_ items: [ConsignedItem]) -> String {
        CSVTable.text(header: header, rows: items.map {
            [$0.boxCode, "\($0.number)", $0.code.text, $0.code.barcode, $0.description, $0.price.plain]
        })
    }

    /// The bytes of the file, with the byte order mark spreadsheets need.
    public static func file(_ items: [ConsignedItem]) -> [UInt8] {
        CSVTable.byteOrderMark + Array(csv(items).utf8)
    }
}
