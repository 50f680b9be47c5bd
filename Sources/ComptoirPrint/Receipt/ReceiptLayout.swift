import ComptoirCore

/// Lays a receipt out for a paper width: the one place that decides what a receipt looks
/// like. Its `PrintDocument` feeds the plain-text renderer and the ESC/POS encoder.
public struct ReceiptLayout: Sendable {
    public init() {}

    public func document(for receipt: Receipt, width: ReceiptWidth) -> PrintDocument {
        let w = width.columns
        var doc = PrintDocument(width: width)
        func add(_ lines: [String], bold: Bool = false, alignment: PrintLine.Alignment = .left) {
            doc.lines += lines.map { PrintLine($0, bold: bold, alignment: alignment) }
        }
        func centred(_ text: String, bold: Bool = false) {
            add(TextLayout.centred(text, width: w), bold: bold, alignment: .centre)
        }
        func separator() { add([TextLayout.separator(width: w)]) }

        func marker(_ text: String) {
            let framed = "*** \(text) ***"
            centred(framed.count <= w ? framed : text, bold: true)
        }

        if receipt.training {
            marker(Receipt.trainingMarker)
            add([""])
        }

        // Who issues it.
        centred(receipt.header.shopName, bold: true)
        for line in receipt.header.addressLines { centred(line) }
        if let siret = receipt.header.siretLine { centred(siret) }
        if receipt.duplicate {
            add([""])
            marker(Receipt.duplicateMarker)
        }
        separator()

        // Which ticket, when, where, by whom.
        add(TextLayout.row("Ticket n° \(receipt.ticketNumber)", receipt.displayedDate, width: w))
        let till = "Caisse : " + TextLayout.clean(receipt.tillName)
        let seller = "Vendeur : " + TextLayout.clean(receipt.operatorName)
        let both = till + " — " + seller
        if both.count <= w {
            add([both])
        } else {
            add(TextLayout.wrap(till, width: w))
            add(TextLayout.wrap(seller, width: w))
        }
        separator()

        // What was bought.
        for line in receipt.lines {
            let amount = line.amount.formatted
            if line.quantity == 1 {
                add(TextLayout.labelRow(line.label, amount, width: w))
            } else {
                add(TextLayout.wrap(line.label, width: w))
                add(TextLayout.row("\(line.quantity) x \(line.unitPrice.formatted)", amount, width: w, indent: 2))
            }
        }
        separator()

        // How it was paid.
        // On paper the total may print double size, in half the columns.
        let total = TextLayout.row("TOTAL", receipt.total.formatted, width: w)
        let doubled = TextLayout.row("TOTAL", receipt.total.formatted, width: w / 2)
        let doubleSizeText = total.count == 1 && doubled.count == 1 ? doubled[0] : nil
        doc.lines += total.map { PrintLine($0, bold: true, doubleSizeText: doubleSizeText) }
        for payment in receipt.payments {
            // Cash shows what was handed over; the change follows.
            add(TextLayout.row(payment.method.label, payment.given.formatted, width: w))
        }
        if !receipt.change.isZero || receipt.payments.contains(where: { $0.method == .cash }) {
            add(TextLayout.row("Rendu", receipt.change.formatted, width: w))
        }
        separator()

        centred(receipt.vatMention)
        if !receipt.footerLines.isEmpty {
            add([""])
            for line in receipt.footerLines { centred(line) }
        }
        if receipt.training {
            add([""])
            marker(Receipt.trainingMarker)
        }
        return doc
    }
}
