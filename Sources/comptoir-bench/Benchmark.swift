import ComptoirCore
import ComptoirLedger
import Foundation

/// `comptoir-bench`: DESIGN §9's figures measured on a ledger with years of generated
/// history. See Benchmarks/README.md for what each line means and the targets.
@main
struct Benchmark {
    static let commits = 200
    static let lookups = 10_000
    static let opens = 20
    static let verifies = 3

    static func main() {
        MallocArenas.limit()
        do {
            guard let options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst())) else {
                print(BenchOptions.usage)
                return
            }
            var benchmark = Benchmark(options: options)
            try benchmark.run()
        } catch let error as BenchOptions.UsageError {
            FileHandle.standardError.write(Data("comptoir-bench : \(error.message)\n\n\(BenchOptions.usage)\n".utf8))
            exit(2)
        } catch {
            FileHandle.standardError.write(Data("comptoir-bench : échec — \(error)\n".utf8))
            exit(1)
        }
    }

    let options: BenchOptions
    let clock = ContinuousClock()
    var table = ReportTable()
    var rng = SplitMix64(seed: 23_11_2026)

    init(options: BenchOptions) { self.options = options }

    mutating func run() throws {
        if let years = options.years { return try runYears(years) }
        let location = try LedgerLocation(dbPath: options.dbPath)
        defer {
            location.discardStaging()
            if options.keep || location.temporaryFolder == nil {
                Self.note("Base conservée / ledger kept: \(location.path)")
            } else {
                location.removeTemporaryFolder()
            }
        }

        var generation: HistoryGenerator.Outcome?
        if location.exists {
            Self.note("Base existante réutilisée telle quelle / reusing existing ledger: \(location.path)")
        } else {
            Self.note("Génération de \(Format.grouped(options.tickets)) tickets / generating history"
                + (location.stagingFolder != nil ? " (sur tmpfs, puis copie sur disque / on tmpfs, then copied to disk)" : "")
                + "…")
            let outcome = try HistoryGenerator(tickets: options.tickets).run(path: location.generationPath) { Self.note($0) }
            try location.publishGeneratedFile()
            generation = outcome
        }
        // The measures' own peak, not the generation's.
        let generationPeak = generation == nil ? nil : MemoryUsage.peakResident()
        let peakWasReset = MemoryUsage.resetPeak()
        Self.note("Mesures / measuring…")

        if !options.verifyOnly { try measureOpening(location) }
        let ledger = try Ledger.open(path: location.path)
        defer { try? ledger.close() }
        if !options.verifyOnly {
            let tills = try BenchShop.openTills(ledger)
            try measureCommits(ledger, tills: tills, folder: location.folder, generation: generation,
                               staged: location.stagingFolder != nil)
            try measureLookups(ledger)
            try measureHouseholds(ledger)
            try measureReports(ledger, tills: tills)
            try measureArchive(ledger, folder: location.folder)
        }
        let entries = try measureVerify(ledger, location: location)

        table.add(peakWasReset ? "Mémoire max pendant les mesures / peak RSS while measuring (VmHWM)"
                               : "Mémoire max du processus / process peak RSS",
                  median: Format.megabytes(MemoryUsage.peakResident()),
                  detail: "RSS en fin / at end \(Format.megabytes(MemoryUsage.resident()))")
        if peakWasReset, let generationPeak {
            table.add("Mémoire max pendant la génération / peak RSS while generating (VmHWM)",
                      median: Format.megabytes(generationPeak))
        }

        let tickets = try ledger.ticketCount()
        print("""

            Comptoir — banc d'essai / benchmark, \(Self.today()), \(ProcessInfo.processInfo.activeProcessorCount) cœurs / cores
            Base / ledger: \(location.path) — \(Format.megabytes(location.size()))
            Historique / history: \(Format.grouped(tickets)) tickets, \(Format.grouped(entries)) entrées du journal / journal entries
            """)
        if let generation {
            let rate = Double(generation.tickets) / max(generation.duration.seconds, 1e-9)
            print("Générés / generated: N = \(Format.grouped(generation.tickets)) tickets, "
                + "\(Format.grouped(generation.lines)) lignes / lines, en / in "
                + "\(Format.decimal(generation.duration.seconds, digits: 1)) s (\(Format.grouped(Int(rate))) tickets/s)")
        }
        print("")
        print(table.render())
    }

    // MARK: - Measures

    /// Opening the big file: once with the file out of the page cache (as after a boot),
    /// then warm; then what the till does at start (accounts, keys, its session).
    private mutating func measureOpening(_ location: LedgerLocation) throws {
        DiskProbe.evictFromPageCache(location.path)
        let coldStart = clock.now
        let cold = try Ledger.open(path: location.path)
        let coldTime = clock.now - coldStart
        try cold.close()
        table.add("Ouverture à froid / Ledger.open, cold cache", median: ReportTable.DurationUnit.milliseconds.format(coldTime),
                  detail: "×1, fichier hors du cache / file evicted from page cache")

        var opens = Samples()
        for _ in 0..<Self.opens {
            let start = clock.now
            let ledger = try Ledger.open(path: location.path)
            opens.append(clock.now - start)
            try ledger.close()
        }
        table.add("Ouverture / Ledger.open", opens, unit: .milliseconds, detail: "fichier en cache / warm")

        var starts = Samples()
        for _ in 0..<Self.opens {
            let start = clock.now
            let ledger = try Ledger.open(path: location.path)
            _ = try ledger.users(includeInactive: false)
            _ = try ledger.categories()
            _ = try ledger.currentSession(till: BenchShop.tills[0].name)
            _ = try ledger.ticketCount()
            starts.append(clock.now - start)
            try ledger.close()
        }
        table.add("Démarrage caisse / till start", starts, unit: .milliseconds,
                  detail: "open + comptes + catégories + session + n° ticket")
    }

    /// One more durable sale at a time, against the disk's own floor (one synced page).
    private mutating func measureCommits(
        _ ledger: Ledger, tills: [BenchShop.Till], folder: String,
        generation: HistoryGenerator.Outcome?, staged: Bool
    ) throws {
        let floor = try DiskProbe.syncedPageWrites(in: folder, times: Self.commits)
        table.add("Plancher disque / disk floor: 4 KiB + fdatasync", floor, unit: .milliseconds,
                  detail: "même dossier / same folder")

        let factory = TicketFactory(categories: try ledger.categories())
        let drafts = (0..<Self.commits).map { _ in factory.draft(using: &rng) }
        let commits = try Samples.measure(Self.commits) { i in
            let till = tills[i % tills.count]
            _ = try ledger.commitSale(drafts[i], till: till.name, operatorId: till.operatorId, sessionId: till.sessionId)
        }
        table.add("Vente durable / commitSale (synchronous=FULL)", commits, unit: .milliseconds,
                  detail: "disque / on disk")
        if let generation, staged {
            table.add("Vente, temps propre / commitSale own time", generation.lastCommits, unit: .milliseconds,
                      detail: "derniers tickets générés, tmpfs / last generated, tmpfs")
        }
    }

    /// Typed and scanned codes: keyed categories, épicerie EANs, unknown EANs.
    private mutating func measureLookups(_ ledger: Ledger) throws {
        let categories = try ledger.categories().map(\.code)
        let codes: [String] = (0..<Self.lookups).map { _ in
            switch Int.random(in: 0..<10, using: &rng) {
            case 0..<5: return categories.randomElement(using: &rng) ?? "TSHIRT"
            case 5..<9: return BenchShop.productCode(Int.random(in: 0..<BenchShop.productCount, using: &rng))
            default: return BenchShop.productCode(BenchShop.productCount + Int.random(in: 0..<1_000_000, using: &rng))
            }
        }
        var found = 0
        for code in codes.prefix(100) { _ = try ledger.lookup(code: code) }  // warm the statement path
        let samples = try Samples.measure(codes.count) { i in
            if try ledger.lookup(code: codes[i]) != nil { found += 1 }
        }
        table.add("Recherche de code / lookup(code:)", samples, unit: .microseconds,
                  detail: "\(found * 100 / codes.count) % trouvés / found")
    }

    /// A household's card scanned at the till (its rights, rate and month's cap, from its
    /// tickets), and a search by name in the household file.
    private mutating func measureHouseholds(_ ledger: Ledger) throws {
        let count = try ledger.householdCount()
        guard count > 0 else { return }
        let numbers = (0..<2_000).map { _ in Int64.random(in: 1...Int64(count), using: &rng) }
        for n in numbers.prefix(50) { _ = try ledger.householdStanding(number: n) }
        var known = 0
        let standings = try Samples.measure(numbers.count) { i in
            if try ledger.householdStanding(number: numbers[i]) != nil { known += 1 }
        }
        table.add("Foyer à la caisse / householdStanding", standings, unit: .microseconds,
                  detail: "\(Format.grouped(count)) foyers, \(known * 100 / numbers.count) % trouvés / found")
        let names = (0..<100).map { _ in "foyer \(Int.random(in: 1...count, using: &rng))" }
        let searches = try Samples.measure(names.count) { i in _ = try ledger.searchHouseholds(names[i]) }
        table.add("Recherche de foyer / searchHouseholds(nom)", searches, unit: .milliseconds,
                  detail: "nom en partie, sans index / part of a name, no index")
    }

    /// The X of each till's session (the figures a Z computes under its write lock) and a
    /// month's figures rolled up from its Z's. Nothing is closed: a reused base stays usable.
    private mutating func measureReports(_ ledger: Ledger, tills: [BenchShop.Till]) throws {
        let xs = try Samples.measure(3 * tills.count) { i in _ = try ledger.sessionReport(session: tills[i % tills.count].sessionId) }
        table.add("X / Z d'une session / sessionReport", xs, unit: .milliseconds,
                  detail: "une session par caisse, ~\(Format.grouped(200_000 / tills.count)) tickets chacune")
        let month = CalendarDay(Date(), in: ledger.timeZone).isoMonth
        let months = try Samples.measure(5) { _ in _ = try ledger.periodSummary(.month, month) }
        table.add("Chiffres du mois / periodSummary(.month)", months, unit: .milliseconds,
                  detail: "cumul des Z du mois / roll-up of the month's Z")
        let year = CalendarDay(Date(), in: ledger.timeZone).year
        let kilos = try Samples.measure(3) { _ in _ = try ledger.friperieFigures(year: year) }
        table.add("Kilos de la friperie / friperieFigures(year:)", kilos, unit: .milliseconds,
                  detail: "toutes les lignes de friperie de l'année / every friperie line of the year")
    }

    /// The sealed archive of the year (the whole generated history falls in it): written
    /// once, then verified as `verify-archive` does. The archive is deleted afterwards; its
    /// two journal entries (key, seal) stay, as they would at the shop.
    private mutating func measureArchive(_ ledger: Ledger, folder: String) throws {
        guard let manager = try ledger.users(includeInactive: false).first(where: { $0.role.isManager }) else { return }
        let path = folder + "/bench-archive-\(UUID().uuidString).zip"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let year = CalendarDay(Date(), in: ledger.timeZone).year
        let start = clock.now
        let summary = try ledger.writeArchive(year: year, to: path, shopName: "Banc d'essai", siret: "", by: manager.id,
                                              till: BenchShop.tills[0].name)
        let written = clock.now - start
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        let checkStart = clock.now
        let manifest = try ArchiveVerification.check(path: path)
        let checked = clock.now - checkStart
        let entries = Int(manifest.entries)
        func rate(_ d: Duration) -> String { Format.grouped(Int(Double(entries) / max(d.seconds, 1e-9))) + " entrées/s" }
        table.add("Archive scellée de l'année / writeArchive", median: Format.decimal(written.seconds, digits: 2) + " s",
                  detail: "×1, \(Format.grouped(entries)) entrées, \(summary.sessions) Z, zip \(Format.megabytes(size)), \(rate(written))")
        table.add("Vérification de l'archive / verify-archive", median: Format.decimal(checked.seconds, digits: 2) + " s",
                  detail: "×1, zip + signature + SHA-256 + chaînage, \(rate(checked))")
    }

    /// The whole history: once from the disk, then warm; entries per second.
    private mutating func measureVerify(_ ledger: Ledger, location: LedgerLocation) throws -> Int {
        DiskProbe.evictFromPageCache(location.path)
        DiskProbe.evictFromPageCache(location.path + "-wal")
        var entries = 0
        var cpu = Samples()
        func verifyOnce() throws -> Duration {
            let start = clock.now
            let startCPU = ProcessTime.now()
            let report = try ledger.verify()
            let elapsed = clock.now - start
            cpu.append(ProcessTime.now() - startCPU)
            guard report.isOK else { throw BenchError("verify : \(report.message)") }
            entries = report.entries
            return elapsed
        }
        let cold = try verifyOnce()
        var warm = Samples()
        // Alone, verify is the measure being profiled: give the profiler more of it.
        for _ in 0..<(options.verifyOnly ? 4 * Self.verifies : Self.verifies) { warm.append(try verifyOnce()) }
        func rate(_ d: Duration) -> String { Format.grouped(Int(Double(entries) / max(d.seconds, 1e-9))) + " entrées/s" }
        func seconds(_ d: Duration) -> String { Format.decimal(d.seconds, digits: 2) + " s" }
        table.add("Vérification à froid / verify, cold cache", median: rate(cold),
                  detail: "×1, \(seconds(cold)), CPU \(seconds(cpu.durations[0]))")
        table.add("Vérification / verify", median: rate(warm.median), p99: "—",
                  detail: "×\(warm.count), \(seconds(warm.median)), meilleur / best \(rate(warm.percentile(0)))"
                      + ", CPU \(seconds(Samples(Array(cpu.durations.dropFirst())).median))")
        return entries
    }

    // MARK: - Output

    /// Progress goes to standard error, the table alone to standard output.
    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
