import ComptoirCore
import Crypto
import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct SealedArchiveTests {
    private static let year = CalendarDay(Date(), in: Ledger.parisTime).year

    /// A shop with a day of sales closed by its Z.
    private func closedDay() throws -> TestShop {
        let shop = try TestShop()
        try shop.sell([TestShop.tshirt])
        try shop.sell([TestShop.pull, TestShop.free])
        _ = try shop.ledger.closeSession(shop.session.id, count: CashCount(pieces: [5_000: 1, 1_000: 1, 100: 1, 20: 1]),
                                         comment: nil, authorizedBy: shop.admin.id, till: TestShop.till)
        return shop
    }

    private func archive(_ shop: TestShop, _ name: String = "archive.zip") throws -> ArchiveSummary {
        try shop.ledger.writeArchive(year: Self.year, to: shop.temp.folder + "/" + name, shopName: "Boutique ; test",
                                     siret: "123 456 789 00012", by: shop.admin.id, till: TestShop.till)
    }

    @Test func theArchiveOfTheYearIsVerifiedAndBelongsToItsShop() throws {
        let shop = try closedDay()
        defer { shop.close() }
        let before = try shop.ledger.verify().entries
        var steps: [(Int, Int)] = []
        let written = try shop.ledger.writeArchive(year: Self.year, to: shop.temp.folder + "/archive.zip", shopName: "Boutique",
                                                   siret: "", by: shop.admin.id, till: TestShop.till) { steps.append(($0, $1)) }
        #expect(written.keyCreated && written.sessions == 1 && written.periods == 0)
        #expect(permissions(written.path) == 0o600 && permissions(shop.ledger.sealingKeyPath) == 0o600)
        #expect(!FileManager.default.fileExists(atPath: written.path + ".partiel"))
        // The key entry is written before the snapshot, so it is in the archive; the seal after.
        #expect(written.manifest.firstSeq == 1 && written.manifest.lastSeq == Int64(before) + 1)
        #expect(steps.first.map { $0.0 } == 0 && steps.last.map { $0.0 == $0.1 } == true)

        var checked: [(Int, Int)] = []
        let manifest = try ArchiveVerification.check(path: written.path) { checked.append(($0, $1)) }
        #expect(manifest == written.manifest && manifest.files.map(\.name) == SealedArchive.contents)
        #expect(checked.last.map { $0.0 } == Int(manifest.entries))
        #expect(try shop.ledger.foreignArchiveReason(manifest) == nil)
        #expect(try shop.ledger.sealingKeys() == [manifest.publicKey])
        let kinds = try shop.ledger.read { db in try String.fetchAll(db, sql: "SELECT kind FROM journal ORDER BY seq DESC LIMIT 2") }
        #expect(kinds == ["archive.sealed", "archive.key"])
        #expect(try shop.ledger.verify().isOK)

        // A second archive signs with the same key and journals no new one.
        let again = try archive(shop, "encore.zip")
        #expect(!again.keyCreated && again.manifest.publicKey == manifest.publicKey)
        #expect(try shop.ledger.sealingKeys().count == 1)
    }

    @Test func theFilesAreTheJournalAndTheClosingsAsCSV() throws {
        let shop = try closedDay()
        defer { shop.close() }
        let written = try archive(shop)
        let zip = try ZipReader(path: written.path)
        #expect(zip.entries.map(\.name) == SealedArchive.names)
        let text = { (name: String) in String(decoding: try zip.data(zip.entries.first { $0.name == name }!), as: UTF8.self) }
        let journal = try CSVTable.read(Array(try text(SealedArchive.journal).utf8))
        #expect(journal.header == SealedArchive.journalHeader && journal.records.count == Int(written.manifest.entries))
        let stored = try shop.ledger.read { db in try String.fetchAll(db, sql: "SELECT payload FROM journal ORDER BY seq") }
        #expect(journal.records.map { $0.fields[5] } == Array(stored.prefix(journal.records.count)))
        let sessions = try CSVTable.read(Array(try text(SealedArchive.sessions).utf8))
        #expect(sessions.records.count == 1 && sessions.records[0].fields[5] == "Jean" && sessions.records[0].fields[6] == "6120")
        #expect(try text(SealedArchive.readme).contains("journal.csv"))
        #expect(try text(SealedArchive.manifest).hasPrefix("Comptoir : archive scellée\nBoutique : Boutique ; test\n"))
    }

    @Test func theYearsRegistreMayBeSealedWithIt() throws {
        let shop = try closedDay()
        defer { shop.close() }
        let rental = try shop.rentB07()
        let today = CalendarDay(Date(), in: shop.ledger.timeZone)
        _ = try shop.ledger.registerItem(rental: rental.rental.id, description: "lampe de chevet", price: Money(cents: 800), today: today,
                                         by: shop.admin.id, till: TestShop.till)
        let written = try shop.ledger.writeArchive(year: Self.year, to: shop.temp.folder + "/registre.zip", shopName: "Boutique",
                                                   siret: "", by: shop.admin.id, till: TestShop.till, registre: true)
        let zip = try ZipReader(path: written.path)
        #expect(zip.entries.map(\.name) == SealedArchive.namesWithRegistre)
        let registre = String(decoding: try zip.data(zip.entries.first { $0.name == SealedArchive.registre }!).dropFirst(3), as: UTF8.self)
        #expect(registre.hasPrefix(ObjectRegisterCSV.header.joined(separator: ";")))
        #expect(registre.contains(";B07;lampe de chevet;8,00;Petit;Lucie;12 rue des Lilas, 62300 Lens;passeport;P1;14/03/2020;"))
        let manifest = try ArchiveVerification.check(path: written.path)
        #expect(manifest.files.map(\.name) == SealedArchive.contentsWithRegistre)
        // Without the flag, the archive is as before.
        #expect(try ZipReader(path: try archive(shop, "sans.zip").path).entries.map(\.name) == SealedArchive.names)
    }

    /// Every byte of the file matters: headers, names, data, manifest, signature.
    @Test func anArchiveAlteredByAnyOneByteIsRefused() throws {
        let shop = try closedDay()
        defer { shop.close() }
        let original = try #require(fileBytes(try archive(shop).path))
        _ = try ArchiveVerification.check(data: original)
        var accepted: [Int] = []
        for offset in 0..<original.count {
            var altered = original
            altered[offset] ^= 0x01
            if (try? ArchiveVerification.check(data: altered)) != nil { accepted.append(offset) }
        }
        #expect(accepted.isEmpty, "octets modifiés acceptés : \(accepted.prefix(10))")
        #expect((try? ArchiveVerification.check(data: original.dropLast())) == nil)
        #expect((try? ArchiveVerification.check(data: original + [0])) == nil)
    }

    @Test func theReasonNamesWhatWasAltered() throws {
        let shop = try closedDay()
        defer { shop.close() }
        let path = try archive(shop).path
        var bytes = try #require(fileBytes(path))
        // Inside the journal's data, past its header: the CRC no longer matches.
        let zip = try ZipReader(path: path)
        let journal = try #require(zip.entries.first { $0.name == SealedArchive.journal })
        bytes[journal.dataRange.lowerBound + 200] ^= 0x20
        let message = refusal { _ = try ArchiveVerification.check(data: bytes) }
        #expect(message?.hasPrefix("Archive refusée : archive illisible : le contenu de « journal.csv »") == true, "\(message ?? "")")
        #expect(refusal { _ = try ArchiveVerification.check(path: shop.temp.folder + "/absente.zip") }?.contains("n'existe pas") == true)
        #expect(refusal { _ = try ArchiveVerification.check(data: Data("bonjour".utf8)) }?.hasPrefix("Archive refusée") == true)
    }

    /// An archive re-sealed with another key verifies on its own, but not as this shop's.
    @Test func anotherShopsArchiveIsNotThisShops() throws {
        let shop = try closedDay(), other = try closedDay()
        defer { shop.close(); other.close() }
        let theirs = try ArchiveVerification.check(path: try archive(other).path)
        _ = try archive(shop)
        #expect(try shop.ledger.foreignArchiveReason(theirs) == "sa clé n'est pas une clé de scellement enregistrée dans le journal de cette base")
    }

    @Test func badRequestsLeaveNothingBehind() throws {
        let shop = try closedDay()
        defer { shop.close() }
        let folder = shop.temp.folder
        #expect(refusal { _ = try shop.ledger.writeArchive(year: Self.year, to: folder + "/a.zip", shopName: "B", siret: "",
                                                           by: shop.benevole.id, till: TestShop.till) }?
                .hasPrefix("Réservé aux responsables") == true)
        #expect(!FileManager.default.fileExists(atPath: shop.ledger.sealingKeyPath))
        #expect(refusal { _ = try shop.ledger.writeArchive(year: 2001, to: folder + "/a.zip", shopName: "B", siret: "",
                                                           by: shop.admin.id, till: TestShop.till) }
                == "Le journal n'a aucune écriture en 2001 : il n'y a rien à archiver.")
        let missing = refusal { _ = try shop.ledger.writeArchive(year: Self.year, to: folder + "/absent/a.zip", shopName: "B", siret: "",
                                                                 by: shop.admin.id, till: TestShop.till) }
        #expect(missing?.contains("n'existe pas") == true, "\(missing ?? "")")
        #expect(!FileManager.default.fileExists(atPath: shop.ledger.sealingKeyPath))
        _ = try archive(shop)
        #expect(refusal { _ = try archive(shop) }?.contains("existe déjà") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".partiel") }.isEmpty)
        let sealed = try shop.ledger.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM journal WHERE kind = 'archive.sealed'") }
        #expect(sealed == 1)
    }

    /// Even re-sealed with the shop's own key, a journal line changed after the fact breaks
    /// its hash chain: the archive only carries what the base's journal really says.
    @Test func aJournalLineChangedAndResealedBreaksTheChain() throws {
        let shop = try closedDay()
        defer { shop.close() }
        let written = try archive(shop)
        let zip = try ZipReader(path: written.path)
        var contents = Dictionary(uniqueKeysWithValues: try zip.entries.map { ($0.name, try zip.data($0)) })
        var journal = String(decoding: try #require(contents[SealedArchive.journal]), as: UTF8.self)
        let sale = try #require(journal.range(of: "\"\"unit_price_cents\"\":100"))
        journal.replaceSubrange(sale, with: "\"\"unit_price_cents\"\":900")
        contents[SealedArchive.journal] = Data(journal.utf8)
        var manifest = written.manifest
        manifest.files = manifest.files.map { file in
            .init(name: file.name, sha256: Hex.string(SHA256.hash(data: contents[file.name]!)))
        }
        let key = try SealingKey.loadOrCreate(path: shop.ledger.sealingKeyPath).key
        contents[SealedArchive.manifest] = Data(manifest.text.utf8)
        contents[SealedArchive.signature] = Data((try key.sign(Data(manifest.text.utf8)).base64EncodedString() + "\n").utf8)
        let forged = shop.temp.folder + "/refaite.zip"
        var writer = try ZipWriter(path: forged, modified: Date(), timeZone: Ledger.parisTime)
        for name in SealedArchive.names {
            try writer.begin(name)
            try writer.write(contents[name]!)
            try writer.end()
        }
        try writer.finish()
        let message = refusal { _ = try ArchiveVerification.check(path: forged) }
        #expect(message?.hasPrefix("Archive refusée : l'écriture n° ") == true && message?.hasSuffix("ne correspond plus à son empreinte.") == true,
                "\(message ?? "")")
    }

    /// The journal is read in chunks: a record cut anywhere (in the byte order mark, inside
    /// `""`, between CR and LF) reads the same as in one piece, byte for byte.
    @Test func theJournalReadsTheSameWhereverTheChunksEnd() throws {
        let rows = [["1", "a;b", "{\"k\":\"v\"}", ""], ["2", " x", "line\r\nbreak", "\"\""]]
        let bytes = CSVTable.file(header: ["n", "t", "p", "e"], rows: rows)
        for cut in 0...bytes.count {
            var reader = ArchiveCSV()
            var records: [[String]] = []
            bytes.withUnsafeBytes { all in
                reader.feed(UnsafeRawBufferPointer(rebasing: all[..<cut])) { records.append($0) }
                reader.feed(UnsafeRawBufferPointer(rebasing: all[cut...])) { records.append($0) }
            }
            reader.finish { records.append($0) }
            #expect(records == [["n", "t", "p", "e"]] + rows, "coupé à l'octet \(cut)")
        }
    }
}
