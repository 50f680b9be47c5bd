import Foundation
import ComptoirCore

/// A committed ticket as a responsable sees it before allowing its cancellation: when,
/// who, what, how much and how it was paid.
public struct TicketPreview: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        public var label: String
        public var quantity: Int
        public var amount: Money
        public init(label: String, quantity: Int, amount: Money) {
            self.label = label
            self.quantity = quantity
            self.amount = amount
        }
    }

    public struct Part: Equatable, Sendable {
        public var label: String
        public var amount: Money
        public init(label: String, amount: Money) {
            self.label = label
            self.amount = amount
        }
    }

    public var number: Int64
    public var at: Date
    public var operatorName: String
    public var lines: [Line]
    public var total: Money
    public var payments: [Part]

    public init(number: Int64, at: Date, operatorName: String, lines: [Line], total: Money, payments: [Part]) {
        self.number = number
        self.at = at
        self.operatorName = operatorName
        self.lines = lines
        self.total = total
        self.payments = payments
    }

    /// At most `maxRows` rows of `width`: the date and seller, the lines (the last row
    /// says how many more), the total and the payments.
    func rows(width: Int, maxRows: Int, timeZone: TimeZone) -> [String] {
        let head = "Vente du \(Chrome.clock(at, timeZone)) par \(operatorName)"
        let paid = "Payé : " + payments.map { "\($0.label) \($0.amount.formatted)" }.joined(separator: ", ")
        let room = max(1, maxRows - 3)
        let amountWidth = 12, quantityWidth = 5
        let labelWidth = width - 2 - quantityWidth - amountWidth
        func line(_ label: String, _ quantity: String, _ amount: String) -> String {
            "  " + Chrome.pad(Self.cut(label, labelWidth), labelWidth) + Chrome.right(quantity, quantityWidth) + Chrome.right(amount, amountWidth)
        }
        var rows = [Self.cut(head, width)]
        let shown = lines.count <= room ? lines : Array(lines.prefix(room - 1))
        rows += shown.map { line($0.label, "\($0.quantity)", $0.amount.formatted) }
        if shown.count < lines.count {
            let more = lines.count - shown.count
            rows.append("  … et \(more) autre\(more > 1 ? "s" : "") ligne\(more > 1 ? "s" : "")")
        }
        rows.append(line("Total", "", total.formatted))
        rows.append(Self.cut(paid, width))
        return rows
    }

    /// Text cut to `width` with an ellipsis, so a cut label never reads as whole.
    static func cut(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
    }
}
