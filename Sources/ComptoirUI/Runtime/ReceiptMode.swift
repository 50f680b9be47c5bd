/// Whether and how the till prints receipts. Since 2023 a receipt is printed only when the
/// customer asks, unless the shop prints them always.
public enum ReceiptMode: Equatable, Sendable {
    /// No printer at this till: no question, no drawer.
    case noPrinter
    /// Ask "Ticket ?" after each sale; Entrée answers `default`.
    case ask(default: Bool)
    case always
}
