import Foundation

/// The books as a plain-text accounting journal, in the common subset that hledger and
/// ledger both read: ISO dates, `*` (cleared), the piece as `(code)`, one posting per line,
/// the account and the amount separated by two spaces, debits positive and credits
/// negative, in `EUR` with a decimal point (what both parse without a directive). A
/// seller's postings go to a sub-account of the sellers' account, as the FEC's auxiliary
/// account: `467100 Déposants:DEP000012 PETIT Lucie`.
public enum PlainTextJournal {
    public static func text(_ entries: [AccountingEntry], plan: AccountPlan, title: String) -> String {
        var out = "; \(clean(title))\n; Montants en euros : débit positif, crédit négatif. Lisible par hledger et ledger.\n\n"
        var accounts: Set<String> = []
        for entry in entries {
            for line in entry.lines { accounts.insert(name(line, plan)) }
        }
        for account in accounts.sorted() { out += "account \(account)\n" }
        if !accounts.isEmpty { out += "\n" }
        for entry in entries {
            out += "\(entry.date.iso) * (\(clean(entry.piece))) \(clean(entry.label))\n"
            let names = entry.lines.map { name($0, plan) }
            let width = names.map(\.count).max() ?? 0
            for (line, account) in zip(entry.lines, names) {
                let amount = decimal(line.debit - line.credit) + " EUR"
                out += "    " + account + String(repeating: " ", count: width - account.count + 2) + amount + "\n"
            }
            out += "\n"
        }
        return out
    }

    /// `530000 Caisse`: the number first, so that accounts sort as in the chart; a seller's
    /// sub-account after `:` (a `:` in the name would make another level).
    static func name(_ line: AccountingEntry.Line, _ plan: AccountPlan) -> String {
        let label = plan.label(line.account)
        let account = clean(label == line.account ? line.account : "\(line.account) \(label)")
        guard let seller = line.auxiliary else { return account }
        return account + ":" + clean("\(seller.number) \(seller.label)".replacingOccurrences(of: ":", with: " "))
    }

    /// `-1234.56`.
    static func decimal(_ m: Money) -> String {
        let magnitude = m.cents.magnitude
        let rest = magnitude % 100
        return (m.isNegative ? "-" : "") + "\(magnitude / 100)." + (rest < 10 ? "0" : "") + "\(rest)"
    }

    /// A name or a description on one line: `;` starts a comment and `|` splits hledger's
    /// payee, two spaces end an account name.
    static func clean(_ text: String) -> String {
        var out = ""
        for c in text {
            let c: Character = c == ";" ? "," : c == "|" ? "/" : c.isNewline || c == "\t" ? " " : c
            if c == " " && out.last == " " { continue }
            out.append(c)
        }
        return out.trimmingCharacters(in: .whitespaces)
    }
}
