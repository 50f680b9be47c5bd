import ComptoirCore
import Foundation

/// Everything a sale receipt shows, as values: the ledger's committed ticket plus what the
/// till knows (shop, till, operator). Laid out by `ReceiptLayout` for a paper width.
public struct Receipt: Hashable, Sendable, Codable {
    public static let defaultVATMention = LegalMention.association.receiptLine
    public static let defaultFooterLines = ["Merci de votre visite !"]
    public static let duplicateMarker = "DUPLICATA"
    public static let trainingMarker = "FACTICE — MODE FORMATION"
    /// On every document of the demo shop (`--demo`).
    public static let demoMarker = "DÉMONSTRATION"

    /// A ticket number as printed: `F-n` in training (see `TicketName`).
    public static func ticketName(_ number: Int64, trainingBase: Int64?) -> String {
        TicketName.format(number, trainingBase: trainingBase)
    }

    /// This receipt's number as printed.
    public var ticketName: String { Self.ticketName(ticketNumber, trainingBase: trainingBase) }

    /// A sale, or a counter-entry that corrects an earlier ticket.
    public enum Kind: Hashable, Sendable, Codable {
        case sale
        case cancellation(of: Int64)
        case refund(of: Int64)

        /// The heading a counter-entry prints; nil for a sale.
        public var heading: String? { heading(naming: { "\($0)" }) }

        /// The heading, with the ticket numbers as `name` shows them (F-n in training).
        public func heading(naming name: (Int64) -> String) -> String? {
            switch self {
            case .sale: return nil
            case .cancellation(let number): return "ANNULATION DU TICKET N° \(name(number))"
            case .refund(let number): return "REMBOURSEMENT DU TICKET N° \(name(number))"
            }
        }
    }

    public var header: ReceiptHeader
    public var kind: Kind
    public var ticketNumber: Int64
    /// When the ticket was committed; shown in `timeZone`.
    public var date: Date
    public var timeZone: TimeZone
    public var tillName: String
    /// The first name of the person at the till.
    public var operatorName: String
    public var lines: [CartLine]
    public var payments: [Payment]
    public var total: Money
    public var change: Money
    public var vatMention: String
    public var footerLines: [String]
    /// A reprint: prints `DUPLICATA`.
    public var duplicate: Bool
    /// Made in training mode: prints `FACTICE — MODE FORMATION` at the top and the bottom.
    public var training: Bool
    /// In training, the last real ticket number at copy time: numbers print `F-n`.
    public var trainingBase: Int64?
    /// The demo shop: prints `DÉMONSTRATION` at the top and the bottom.
    public var demo: Bool
    /// The shop shows the épicerie's aid: the market value of the épicerie lines and the
    /// difference with what was paid. Off by default (dignity: the receipt shows what was paid).
    public var showAid: Bool
    /// The ticket's journal entry and the start of its hash, printed at the bottom when the
    /// shop wants it (`printer.journal_head`): each receipt kept is an anchor of the ledger.
    public var journalHead: ChainHead?

    public init(
        header: ReceiptHeader,
        kind: Kind = .sale,
        ticketNumber: Int64,
        date: Date,
        timeZone: TimeZone = Receipt.shopTimeZone,
        tillName: String,
        operatorName: String,
        lines: [CartLine],
        payments: [Payment],
        total: Money,
        change: Money,
        vatMention: String = Receipt.defaultVATMention,
        footerLines: [String] = Receipt.defaultFooterLines,
        duplicate: Bool = false,
        training: Bool = false,
        trainingBase: Int64? = nil,
        demo: Bool = false,
        showAid: Bool = false,
        journalHead: ChainHead? = nil
    ) {
        self.trainingBase = trainingBase
        self.demo = demo
        self.showAid = showAid
        self.journalHead = journalHead
        self.header = header
        self.kind = kind
        self.ticketNumber = ticketNumber
        self.date = date
        self.timeZone = timeZone
        self.tillName = tillName
        self.operatorName = operatorName
        self.lines = lines
        self.payments = payments
        self.total = total
        self.change = change
        self.vatMention = vatMention
        self.footerLines = footerLines
        self.duplicate = duplicate
        self.training = training
    }

    /// The receipt of a ticket: lines, payments, total and change come from the draft.
    public init(
        draft: TicketDraft,
        header: ReceiptHeader,
        ticketNumber: Int64,
        date: Date,
        timeZone: TimeZone = Receipt.shopTimeZone,
        tillName: String,
        operatorName: String,
        vatMention: String = Receipt.defaultVATMention,
        footerLines: [String] = Receipt.defaultFooterLines,
        duplicate: Bool = false,
        training: Bool = false
    ) {
        self.init(
            header: header, ticketNumber: ticketNumber, date: date, timeZone: timeZone,
            tillName: tillName, operatorName: operatorName,
            lines: draft.lines, payments: draft.payments, total: draft.total, change: draft.change,
            vatMention: vatMention, footerLines: footerLines, duplicate: duplicate, training: training
        )
    }

    /// Europe/Paris, where the shops are (UTC+1 if the system lacks time zone data).
    public static let shopTimeZone: TimeZone =
        TimeZone(identifier: "Europe/Paris") ?? TimeZone(secondsFromGMT: 3600)!

    /// `23/11/2026 18:05`.
    public var displayedDate: String { FrenchDateTime.format(date, in: timeZone) }

    /// Market value and aid of the épicerie lines, when the shop shows them and there are some.
    public var aid: (market: Money, aid: Money)? {
        let lines = self.lines.filter { $0.activity == .epicerie && $0.marketUnitPrice != nil }
        guard showAid, !lines.isEmpty else { return nil }
        let market = lines.reduce(Money.zero) { $0 + $1.marketAmount }
        let paid = lines.reduce(Money.zero) { $0 + $1.amount }
        return (market, market - paid)
    }
}
