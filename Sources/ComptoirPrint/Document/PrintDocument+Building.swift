/// The few ways a layout adds lines, shared by the receipt and the household card.
extension PrintDocument {
    mutating func add(_ texts: [String], bold: Bool = false, alignment: PrintLine.Alignment = .left) {
        lines += texts.map { PrintLine($0, bold: bold, alignment: alignment) }
    }

    mutating func centred(_ text: String, bold: Bool = false) {
        add(TextLayout.centred(text, width: width.columns), bold: bold, alignment: .centre)
    }

    /// `*** DUPLICATA ***`, bold and centred.
    mutating func marker(_ text: String) {
        add(TextLayout.marker(text, width: width.columns), bold: true, alignment: .centre)
    }

    mutating func separator() { add([TextLayout.separator(width: width.columns)]) }
}
