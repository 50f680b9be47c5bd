import Foundation

/// The books as a plain-text accounting journal, in the common subset that hledger and
/// ledger both read: ISO dates, `*` (cleared), the piece as `(code)`, one posting per line,
/// the account and the amount separated by two spaces, debits positive and credits
/// negative, in `EUR` with a decimal point (what both parse without a directive).
public enum PlainTextJournal {
    public static func text(_ entries: [AccountingEntry], plan: AccountPlan, title: String) -> String {
        var out = "; \(clean(title))\n; Montants en euros : débit positif, crédit négatif. Lisible par hledger et ledger.\n\n"
        var accounts: [String] = []
        for entry in entries {
            for line in entry.lines where !accounts.contains(line.account) { accounts.append(line.account) }
        }
        for account in accounts.sorted() { out += "account \(name(account, plan))\n" }
        if !accounts.isEmpty { out += "\n" }
        for entry in entries {
            out += "\(entry.date.iso) * (\(clean(entry.piece))) \(clean(entry.label))\n"
            let names = entry.lines.map { name($0.account, plan) }
            let width = names.map(\.count).max() ?? 0
            for (line, account) in zip(entry.lines, names) {
                let amount = decimal(line.debit - line.credit) + " EUR"
                out += "    " + account + String(repeating: " ", count: width - account.count + 2) + amount + "\n"
            }
            out += "\n"
        }
        return out
    }

    /// `530000 Caisse`: the number first, so that accounts sort as in the chart.
    static func name(_ account: String, _ plan: AccountPlan) -> String {
        let label = plan.label(account)
        return clean(label == account ? account : "\(account) \(label)")
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
