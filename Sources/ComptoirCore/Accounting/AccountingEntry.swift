import Foundation

/// One balanced entry of the books: a Z, a payout by transfer, a rent taken from a
/// seller's sales. Amounts are positive; each line is a debit or a credit.
public struct AccountingEntry: Hashable, Sendable {
    public struct Line: Hashable, Sendable {
        public var account: String
        public var debit: Money
        public var credit: Money
        /// The seller the line concerns, on the sellers' account; nil elsewhere.
        public var auxiliary: AuxiliaryAccount?

        public init(account: String, debit: Money = .zero, credit: Money = .zero, auxiliary: AuxiliaryAccount? = nil) {
            self.account = account
            self.debit = debit
            self.credit = credit
            self.auxiliary = auxiliary
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
    public mutating func post(_ account: String, _ signed: Money, auxiliary: AuxiliaryAccount? = nil) {
        guard signed != .zero else { return }
        lines.append(signed.isNegative ? Line(account: account, credit: -signed, auxiliary: auxiliary)
                                       : Line(account: account, debit: signed, auxiliary: auxiliary))
    }
}

/// The French Fichier des écritures comptables (art. A47 A-1 du LPF): 18 columns in the
/// order of the norm, `|` between them, dates AAAAMMJJ, amounts with a decimal comma and
/// no thousands separator, one line per posting. A line on a seller's behalf carries the
/// seller's auxiliary account (CompAuxNum, CompAuxLib); the others leave both empty.
public enum FEC {
    public static let header = [
        "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib",
        "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise",
        "Idevise",
    ]

    /// `<SIREN>FEC<AAAAMMJJ>.txt`, the date being the closing day of the period; nil when the
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
                    entry.journal, journal, "\(n + 1)", day, line.account, plan.label(line.account),
                    line.auxiliary?.number ?? "", line.auxiliary?.label ?? "",
                    entry.piece, day, entry.label, amount(line.debit), amount(line.credit), "", "", day, "", "",
                ]
                out += fields.map(field).joined(separator: "|") + "\r\n"
            }
        }
        return out
    }

    /// A value on one line without the separator: a name typed with a `|` or a line break
    /// would shift the columns.
    static func field(_ text: String) -> String {
        String(text.map { $0 == "|" ? "/" : $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    /// `1234,56`: no thousands separator.
    static func amount(_ m: Money) -> String { m.plain.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{202F}", with: "").replacingOccurrences(of: "\u{00A0}", with: "") }
}
