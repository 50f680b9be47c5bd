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

        func marker(_ text: String) { add(TextLayout.marker(text, width: w), bold: true, alignment: .centre) }

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
        if let heading = receipt.kind.heading {
            add([""])
            centred(heading, bold: true)
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
            add(TextLayout.labelRow(Self.label(of: payment), payment.given.formatted, width: w))
        }
        if !receipt.change.isZero || receipt.payments.contains(where: { $0.method == .cash && !$0.amount.isNegative }) {
            add(TextLayout.row("Rendu", receipt.change.formatted, width: w))
        }
        separator()

        if let aid = receipt.aid {
            add(TextLayout.row("Valeur marchande (épicerie)", aid.market.formatted, width: w))
            add(TextLayout.row("Aide de l'épicerie", aid.aid.formatted, width: w))
            separator()
        }

        // A credit note is a value: its code, its value and its rule stand out.
        if let note = receipt.payments.issuedCreditNote {
            centred("AVOIR", bold: true)
            centred(note.reference ?? "", bold: true)
            centred("Valeur : " + (-note.amount).formatted, bold: true)
            for line in TextLayout.wrap("Valable une fois, pour toute sa valeur, sur présentation de ce ticket. Le reste éventuel fait un nouvel avoir.", width: w) {
                centred(line)
            }
            separator()
        }

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

    /// How a payment is named on paper: a voucher or a credit note with its reference,
    /// money going back as such.
    static func label(of payment: Payment) -> String {
        switch payment.method {
        case .creditNote:
            let code = payment.reference.map { " " + $0 } ?? ""
            return (payment.issuesCreditNote ? "Avoir émis" : "Avoir") + code
        case .voucher:
            return payment.method.label + (payment.reference.map { " " + TextLayout.clean($0) } ?? "")
        default:
            return payment.amount.isNegative ? payment.method.label + " rendu" : payment.method.label
        }
    }
}
