import ComptoirCore

/// Lays a receipt out for a paper width: the one place that decides what a receipt looks
/// like. Its `PrintDocument` feeds the plain-text renderer and the ESC/POS encoder.
public struct ReceiptLayout: Sendable {
    public init() {}

    public func document(for receipt: Receipt, width: ReceiptWidth) -> PrintDocument {
        let w = width.columns
        var doc = PrintDocument(width: width)

        if receipt.training {
            doc.marker(Receipt.trainingMarker)
            doc.add([""])
        }
        if receipt.demo {
            doc.marker(Receipt.demoMarker)
            doc.add([""])
        }

        // Who issues it.
        doc.centred(receipt.header.shopName, bold: true)
        for line in receipt.header.addressLines { doc.centred(line) }
        if let siret = receipt.header.siretLine { doc.centred(siret) }
        if receipt.duplicate {
            doc.add([""])
            doc.marker(Receipt.duplicateMarker)
        }
        if let heading = receipt.kind.heading(naming: { Receipt.ticketName($0, trainingBase: receipt.trainingBase) }) {
            doc.add([""])
            doc.centred(heading, bold: true)
        }
        doc.separator()

        // Which ticket, when, where, by whom.
        doc.add(TextLayout.row("Ticket n° \(receipt.ticketName)", receipt.displayedDate, width: w))
        let till = "Caisse : " + TextLayout.clean(receipt.tillName)
        let seller = "Vendeur : " + TextLayout.clean(receipt.operatorName)
        let both = till + " — " + seller
        if PrintedWidth.of(both) <= w {
            doc.add([both])
        } else {
            doc.add(TextLayout.wrap(till, width: w))
            doc.add(TextLayout.wrap(seller, width: w))
        }
        doc.separator()

        // What was bought.
        for line in receipt.lines {
            let amount = line.amount.formatted
            if let grams = line.weightGrams {
                doc.add(Self.weighed(line, grams: grams, width: w))
            } else if line.quantity == 1 {
                doc.add(TextLayout.labelRow(line.label, amount, width: w))
            } else {
                doc.add(TextLayout.wrap(line.label, width: w))
                doc.add(TextLayout.row("\(line.quantity) x \(line.unitPrice.formatted)", amount, width: w, indent: 2))
            }
        }
        doc.separator()

        // How it was paid.
        // On paper the total may print double size, in half the columns.
        let total = TextLayout.row("TOTAL", receipt.total.formatted, width: w)
        let doubled = TextLayout.row("TOTAL", receipt.total.formatted, width: w / 2)
        let doubleSizeText = total.count == 1 && doubled.count == 1 ? doubled[0] : nil
        doc.lines += total.map { PrintLine($0, bold: true, doubleSizeText: doubleSizeText) }
        for payment in receipt.payments {
            // Cash shows what was handed over; the change follows.
            doc.add(TextLayout.labelRow(Self.label(of: payment), payment.given.formatted, width: w))
        }
        if !receipt.change.isZero || receipt.payments.contains(where: { $0.method == .cash && !$0.amount.isNegative }) {
            doc.add(TextLayout.row("Rendu", receipt.change.formatted, width: w))
        }
        doc.separator()

        if let aid = receipt.aid {
            doc.add(TextLayout.row("Valeur marchande (épicerie)", aid.market.formatted, width: w))
            doc.add(TextLayout.row("Aide de l'épicerie", aid.aid.formatted, width: w))
            doc.separator()
        }

        // A credit note is a value: its code, its value and its rule stand out.
        if let note = receipt.payments.issuedCreditNote {
            doc.centred("AVOIR", bold: true)
            doc.centred(note.reference ?? "", bold: true)
            // The scanner types the barcode's content (the code without dashes) at the till.
            if let code = note.reference, let barcode = Code128(CreditNoteCode.barcode(code)) {
                doc.lines.append(.barcode(barcode, width: width))
            }
            doc.centred("Valeur : " + (-note.amount).formatted, bold: true)
            for line in TextLayout.wrap("Valable une fois, pour toute sa valeur, sur présentation de ce ticket. Le reste éventuel fait un nouvel avoir.", width: w) {
                doc.centred(line)
            }
            doc.separator()
        }

        // Too long for one line, the mention breaks after its comma, where it reads well
        // (« Association exonérée de TVA, » / « art. 261-7-1° b du CGI »), never before « CGI ».
        if PrintedWidth.of(receipt.vatMention) > w, let comma = receipt.vatMention.range(of: ", ") {
            doc.centred(String(receipt.vatMention[..<comma.lowerBound]) + ",")
            doc.centred(String(receipt.vatMention[comma.upperBound...]))
        } else {
            doc.centred(receipt.vatMention)
        }
        if !receipt.footerLines.isEmpty {
            doc.add([""])
            for line in receipt.footerLines { doc.centred(line) }
        }
        if let head = receipt.journalHead {
            doc.add([""])
            doc.centred(head.printed)
        }
        if receipt.training {
            doc.add([""])
            doc.marker(Receipt.trainingMarker)
        }
        if receipt.demo {
            doc.add([""])
            doc.marker(Receipt.demoMarker)
        }
        return doc
    }

    /// A weighed line's label (`1,250 kg Vrac à 3,00 €/kg`) is wrapped as a whole, the
    /// amount on its first line when both fit, else right-aligned on the next: a narrow
    /// column would leave `€/kg` alone. A counter-entry (quantity -1) prints the weight it
    /// takes back, not `-1 x 0,60 €`.
    static func weighed(_ line: CartLine, grams: Int, width: Int) -> [String] {
        let amount = line.amount.formatted
        let label = TextLayout.clean(line.label)
        if line.quantity == 1 {
            if PrintedWidth.of(label) + 1 + PrintedWidth.of(amount) <= width {
                return TextLayout.row(label, amount, width: width)
            }
            return TextLayout.wrap(label, width: width) + [TextLayout.rightAligned(amount, width: width)]
        }
        let weight = Grams.kilograms(Int64(line.quantity) * Int64(grams))
        return TextLayout.wrap(label, width: width) + TextLayout.row(weight, amount, width: width, indent: 2)
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
