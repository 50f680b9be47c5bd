import ComptoirCore
import ComptoirLedger
import ComptoirUI
import Foundation

/// `comptoir-bench --years N`: the yearly tasks on a shop's N dated years, each against
/// its anchor measured in the same run (the same task in year 1, the tool a treasurer
/// would use, an empty ledger), with the peak memory of each row.
extension Benchmark {
    mutating func runYears(_ years: Int) throws {
        let location = try LedgerLocation(dbPath: options.dbPath)
        let firstYearPath = location.folder + "/comptoir-annee-1.sqlite"
        defer {
            location.discardStaging()
            if options.keep || location.temporaryFolder == nil {
                Self.note("Base conservée / ledger kept: \(location.path) (année 1 : \(firstYearPath))")
            } else {
                location.removeTemporaryFolder()
            }
        }
        let generator = YearsGenerator(years: years, firstYearCopy: firstYearPath,
                                       backupFolder: (location.stagingFolder ?? location.folder) + "/sauvegardes")
        var outcome: YearsGenerator.Outcome?
        if location.exists {
            Self.note("Base existante réutilisée telle quelle / reusing existing ledger: \(location.path)")
        } else {
            Self.note("Génération de \(years) an(s) de boutique, \(generator.firstYear)–\(YearsGenerator.lastYear)"
                + (location.stagingFolder != nil ? " (sur tmpfs, puis copie sur disque)" : "") + "…")
            try FileManager.default.createDirectory(atPath: generator.backupFolder!, withIntermediateDirectories: true)
            outcome = try generator.run(path: location.generationPath) { Self.note($0) }
            try location.publishGeneratedFile()
        }
        let generationPeak = outcome == nil ? nil : MemoryUsage.peakResident()
        Self.note("Mesures / measuring…")
        let first = generator.firstYear, last = YearsGenerator.lastYear
        let ledger = try Ledger.open(path: location.path)
        defer { try? ledger.close() }
        let firstYear = Ledger.exists(path: firstYearPath) ? try Ledger.open(path: firstYearPath) : nil
        defer { try? firstYear?.close() }

        try measureStart(location, firstYear: firstYearPath)
        try measureScans(ledger, firstYear, first: first, last: last)
        try measureDay(ledger, firstYear, outcome: outcome, first: first, last: last)
        try measureClosings(ledger, firstYear, outcome: outcome, first: first, last: last)
        try measureYearTasks(ledger, folder: location.folder, first: first, last: last)
        try measureArchiveAndVerify(ledger, location: location, last: last)
        measureScreenKey()

        if let generationPeak {
            table.add("Mémoire max pendant la génération / peak RSS while generating (VmHWM)", median: Format.megabytes(generationPeak))
        }
        let tickets = try ledger.ticketCount()
        print("""

            Comptoir — banc d'essai / benchmark --years \(years), \(Self.today()), \(ProcessInfo.processInfo.activeProcessorCount) cœurs / cores
            Base / ledger: \(location.path) — \(Format.megabytes(location.size()))
            Historique / history: \(first)–\(last), \(Format.grouped(tickets)) tickets, \(Format.grouped(try ledger.journalEntryCount())) entrées du journal / journal entries
            """)
        if let outcome {
            print("Générés / generated: \(Format.grouped(outcome.tickets)) tickets, \(Format.grouped(outcome.lines)) lignes, "
                + "\(Format.grouped(outcome.sessions)) sessions et Z, \(outcome.backups) sauvegardes, en / in "
                + "\(Format.decimal(outcome.duration.seconds, digits: 1)) s")
        }
        print("")
        print(table.render())
    }

    // MARK: - Rows

    /// Runs `body` with the peak memory reset first; returns its result and that peak.
    private func peak<T>(_ body: () throws -> T) rethrows -> (T, Int?) {
        MemoryUsage.resetPeak()
        let result = try body()
        return (result, MemoryUsage.peakResident())
    }

    private static func ratio(_ a: Duration, _ b: Duration) -> String {
        "×" + Format.decimal(a.seconds / max(b.seconds, 1e-12), digits: 2)
    }

    /// What the till does at start, on the full ledger, on year 1 and on an empty ledger.
    private mutating func measureStart(_ location: LedgerLocation, firstYear: String) throws {
        func starts(_ path: String) throws -> Samples {
            try Samples.measure(Self.opens) { _ in
                let ledger = try Ledger.open(path: path)
                _ = try ledger.users(includeInactive: false)
                _ = try ledger.categories()
                _ = try ledger.currentSession(till: BenchShop.tills[0].name)
                _ = try ledger.ticketCount()
                try ledger.close()
            }
        }
        let emptyPath = location.folder + "/comptoir-vide.sqlite"
        try Ledger.open(path: emptyPath).close()
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: emptyPath + s) } }
        let empty = try starts(emptyPath)
        let (full, memory) = try peak { try starts(location.path) }
        let one = Ledger.exists(path: firstYear) ? try starts(firstYear) : nil
        table.add("Démarrage caisse, dernière année / till start", full, unit: .milliseconds,
                  detail: "base vide \(ReportTable.DurationUnit.milliseconds.format(empty.median))"
                      + (one.map { ", année 1 \(ReportTable.DurationUnit.milliseconds.format($0.median)) (\(Self.ratio(full.median, $0.median)))" } ?? ""),
                  ratio: Self.ratio(full.median, empty.median) + " vide", memory: memory)
    }

    /// A product's EAN scanned, a household's card scanned: on the full ledger in its last
    /// year, against the ledger as it was at the end of year 1.
    private mutating func measureScans(_ ledger: Ledger, _ firstYear: Ledger?, first: Int, last: Int) throws {
        let codes = (0..<2_000).map { _ in BenchShop.productCode(Int.random(in: 0..<BenchShop.productCount, using: &rng)) }
        let count = try ledger.householdCount()
        let numbers = (0..<1_000).map { _ in Int64.random(in: 1...Int64(max(count, 1)), using: &rng) }
        func scans(_ l: Ledger) throws -> Samples {
            for code in codes.prefix(100) { _ = try l.lookup(code: code) }
            return try Samples.measure(codes.count) { i in _ = try l.lookup(code: codes[i]) }
        }
        func cards(_ l: Ledger, year: Int) throws -> Samples {
            let date = CalendarDay(year: year, month: 12, day: 15).start(in: l.timeZone).addingTimeInterval(12 * 3_600)
            for n in numbers.prefix(50) { _ = try l.householdStanding(number: n, at: date) }
            return try Samples.measure(numbers.count) { i in _ = try l.householdStanding(number: numbers[i], at: date) }
        }
        let (scan, scanMemory) = try peak { try scans(ledger) }
        let scan1 = try firstYear.map(scans)
        table.add("Scan d'un produit, dernière année / lookup(EAN)", scan, unit: .microseconds,
                  detail: scan1.map { "année 1 \(ReportTable.DurationUnit.microseconds.format($0.median))" } ?? "année 1 absente",
                  ratio: scan1.map { Self.ratio(scan.median, $0.median) } ?? "—", memory: scanMemory)
        let (card, cardMemory) = try peak { try cards(ledger, year: last) }
        let card1 = try firstYear.map { try cards($0, year: first) }
        table.add("Carte de foyer, dernière année / householdStanding", card, unit: .microseconds,
                  detail: "\(Format.grouped(count)) foyers; "
                      + (card1.map { "année 1 \(ReportTable.DurationUnit.microseconds.format($0.median))" } ?? "année 1 absente"),
                  ratio: card1.map { Self.ratio(card.median, $0.median) } ?? "—", memory: cardMemory)
    }

    /// A real day at each till, on disk: a session, 100 durable sales, its Z; on the full
    /// ledger and on year 1. (Dated today by the system clock, after the history.)
    private mutating func measureDay(_ ledger: Ledger, _ firstYear: Ledger?, outcome: YearsGenerator.Outcome?,
                                     first: Int, last: Int) throws {
        let factory = TicketFactory(categories: try ledger.categories())
        let drafts = (0..<300).map { _ in factory.draft(using: &rng) }
        func day(_ l: Ledger, into sales: inout Samples, _ zs: inout Samples) throws {
            let users = try l.users(includeInactive: false)
            guard let manager = users.first(where: { $0.role.isManager }) else { throw BenchError("pas de responsable") }
            for (t, till) in BenchShop.tills.enumerated() {
                let session = try l.currentSession(till: till.name)
                    ?? l.openSession(till: till.name, operatorId: manager.id, float: Money(cents: till.floatCents))
                for i in 0..<100 {
                    let start = clock.now
                    _ = try l.commitSale(drafts[t * 100 + i], till: till.name, operatorId: manager.id, sessionId: session.id)
                    sales.append(clock.now - start)
                }
                let expected = try l.sessionReport(session: session.id).expectedCash
                let start = clock.now
                _ = try l.closeSession(session.id, count: YearsGenerator.count(expected), comment: nil,
                                       authorizedBy: manager.id, till: till.name)
                zs.append(clock.now - start)
            }
        }
        // Three days on each, alternated, so that the machine's drift falls on both.
        var sales = Samples(), zs = Samples(), sales1 = Samples(), zs1 = Samples()
        var memory: Int?
        for _ in 0..<3 {
            memory = max(memory ?? 0, try peak { try day(ledger, into: &sales, &zs) }.1 ?? 0)
            if let firstYear { try day(firstYear, into: &sales1, &zs1) }
        }
        let one = firstYear == nil ? nil : (sales: sales1, zs: zs1)
        let ms = ReportTable.DurationUnit.milliseconds
        table.add("Vente durable, dernière année / commitSale", sales, unit: .milliseconds,
                  detail: "disque; " + (one.map { "année 1 \(ms.format($0.sales.median))" } ?? "année 1 absente"),
                  ratio: one.map { Self.ratio(sales.median, $0.sales.median) } ?? "—", memory: memory)
        var generated = ""
        if let outcome, let z1 = outcome.zs[first], let zN = outcome.zs[last] {
            generated = "; génération (tmpfs) \(ms.format(zN.median)) contre \(ms.format(z1.median)) en année 1"
        }
        table.add("Z d'un vrai jour, dernière année / closeSession", zs, unit: .milliseconds,
                  detail: "100 tickets; " + (one.map { "année 1 \(ms.format($0.zs.median))" } ?? "année 1 absente") + generated,
                  ratio: one.map { Self.ratio(zs.median, $0.zs.median) } ?? "—", memory: memory)
    }

    /// The last December and the last year closed on disk, against year 1's December and
    /// year closed on year 1's copy (taken before its closing).
    private mutating func measureClosings(_ ledger: Ledger, _ firstYear: Ledger?, outcome: YearsGenerator.Outcome?,
                                          first: Int, last: Int) throws {
        func close(_ l: Ledger, _ kind: PeriodReport.Kind, _ period: String) throws -> Duration? {
            guard let manager = try l.users(includeInactive: false).first(where: { $0.role.isManager }) else { return nil }
            let start = clock.now
            do {
                _ = try l.closePeriod(kind, period, authorizedBy: manager.id, till: BenchShop.tills[0].name)
            } catch LedgerError.refused(let message) {
                Self.note("  \(period) : \(message)")
                return nil
            }
            return clock.now - start
        }
        let ms = ReportTable.DurationUnit.milliseconds
        for (kind, label, lastPeriod, firstPeriod) in [(PeriodReport.Kind.month, "Clôture d'un mois (décembre) / closePeriod(.month)", "\(last)-12", "\(first)-12"),
                                                      (.year, "Clôture de l'année / closePeriod(.year)", "\(last)", "\(first)")] {
            let (duration, memory) = try peak { try close(ledger, kind, lastPeriod) }
            let one = try firstYear.flatMap { try close($0, kind, firstPeriod) }
            var generated = ""
            if let outcome {
                if kind == .month, let m1 = outcome.monthClosings[first], let mN = outcome.monthClosings[max(first, last - 1)] {
                    generated = "; génération (tmpfs) \(ms.format(mN.median)) contre \(ms.format(m1.median))"
                } else if kind == .year, let y1 = outcome.yearClosings[first], let yN = outcome.yearClosings[max(first, last - 1)] {
                    generated = "; génération (tmpfs) \(ms.format(yN)) contre \(ms.format(y1))"
                }
            }
            guard let duration else {
                table.add(label, median: "déjà clôturée", detail: "base réutilisée" + generated)
                continue
            }
            table.add(label, median: ms.format(duration),
                      detail: "×1, disque; " + (one.map { "année 1 \(ms.format($0))" } ?? "année 1 absente") + generated,
                      ratio: one.map { Self.ratio(duration, $0) } ?? "—", memory: memory)
        }
    }

    /// `report year`, the FEC, the accounting journal and the friperie's figures of the
    /// last year; `hledger balance` on that journal.
    private mutating func measureYearTasks(_ ledger: Ledger, folder: String, first: Int, last: Int) throws {
        let ms = ReportTable.DurationUnit.milliseconds
        let plan = AccountPlan()
        let (report, reportMemory) = try peak { try Samples.measure(5) { _ in _ = try ledger.periodSummary(.year, "\(last)") } }
        let journalPath = folder + "/comptoir-\(last).journal"
        defer { try? FileManager.default.removeItem(atPath: journalPath) }
        func exportJournal(_ year: Int, to path: String) throws {
            let entries = try ledger.accountingEntries(year: year, plan: plan)
            try Data(PlainTextJournal.text(entries, plan: plan, title: "Banc d'essai \(year)").utf8).write(to: URL(fileURLWithPath: path))
        }
        func exportFEC(_ year: Int, to path: String) throws {
            let entries = try ledger.accountingEntries(year: year, plan: plan)
            try Data(FEC.text(entries, plan: plan).utf8).write(to: URL(fileURLWithPath: path))
        }
        let (journalN, journalMemory) = try peak { try Samples.measure(3) { _ in try exportJournal(last, to: journalPath) } }
        let journal1 = try Samples.measure(3) { _ in try exportJournal(first, to: journalPath + ".1") }
        try? FileManager.default.removeItem(atPath: journalPath + ".1")
        let fecPath = folder + "/fec-\(last).txt"
        defer { try? FileManager.default.removeItem(atPath: fecPath) }
        let (fecN, fecMemory) = try peak { try Samples.measure(3) { _ in try exportFEC(last, to: fecPath) } }
        let fec1 = try Samples.measure(3) { _ in try exportFEC(first, to: fecPath + ".1") }
        try? FileManager.default.removeItem(atPath: fecPath + ".1")
        try exportJournal(last, to: journalPath)

        let hledger = Tool.run("hledger", ["-f", journalPath, "balance"], times: 3)
        table.add("Chiffres de l'année / report year (periodSummary)", report, unit: .milliseconds,
                  detail: hledger.map { "hledger balance \(ms.format($0.median)) sur l'export journal de \(last)" }
                      ?? "hledger absent : non comparé (./install.sh --test l'installe)",
                  ratio: hledger.map { Self.ratio($0.median, report.median) + " plus rapide que hledger" } ?? "—", memory: reportMemory)
        let size = (try? FileManager.default.attributesOfItem(atPath: journalPath)[.size] as? Int) ?? nil
        table.add("Export journal de l'année / export journal", journalN, unit: .milliseconds,
                  detail: "\(Format.megabytes(size)); année 1 \(ms.format(journal1.median))",
                  ratio: Self.ratio(journalN.median, journal1.median) + " an 1", memory: journalMemory)
        table.add("Export FEC de l'année / export fec", fecN, unit: .milliseconds,
                  detail: "année 1 \(ms.format(fec1.median))",
                  ratio: Self.ratio(fecN.median, fec1.median) + " an 1", memory: fecMemory)
        let (kilos, kilosMemory) = try peak { try Samples.measure(3) { _ in _ = try ledger.friperieFigures(year: last) } }
        let kilos1 = try Samples.measure(3) { _ in _ = try ledger.friperieFigures(year: first) }
        table.add("Kilos de la friperie, dernière année / friperieFigures", kilos, unit: .milliseconds,
                  detail: "année 1 \(ms.format(kilos1.median))",
                  ratio: Self.ratio(kilos.median, kilos1.median) + " an 1", memory: kilosMemory)
    }

    /// The sealed archive of the last year and its verification, against `sha256sum` over
    /// the archive; `verify` of all the years against `sha256sum` over the journal's bytes.
    private mutating func measureArchiveAndVerify(_ ledger: Ledger, location: LedgerLocation, last: Int) throws {
        let s = { (d: Duration) in Format.decimal(d.seconds, digits: 2) + " s" }
        if let manager = try ledger.users(includeInactive: false).first(where: { $0.role.isManager }) {
            let path = location.folder + "/bench-archive-\(UUID().uuidString).zip"
            defer { try? FileManager.default.removeItem(atPath: path) }
            let (written, writeMemory) = try peak {
                try Samples.measure(1) { _ in
                    _ = try ledger.writeArchive(year: last, to: path, shopName: "Banc d'essai", siret: "", by: manager.id,
                                                till: BenchShop.tills[0].name)
                }
            }
            let (checked, checkMemory) = try peak { try Samples.measure(1) { _ in _ = try ArchiveVerification.check(path: path) } }
            let sha = Tool.run("sha256sum", [path], times: 3)
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
            table.add("Archive scellée de \(last) / writeArchive", median: s(written.median),
                      detail: "×1, zip \(Format.megabytes(size))" + (sha.map { ", sha256sum de l'archive \(s($0.median))" } ?? ""),
                      ratio: sha.map { Self.ratio(written.median, $0.median) + " sha256sum" } ?? "—", memory: writeMemory)
            table.add("Vérification de l'archive / verify-archive", median: s(checked.median),
                      detail: "×1, zip + signature + SHA-256 + chaînage",
                      ratio: sha.map { Self.ratio(checked.median, $0.median) + " sha256sum" } ?? "—", memory: checkMemory)
        }
        // The journal's bytes: its rows, field after field, in a file beside the base.
        let bytesPath = location.folder + "/journal.bytes"
        defer { try? FileManager.default.removeItem(atPath: bytesPath) }
        let dumped = Tool.write("sqlite3", ["-readonly", location.path,
                                            "SELECT seq, at, till, operator_id, kind, payload, prev_hash, hash FROM journal ORDER BY seq"],
                                to: bytesPath)
        var entries = 0
        let (verifies, verifyMemory) = try peak {
            try Samples.measure(3) { _ in
                let report = try ledger.verify()
                guard report.isOK else { throw BenchError("verify : \(report.message)") }
                entries = report.entries
            }
        }
        let sha = dumped ? Tool.run("sha256sum", [bytesPath], times: 3) : nil
        let size = (try? FileManager.default.attributesOfItem(atPath: bytesPath)[.size] as? Int) ?? nil
        table.add("Vérification de toutes les années / verify", median: s(verifies.median),
                  detail: "×3, \(Format.grouped(entries)) entrées, meilleur \(s(verifies.percentile(0)))"
                      + (sha.map { "; sha256sum de \(Format.megabytes(size)) du journal \(s($0.median))" } ?? "; sqlite3 ou sha256sum absent"),
                  ratio: sha.map { Self.ratio(verifies.median, $0.median) + " sha256sum" } ?? "—", memory: verifyMemory)
    }

    /// One key through `App.update` and `App.view` on the sale screen with 30 free-price
    /// lines, against the same key with one line: the screen's own cost, in process.
    private mutating func measureScreenKey() {
        func saleScreen(lines: Int) -> AppState {
            let context = AppContext(shopName: "Banc d'essai", tillName: "Caisse 1")
            var (state, _) = App.start(context: context, width: 80, height: 24, now: Date())
            let user = UserSummary(id: 1, firstName: "Camille", role: .benevole)
            _ = App.update(&state, .login(.usersLoaded([user])))
            _ = App.update(&state, .login(.loggedIn(user, OpenSession(id: 1, openedAt: Date(), float: Money(cents: 5_000)))))
            for i in 0..<lines {
                for c in "\(1 + i % 9),\(10 + i)" { _ = App.update(&state, .key(.char(c))) }
                _ = App.update(&state, .key(.function(2)))
                _ = App.update(&state, .key(.enter))
            }
            return state
        }
        func keys(_ state: AppState) -> Samples {
            var state = state
            var samples = Samples()
            for i in 0..<2_000 {
                let key: Key = i % 2 == 0 ? .char("7") : .backspace
                let start = clock.now
                _ = App.update(&state, .key(key))
                _ = App.view(state)
                if i >= 100 { samples.append(clock.now - start) }
            }
            return samples
        }
        let full = saleScreen(lines: 30)
        let (thirty, memory) = peak { keys(full) }
        let one = keys(saleScreen(lines: 1))
        table.add("Une touche à l'écran de vente, 30 lignes / App.update + view", thirty, unit: .microseconds,
                  detail: "\(full.sale.cart.lines.count) lignes; 1 ligne \(ReportTable.DurationUnit.microseconds.format(one.median))",
                  ratio: Self.ratio(thirty.median, one.median) + " 1 ligne", memory: memory)
    }
}
