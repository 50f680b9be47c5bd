import ComptoirCore
import Foundation

/// What the till's documents other than the receipt share (vide-greniers slips, X and Z):
/// who prints it, when, where, and whether it is a training one (`FACTICE` at its top and
/// bottom).
public struct DocumentContext: Hashable, Sendable {
    public var header: ReceiptHeader
    public var printedAt: Date
    public var tillName: String
    public var training: Bool
    /// The demo shop: `DÉMONSTRATION` at the top and the bottom.
    public var demo: Bool
    public var timeZone: TimeZone

    public init(header: ReceiptHeader, printedAt: Date, tillName: String, training: Bool = false, demo: Bool = false,
                timeZone: TimeZone = Receipt.shopTimeZone) {
        self.demo = demo
        self.header = header
        self.printedAt = printedAt
        self.tillName = tillName
        self.training = training
        self.timeZone = timeZone
    }
}

extension PrintDocument {
    /// The shop, the title in bold, the date and the till.
    mutating func documentTop(_ context: DocumentContext, title: String) {
        if context.training {
            marker(Receipt.trainingMarker)
            add([""])
        }
        if context.demo {
            marker(Receipt.demoMarker)
            add([""])
        }
        centred(context.header.shopName, bold: true)
        for line in context.header.addressLines { centred(line) }
        if let siret = context.header.siretLine { centred(siret) }
        separator()
        centred(title, bold: true)
        centred(FrenchDateTime.format(context.printedAt, in: context.timeZone) + " · " + context.tillName)
        separator()
    }

    mutating func documentBottom(_ context: DocumentContext) {
        if context.training {
            add([""])
            marker(Receipt.trainingMarker)
        }
        if context.demo {
            add([""])
            marker(Receipt.demoMarker)
        }
    }

    /// `label ........ value` on one line, the value right-aligned, the label after
    /// `indent` spaces.
    mutating func row(_ label: String, _ value: String, bold: Bool = false, indent: Int = 0) {
        add(indent == 0 ? TextLayout.labelRow(label, value, width: width.columns)
                        : TextLayout.row(TextLayout.clean(label), value, width: width.columns, indent: indent), bold: bold)
    }

    /// A line to sign on, with the signer's name above it.
    mutating func signature(_ who: String) {
        add([""] + TextLayout.wrap(who + " :", width: width.columns) + ["", "", String(repeating: "_", count: min(width.columns, 30))])
    }
}
