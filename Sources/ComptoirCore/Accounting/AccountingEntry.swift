import Foundation

/// One balanced entry of the books: a Z, a payout by transfer, a rent taken from a
/// seller's sales. Amounts are positive; each line is a debit or a credit.
public struct AccountingEntry: Hashable, Sendable {
    public struct Line: Hashable, Sendable {
        public var account: String
        public var debit: Money
        public var credit: Money

        public init(account: String, debit: Money = .zero, credit: Money = .zero) {
            self.account = account
            self.debit = debit
            self.credit = credit
        }
    }

    /// `CA` (caisse) or `OD` (opérations diverses).
    public var journal: String
    public var date: CalendarDay
    /// `Z12`, `REV3`, `LOY5`.
    public var piece: String
    public var label: String
    public var lines: [Line]

    public init(journal: String, date: CalendarDay, piece: String, label: String, lines: [Line] = []) {
        self.journal = journal
        self.date = date
        self.piece = piece
        self.label = label
        self.lines = lines
    }

    public var isBalanced: Bool {
        lines.reduce(.zero) { $0 + $1.debit } == lines.reduce(.zero) { $0 + $1.credit }
    }

    /// A signed amount on `account`: positive is a debit, negative a credit; zero adds nothing.
    public mutating func post(_ account: String, _ signed: Money) {
        guard signed != .zero else { return }
        lines.append(signed.isNegative ? Line(account: account, credit: -signed) : Line(account: account, debit: signed))
    }
}

/// The French Fichier des écritures comptables: 18 columns, `|` between them, dates
/// AAAAMMJJ, amounts with a decimal comma, one line per posting.
public enum FEC {
    public static let header = [
        "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib",
        "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise",
        "Idevise",
    ]

    /// `<SIREN>FEC<AAAAMMJJ>.txt`, the date being the end of the fiscal year; nil when the
    /// SIRET does not give a SIREN (nine digits).
    public static func fileName(siret: String, yearEnd: CalendarDay) -> String? {
        let digits = siret.filter(\.isNumber)
        guard digits.count >= 9 else { return nil }
        return String(digits.prefix(9)) + "FEC" + yearEnd.iso.replacingOccurrences(of: "-", with: "") + ".txt"
    }

    public static func text(_ entries: [AccountingEntry], plan: AccountPlan) -> String {
        var out = header.joined(separator: "|") + "\r\n"
        for (n, entry) in entries.enumerated() {
            let day = entry.date.iso.replacingOccurrences(of: "-", with: "")
            let journal = entry.journal == "CA" ? "Caisse" : "Opérations diverses"
            for line in entry.lines {
                let fields = [
                    entry.journal, journal, "\(n + 1)", day, line.account, plan.label(line.account), "", "",
                    entry.piece, day, entry.label, amount(line.debit), amount(line.credit), "", "", day, "", "",
                ]
                out += fields.map { $0.replacingOccurrences(of: "|", with: "/") }.joined(separator: "|") + "\r\n"
            }
        }
        return out
    }

    /// `1234,56`: no thousands separator.
    static func amount(_ m: Money) -> String { m.plain.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{202F}", with: "").replacingOccurrences(of: "\u{00A0}", with: "") }
}
