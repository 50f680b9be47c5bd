import ComptoirCore
import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct ClosingTests {
    /// A day at caisse-1: cash, card, a split payment, a cancellation, a refund, a
    /// consigned item sold and its seller paid out in cash, and a drop of 20,00 € to the bank.
    private func day(_ shop: TestShop) throws {
        let t1 = try shop.sell([TestShop.tshirt], given: Money(cents: 500))          // 1,00 cash
        let card = TicketDraft(lines: [TestShop.pull], payments: [Payment(method: .card, amount: Money(cents: 500))])
        let t2 = try shop.ledger.commitSale(card, till: TestShop.till, operatorId: shop.benevole.id, sessionId: shop.session.id)
        let split = TicketDraft(lines: [TestShop.free], payments: [Payment(method: .card, amount: Money(cents: 120)),
                                                                    try Payment.cash(total: Money(cents: 200), given: Money(cents: 200)).get()])
        _ = try shop.ledger.commitSale(split, till: TestShop.till, operatorId: shop.benevole.id, sessionId: shop.session.id)
        // A reason stays in the journal: a phone number there is refused, nothing written.
        #expect(refusal { _ = try shop.ledger.cancelTicket(number: t1.number, reason: "rappeler le 06 12 34 56 78",
                                                           authorizedBy: shop.admin.id, till: TestShop.till,
                                                           operatorId: shop.benevole.id, sessionId: shop.session.id) }?
                .hasPrefix("La raison reste au journal pour toujours") == true)
        _ = try shop.ledger.cancelTicket(number: t1.number, reason: "erreur", authorizedBy: shop.admin.id, till: TestShop.till,
                                         operatorId: shop.benevole.id, sessionId: shop.session.id)
        _ = try shop.ledger.refund(RefundRequest(number: t2.number, items: [.init(position: 1, quantity: 1)], method: .cash,
                                                 amount: Money(cents: 250)),
                                   reason: "taché", authorizedBy: shop.admin.id, till: TestShop.till,
                                   operatorId: shop.benevole.id, sessionId: shop.session.id)
        let rental = try shop.rentB07()
        let today = CalendarDay(Date(), in: shop.ledger.timeZone)
        let item = try shop.ledger.registerItem(rental: rental.rental.id, description: "lampe", price: Money(cents: 1_000),
                                                today: today, by: shop.benevole.id, till: TestShop.till)
        try shop.sell([try shop.ledger.saleLine(label: item.code.text)])
        _ = try shop.ledger.payOut(seller: rental.rental.sellerId, amount: Money(cents: 500), method: .cash, authorizedBy: shop.admin.id,
                                   till: TestShop.till, operatorId: shop.benevole.id, sessionId: shop.session.id)
        try shop.ledger.recordCashDrop(amount: Money(cents: 2_000), reason: "dépôt en banque", authorizedBy: shop.admin.id,
                                       till: TestShop.till, operatorId: shop.benevole.id, sessionId: shop.session.id)
    }

    @Test func theZOfADayAddsUpToTheCent() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try day(shop)
        let x = try shop.ledger.sessionReport(session: shop.session.id)
        #expect(x.sales == 4 && x.cancellations == 1 && x.refunds == 1)
        // Cash: 1,00 + 2,00 − 1,00 (cancelled) − 2,50 (refunded) + 10,00 = 9,50; card 5,00 + 1,20.
        #expect(x.byMethod == [.cash: Money(cents: 950), .card: Money(cents: 620)])
        #expect(x.byActivity == [.friperie: Money(cents: 250), .autre: Money(cents: 320), .videGreniers: Money(cents: 1_000)])
        #expect(x.total == Money(cents: 1_570) && x.commission == Money(cents: 250) && x.sellersShare == Money(cents: 750))
        #expect(x.cashPayouts == Money(cents: 500) && x.otherCashMovements == Money(cents: -2_000))
        // Float 50,00 + 9,50 − 5,00 paid out − 20,00 dropped.
        #expect(x.expectedCash == Money(cents: 3_450))
        #expect(x.perpetualTotal == Money(cents: 1_570))
        // The X changes nothing: the till still sells.
        #expect(try shop.ledger.currentSession(till: TestShop.till) != nil)

        let count = CashCount(pieces: [2_000: 1, 1_000: 1, 200: 2, 20: 2])  // 34,40 €
        let before = try shop.ledger.journalEntryCount()
        #expect(refusal { _ = try shop.ledger.closeSession(shop.session.id, count: count, comment: nil,
                                                           authorizedBy: shop.benevole.id, till: TestShop.till) }?
                .hasPrefix("Réservé aux responsables") == true)
        #expect(try shop.ledger.journalEntryCount() == before)
        let z = try shop.ledger.closeSession(shop.session.id, count: count, comment: "10 c manquent",
                                             authorizedBy: shop.admin.id, till: TestShop.till)
        #expect(z.counted == Money(cents: 3_440) && z.variance == Money(cents: -10) && z.closedBy == "Jean")
        #expect(try shop.ledger.currentSession(till: TestShop.till) == nil)
        #expect(refusal { try shop.sell([TestShop.tshirt]) }?.contains("clôturée") == true)
        #expect(refusal { _ = try shop.ledger.closeSession(shop.session.id, count: count, comment: nil,
                                                           authorizedBy: shop.admin.id, till: TestShop.till) }
                == "La session n° \(shop.session.id) de la caisse caisse-1 est déjà clôturée.")
        #expect(try shop.ledger.verify().isOK)
    }

    @Test func aDropNeedsAResponsableAReasonAndAnOpenSession() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let before = try shop.ledger.journalEntryCount()
        #expect(refusal { try shop.ledger.recordCashDrop(amount: Money(cents: 100), reason: "banque", authorizedBy: shop.benevole.id,
                                                         till: TestShop.till, operatorId: shop.benevole.id, sessionId: shop.session.id) }?
                .hasPrefix("Réservé aux responsables") == true)
        #expect(refusal { try shop.ledger.recordCashDrop(amount: Money(cents: 100), reason: " ", authorizedBy: shop.admin.id,
                                                         till: TestShop.till, operatorId: shop.benevole.id, sessionId: shop.session.id) }
                == "Donnez la raison du prélèvement (par exemple : dépôt en banque).")
        #expect(try shop.ledger.journalEntryCount() == before)
        try shop.ledger.recordCashDrop(amount: Money(cents: 100), reason: "coffre", authorizedBy: shop.admin.id,
                                       till: TestShop.till, operatorId: shop.benevole.id, sessionId: shop.session.id)
        #expect(try shop.ledger.rawInt("SELECT amount_cents FROM cash_movements WHERE kind = 'drop'") == -100)
        #expect(try shop.ledger.verify().isOK)
        try shop.ledger.rawExecute("INSERT INTO cash_movements (session_id, kind, amount_cents, journal_seq, at) SELECT session_id, 'drop', -5, journal_seq, at FROM cash_movements WHERE kind = 'drop'")
        #expect(try shop.ledger.verify().isOK == false)
    }

    @Test func theVarianceIsPositiveWhenThereIsMoreThanExpected() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try shop.sell([TestShop.tshirt])
        let z = try shop.ledger.closeSession(shop.session.id, count: CashCount(pieces: [5_000: 1, 100: 1, 50: 1]),
                                             comment: nil, authorizedBy: shop.admin.id, till: TestShop.till)
        #expect(z.report.expectedCash == Money(cents: 5_100) && z.variance == Money(cents: 50))
    }

    @Test func thePerpetualTotalRunsAcrossSessionsAndTills() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try shop.sell([TestShop.pull])  // 5,00
        _ = try shop.ledger.closeSession(shop.session.id, count: CashCount(pieces: [5_000: 1, 500: 1]), comment: nil,
                                         authorizedBy: shop.admin.id, till: TestShop.till)
        let next = try shop.ledger.openSession(till: TestShop.till, operatorId: shop.benevole.id, float: Money(cents: 5_500))
        let other = try shop.ledger.openSession(till: "caisse-2", operatorId: shop.benevole.id, float: .zero)
        _ = try shop.ledger.commitSale(TestShop.draft([TestShop.tshirt]), till: "caisse-2", operatorId: shop.benevole.id,
                                       sessionId: other.id)
        _ = try shop.ledger.commitSale(TestShop.draft([TestShop.free]), till: TestShop.till, operatorId: shop.benevole.id,
                                       sessionId: next.id)
        let z = try shop.ledger.closeSession(next.id, count: CashCount(pieces: [5_000: 1, 500: 1, 200: 1, 100: 1, 20: 1]),
                                             comment: nil, authorizedBy: shop.admin.id, till: TestShop.till)
        #expect(z.report.total == Money(cents: 320))
        // The running sum of the Z's grand totals: caisse-2's ticket counts at its own Z.
        #expect(z.report.perpetualTotal == Money(cents: 500 + 320))
        #expect(z.variance == .zero)
        let otherZ = try shop.ledger.closeSession(other.id, count: CashCount(pieces: [100: 1]), comment: nil,
                                                  authorizedBy: shop.admin.id, till: "caisse-2")
        #expect(otherZ.report.perpetualTotal == Money(cents: 500 + 320 + 100))
        #expect(try shop.ledger.verify().isOK)
    }

    @Test func verifyNamesAZWhoseFiguresNoLongerMatch() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try shop.sell([TestShop.tshirt])
        _ = try shop.ledger.closeSession(shop.session.id, count: CashCount(pieces: [5_000: 1, 100: 1]), comment: nil,
                                         authorizedBy: shop.admin.id, till: TestShop.till)
        #expect(try shop.ledger.verify().isOK)
        // A drawer movement slipped into the closed session changes what the Z should say.
        try shop.ledger.rawExecute("""
            INSERT INTO cash_movements (session_id, kind, amount_cents, journal_seq, at)
            SELECT session_id, 'float', 100, journal_seq, at FROM cash_movements LIMIT 1
            """)
        #expect(try shop.ledger.verify().isOK == false)
    }

    @Test func aCountWithAnUnknownDenominationIsRefused() throws {
        let shop = try TestShop()
        defer { shop.close() }
        #expect(refusal { _ = try shop.ledger.closeSession(shop.session.id, count: CashCount(pieces: [300: 1]), comment: nil,
                                                           authorizedBy: shop.admin.id, till: TestShop.till) }
                == "Le comptage de la caisse est invalide : recomptez les billets et les pièces.")
        #expect(CashCount.problem("12a", denomination: 200) == "2 € : « 12a » n'est pas un nombre de pièces ou de billets (tapez par exemple 12).")
        #expect(CashCount.problem("12", denomination: 200) == nil)
        #expect(CashCount(pieces: [50_000: 1, 1: 3]).total == Money(cents: 50_003))
    }

    @Test func monthAndYearClosingsRollUpTheZsAndWaitForOpenSessions() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let today = CalendarDay(Date(), in: shop.ledger.timeZone)
        let month = today.isoMonth, year = String(today.year)
        let later = today.adding(months: 13).start(in: shop.ledger.timeZone)
        try shop.sell([TestShop.pull])  // 5,00
        _ = try shop.ledger.closeSession(shop.session.id, count: CashCount(pieces: [5_000: 1, 500: 1]), comment: nil,
                                         authorizedBy: shop.admin.id, till: TestShop.till)
        let second = try shop.ledger.openSession(till: TestShop.till, operatorId: shop.benevole.id, float: .zero)
        _ = try shop.ledger.commitSale(TestShop.draft([TestShop.tshirt]), till: TestShop.till, operatorId: shop.benevole.id,
                                       sessionId: second.id)
        #expect(refusal { _ = try shop.ledger.closePeriod(.month, month, authorizedBy: shop.admin.id, till: TestShop.till) }?
                .hasPrefix("La période \(month) n'est pas finie") == true)
        #expect(refusal { _ = try shop.ledger.closePeriod(.month, month, authorizedBy: shop.admin.id, till: TestShop.till, now: later) }?
                .hasPrefix("La session n° \(second.id) de la caisse caisse-1") == true)
        _ = try shop.ledger.closeSession(second.id, count: CashCount(pieces: [100: 1]), comment: nil,
                                         authorizedBy: shop.admin.id, till: TestShop.till)
        #expect(refusal { _ = try shop.ledger.closePeriod(.month, month, authorizedBy: shop.benevole.id, till: TestShop.till, now: later) }?
                .hasPrefix("Réservé aux responsables") == true)
        let closed = try shop.ledger.closePeriod(.month, month, authorizedBy: shop.admin.id, till: TestShop.till, now: later)
        #expect(closed.sessions == [shop.session.id, second.id] && closed.sales == 2)
        #expect(closed.total == Money(cents: 600) && closed.byMethod == [.cash: Money(cents: 600)])
        #expect(closed.perpetualTotal == Money(cents: 600) && closed.variance == .zero)
        #expect(refusal { _ = try shop.ledger.closePeriod(.month, month, authorizedBy: shop.admin.id, till: TestShop.till, now: later) }
                == "La période \(month) est déjà clôturée.")
        let wholeYear = try shop.ledger.closePeriod(.year, year, authorizedBy: shop.admin.id, till: TestShop.till, now: later)
        #expect(wholeYear.total == Money(cents: 600) && wholeYear.label == year)
        #expect(try shop.ledger.periodClosings().map(\.period) == [year, month])
        #expect(refusal { _ = try shop.ledger.closePeriod(.month, "2026-13", authorizedBy: shop.admin.id, till: TestShop.till) }
                == "Mois « 2026-13 » : écrivez-le AAAA-MM, par exemple 2026-11.")
        #expect(try shop.ledger.verify().isOK)
    }

    @Test func theFiguresOfADayAreItsZsAndSaySessionsWithoutOne() throws {
        let shop = try TestShop()
        defer { shop.close() }
        let today = CalendarDay(Date(), in: shop.ledger.timeZone)
        try shop.sell([TestShop.pull])
        let (before, open) = try shop.ledger.periodSummary(.day, today.iso)
        #expect(before.sessions.isEmpty && before.total == .zero && open == 1)
        _ = try shop.ledger.closeSession(shop.session.id, count: CashCount(pieces: [5_000: 1, 500: 1]), comment: nil,
                                         authorizedBy: shop.admin.id, till: TestShop.till)
        let (after, none) = try shop.ledger.periodSummary(.day, today.iso)
        #expect(after.sessions == [shop.session.id] && after.total == Money(cents: 500) && none == 0)
        #expect(try shop.ledger.periodSummary(.month, today.isoMonth).report.total == Money(cents: 500))
        #expect(try shop.ledger.periodSummary(.day, today.adding(days: 1).iso).report.sessions.isEmpty)
        #expect(refusal { _ = try shop.ledger.closePeriod(.day, today.iso, authorizedBy: shop.admin.id, till: TestShop.till) }
                == "Un jour se clôture par le Z de chaque caisse (Alt+Z à la caisse).")
    }

    @Test func theBooksOfTheYearBalanceAndTheFECHasItsEighteenColumns() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try day(shop)
        _ = try shop.ledger.closeSession(shop.session.id, count: CashCount(pieces: [2_000: 1, 1_000: 1, 200: 2, 20: 2]),
                                         comment: nil, authorizedBy: shop.admin.id, till: TestShop.till)
        let year = CalendarDay(Date(), in: shop.ledger.timeZone).year
        let plan = AccountPlan()
        let entries = try shop.ledger.accountingEntries(year: year, plan: plan)
        #expect(entries.count == 1 && entries.allSatisfy(\.isBalanced))
        let z = try #require(entries.first)
        func net(_ account: String) -> Int64 { z.lines.filter { $0.account == account }.reduce(0) { $0 + $1.debit.cents - $1.credit.cents } }
        // The drawer moved by what was counted less the float: 34,40 − 50,00.
        #expect(net("530000") == 3_440 - 5_000)
        #expect(net("511500") == 620)
        #expect(net("707200") == -250 && net("708800") == -320 && net("708400") == -250)
        // The seller: 7,50 of share owed, 5,00 paid out in cash.
        #expect(net("467100") == -750 + 500)
        #expect(net("580000") == 2_000 && net("658000") == 10)
        let fec = FEC.text(entries, plan: plan)
        let lines = fec.split(separator: "\r\n")
        #expect(lines.allSatisfy { $0.split(separator: "|", omittingEmptySubsequences: false).count == 18 })
        #expect(lines.first == Substring(FEC.header.joined(separator: "|")))
        #expect(lines.contains { $0.hasPrefix("CA|Caisse|1|") && $0.contains("|511500|Carte bancaire|") && $0.contains("|6,20|0,00|") })
        #expect(FEC.fileName(siret: "123 456 789 00012", yearEnd: CalendarDay(year: 2026, month: 12, day: 31)) == "123456789FEC20261231.txt")
        #expect(FEC.fileName(siret: "", yearEnd: CalendarDay(year: 2026, month: 12, day: 31)) == nil)
    }

    /// The plain-text journal is read by the real tools (installed by `./install.sh --test`),
    /// and the balances they compute are the Z's figures.
    @Test func hledgerAndLedgerReadTheJournalAndItsBalancesAreTheZTotals() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try day(shop)
        let z1 = try shop.ledger.closeSession(shop.session.id, count: CashCount(pieces: [2_000: 1, 1_000: 1, 200: 2, 20: 2]),
                                              comment: nil, authorizedBy: shop.admin.id, till: TestShop.till)
        let second = try shop.ledger.openSession(till: TestShop.till, operatorId: shop.benevole.id, float: Money(cents: 3_440))
        let card = TicketDraft(lines: [TestShop.pull], payments: [Payment(method: .card, amount: Money(cents: 500))])
        _ = try shop.ledger.commitSale(card, till: TestShop.till, operatorId: shop.benevole.id, sessionId: second.id)
        _ = try shop.ledger.commitSale(TestShop.draft([TestShop.tshirt]), till: TestShop.till, operatorId: shop.benevole.id,
                                       sessionId: second.id)
        let z2 = try shop.ledger.closeSession(second.id, count: CashCount(pieces: [2_000: 1, 1_000: 1, 500: 1, 100: 1, 20: 2]),
                                              comment: nil, authorizedBy: shop.admin.id, till: TestShop.till)
        let year = CalendarDay(Date(), in: shop.ledger.timeZone).year
        let plan = AccountPlan()
        let text = PlainTextJournal.text(try shop.ledger.accountingEntries(year: year, plan: plan), plan: plan, title: "Test \(year)")
        let file = shop.temp.folder + "/comptoir.journal"
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))

        let hledger = try balances(try tool("hledger", ["-f", file, "balance", "--flat", "--no-total", "-O", "csv"]).dropFirst()
            .map { line in line.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) } })
        let ledger = try balances(try tool("ledger", ["-f", file, "balance", "--flat", "--no-total", "-F", "%(account)|%(display_total)\n"])
            .map { $0.split(separator: "|").map(String.init) })
        #expect(hledger == ledger)
        let zs = [z1, z2]
        func sum(_ figure: (ClosingReport) -> Money) -> Int64 { zs.reduce(0) { $0 + figure($1).cents } }
        #expect(hledger["511500 Carte bancaire"] == sum { $0.report.byMethod[.card] ?? .zero })
        // The drawer: what was counted at each Z less the float it started with.
        #expect(hledger["530000 Caisse"] == sum { $0.counted - $0.report.float })
        #expect(hledger["707200 Ventes friperie"] == -sum { $0.report.byActivity[.friperie] ?? .zero })
        #expect(hledger["708800 Ventes autre"] == -sum { $0.report.byActivity[.autre] ?? .zero })
        #expect(hledger["708400 Commissions vide-greniers"] == -sum(\.report.commission))
        // The sellers' account, by seller: its one sub-account here is Lucie Petit's.
        let sellers = hledger.filter { $0.key.hasPrefix("467100 Déposants") }
        #expect(sellers.count == 1 && sellers.keys.first?.wholeMatch(of: /467100 Déposants:DEP[0-9]{6} PETIT Lucie/) != nil, "\(sellers)")
        #expect(sellers.values.reduce(0, +) == -sum(\.report.sellersShare) + sum(\.report.cashPayouts))
        #expect(hledger["580000 Virements internes"] == -sum(\.report.otherCashMovements))
        #expect(hledger["658000 Écarts de caisse (manquants)"] == -sum { min($0.variance, .zero) })
        #expect(hledger["758000 Écarts de caisse (excédents)"] == -sum { max($0.variance, .zero) })
        #expect(hledger.values.reduce(0, +) == 0 && z1.variance == Money(cents: -10) && z2.variance == Money(cents: 100))
    }

    /// `account → cents` from the tools' `account, "12.34 EUR"` rows.
    private func balances(_ rows: [[String]]) throws -> [String: Int64] {
        var out: [String: Int64] = [:]
        for row in rows where row.count == 2 {
            let amount = row[1].replacingOccurrences(of: " EUR", with: "").trimmingCharacters(in: .whitespaces)
            let parts = amount.split(separator: ".")
            let euros = try #require(Int64(parts[0].replacingOccurrences(of: "-", with: "")))
            let cents = parts.count == 2 ? try #require(Int64(parts[1])) : 0
            out[row[0]] = (amount.hasPrefix("-") ? -1 : 1) * (euros * 100 + cents)
        }
        return out
    }

    /// Runs an accounting tool and returns its output lines; a missing tool fails the test.
    private func tool(_ name: String, _ arguments: [String]) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let problem = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "\(name) a échoué (./install.sh --test l'installe) : \(problem)")
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
