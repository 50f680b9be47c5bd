import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct ZipTests {
    /// 2026-01-02 03:04:07 UTC: the odd second checks the rounding down to even.
    static let modified = Date(timeIntervalSince1970: 1_767_323_047)
    static let utc = TimeZone(secondsFromGMT: 0)!

    @Test func crcCheckValues() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32().value == 0)
        #expect(CRC32.checksum([UInt8]()) == 0)
        var split = CRC32()
        split.update(Array("1234".utf8))
        split.update("56789".utf8)
        #expect(split.value == 0xCBF4_3926)
    }

    @Test func dosDateTimeIsLocalAndRoundedDown() {
        let dos = ZipWriter.dosDateTime(Self.modified, in: Self.utc)
        #expect(dos.time == 3 << 11 | 4 << 5 | 3 && dos.date == 46 << 9 | 1 << 5 | 2)
        // 10:00 UTC on 1 July 2026 is 12:00 in Paris (summer time).
        let paris = ZipWriter.dosDateTime(Date(timeIntervalSince1970: 1_782_900_000), in: TimeZone(identifier: "Europe/Paris")!)
        #expect(paris.time == 12 << 11 && paris.date == 46 << 9 | 7 << 5 | 1)
        #expect(ZipWriter.dosDateTime(Date(timeIntervalSince1970: 0), in: Self.utc) == (0, 1 << 5 | 1))
    }

    /// Pins the layout byte for byte, independently of the writer's own functions.
    @Test func aOneEntryArchiveHasTheExpectedBytes() throws {
        let temp = try Self.folder()
        defer { temp.remove() }
        let path = try Self.archive(in: temp, [("a.txt", Array("hi".utf8))])
        let expected: [UInt8] = [
            // local header
            0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x08, 0x00, 0x00, 0x83, 0x18, 0x22, 0x5C,
            0xAC, 0x2A, 0x93, 0xD8, 0x02, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00,
            0x61, 0x2E, 0x74, 0x78, 0x74,
            // data
            0x68, 0x69,
            // central header: made by Unix 2.0, mode 0100644
            0x50, 0x4B, 0x01, 0x02, 0x14, 0x03, 0x14, 0x00, 0x00, 0x08, 0x00, 0x00, 0x83, 0x18, 0x22, 0x5C,
            0xAC, 0x2A, 0x93, 0xD8, 0x02, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00,
            0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xA4, 0x81, 0x00, 0x00, 0x00, 0x00,
            0x61, 0x2E, 0x74, 0x78, 0x74,
            // end of central directory: 1 entry, 51 bytes at offset 37, no comment
            0x50, 0x4B, 0x05, 0x06, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00,
            0x33, 0x00, 0x00, 0x00, 0x25, 0x00, 0x00, 0x00, 0x00, 0x00,
        ]
        #expect(Array(try #require(fileBytes(path))) == expected)
    }

    @Test func entriesComeBackAsWritten() throws {
        let temp = try Self.folder()
        defer { temp.remove() }
        let path = temp.folder + "/archive-2026.zip"
        var writer = try ZipWriter(path: path, modified: Self.modified, timeZone: Self.utc)
        try writer.begin("vide.csv")
        try writer.end()
        try writer.begin("clôtures.csv")
        try writer.write("date;total\n2026-01-02;12,50 €\n")
        try writer.end()
        try writer.begin("journal.csv")
        var big: [UInt8] = []
        for line in 0..<6_000 {
            let text = "\(line);2026-01-02;vente;\(line * 37 % 10_000),\(line % 100);caisse-1\n"
            if line % 2 == 0 { try writer.write(text) } else { try writer.write(Data(text.utf8)) }
            big += text.utf8
        }
        try writer.end()
        try writer.finish()
        #expect(big.count > 200_000)
        #expect(writer.bytesWritten == fileBytes(path)?.count)
        #expect(permissions(path) == 0o600)

        let reader = try ZipReader(path: path)
        #expect(reader.entries.map(\.name) == ["vide.csv", "clôtures.csv", "journal.csv"])
        #expect(reader.entries.map(\.size) == [0, "date;total\n2026-01-02;12,50 €\n".utf8.count, big.count])
        #expect(try reader.data(reader.entries[0]).isEmpty)
        #expect(String(decoding: try reader.data(reader.entries[1]), as: UTF8.self) == "date;total\n2026-01-02;12,50 €\n")
        var chunks: [UInt8] = []
        try reader.forEachChunk(reader.entries[2]) { chunks += $0 }
        let whole = Array(try reader.data(reader.entries[2]))
        #expect(chunks == big && whole == big)
        #expect(reader.entries[2].crc == CRC32.checksum(big))
        #expect(reader.dosTime == ZipWriter.dosDateTime(Self.modified, in: Self.utc).time)

        #expect(Self.storageMessage { _ = try ZipWriter(path: path, modified: Self.modified, timeZone: Self.utc) }
                == "le fichier « \(path) » existe déjà : l'archive n'a pas été écrite par-dessus")
        #expect(permissions(path) == 0o600)
    }

    @Test func aMissingFolderOrABadNameIsSaidInFrench() throws {
        let temp = try Self.folder()
        defer { temp.remove() }
        #expect(Self.storageMessage { _ = try ZipWriter(path: temp.folder + "/absent/a.zip", modified: Self.modified, timeZone: Self.utc) }
                == "le dossier « \(temp.folder)/absent » n'existe pas : l'archive « \(temp.folder)/absent/a.zip » n'a pas pu être créée")
        let path = temp.folder + "/a.zip"
        var writer = try ZipWriter(path: path, modified: Self.modified, timeZone: Self.utc)
        #expect(Self.storageMessage { try writer.begin("../passwd") } == "le nom « ../passwd » contient « .. »")
        #expect(Self.storageMessage { try writer.begin("/etc/passwd") } == "le nom « /etc/passwd » commence par « / »")
        #expect(Self.storageMessage { try writer.begin("") } == "un fichier de l'archive n'a pas de nom")
        try writer.begin("a..b.csv")  // ".." inside a name is harmless
        try writer.end()
        #expect(Self.storageMessage { try writer.begin("a..b.csv") } == "le nom « a..b.csv » figure deux fois dans l'archive")
        writer.abandon()
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    /// python3's zipfile (testzip checks every CRC) when present, else `unzip -t`. Neither is
    /// guaranteed on a bare Debian + Swift image, so the test is then skipped, not passed; the
    /// layout stays pinned by `aOneEntryArchiveHasTheExpectedBytes`.
    @Test(.enabled(if: externalChecker != nil, "ni python3 ni unzip sur cette machine"))
    func aStandardToolReadsTheArchive() throws {
        let temp = try Self.folder()
        defer { temp.remove() }
        let content = Array(String(repeating: "ligne;12,50 €\n", count: 1_000).utf8)
        let path = try Self.archive(in: temp, [("vide.csv", []), ("clôtures.csv", content), ("journal.csv", Array("hi".utf8))])
        let tool = try #require(Self.externalChecker)
        if tool.hasSuffix("python3") {
            let script = """
                import zipfile, sys
                z = zipfile.ZipFile(sys.argv[1])
                assert z.testzip() is None
                for i in z.infolist():
                    print(i.filename, i.file_size, i.CRC, i.flag_bits, i.create_system, oct(i.external_attr >> 16), len(z.read(i.filename)), sep="\\t")
                """
            let (status, output) = try Self.run(tool, ["-c", script, path])
            #expect(status == 0, "\(output)")
            #expect(output == """
                vide.csv\t0\t0\t2048\t3\t0o100644\t0
                clôtures.csv\t\(content.count)\t\(CRC32.checksum(content))\t2048\t3\t0o100644\t\(content.count)
                journal.csv\t2\t\(CRC32.checksum(Array("hi".utf8)))\t2048\t3\t0o100644\t2

                """)
        } else {
            let (status, output) = try Self.run(tool, ["-t", path])
            #expect(status == 0 && output.contains("No errors detected"), "\(output)")
        }
    }

    @Test func everySingleByteChangeIsRefused() throws {
        let temp = try Self.folder()
        defer { temp.remove() }
        let path = try Self.archive(in: temp, [
            ("journal.csv", Array("n;date;total\n1;2026-01-02;12,50\n2;2026-01-02;3,00\n".utf8)),
            ("vide.csv", []),
            ("clôtures.csv", Array("date;total\n2026-01-02;15,50 €\n".utf8)),
        ])
        let original = try #require(fileBytes(path))
        #expect(try ZipReader(data: original).entries.count == 3)
        #expect(original.count > 300)

        // Every other value at every offset: 255 × ~400 parses, a few seconds at most.
        var accepted: [String] = []
        var altered = original
        for offset in 0..<original.count {
            let byte = original[offset]
            for value in 0...255 where value != byte {
                altered[offset] = UInt8(value)
                if (try? ZipReader(data: altered)) != nil { accepted.append("\(offset)=\(value)") }
            }
            altered[offset] = byte
        }
        let acceptedCount = accepted.count  // not `accepted` itself: the failure would print all of it
        #expect(acceptedCount == 0, "acceptés : \(accepted.prefix(20))")
        #expect((try? ZipReader(data: original.dropLast())) == nil)
        #expect((try? ZipReader(data: original + [0])) == nil)
        #expect((try? ZipReader(data: original.dropFirst())) == nil)

        // The reasons name what changed.
        let dataOffset = ZipWriter.localHeaderSize + "journal.csv".utf8.count
        altered[dataOffset] ^= 0x01
        #expect(Self.storageMessage { _ = try ZipReader(data: altered) }
                == "archive illisible : le contenu de « journal.csv » ne correspond pas à son CRC")
        altered = original
        altered[4] ^= 0x01
        #expect(Self.storageMessage { _ = try ZipReader(data: altered) }
                == "archive illisible : l'en-tête de « journal.csv » a été modifié")
        #expect(Self.storageMessage { _ = try ZipReader(data: Data("pas un zip, vraiment pas".utf8)) }
                == "ce fichier n'est pas une archive zip Comptoir")
        #expect(Self.storageMessage { _ = try ZipReader(data: original.dropLast()) }?
                .hasPrefix("archive illisible : la fin de l'archive est absente") == true)
    }

    @Test func anEmptyArchiveIsValid() throws {
        let temp = try Self.folder()
        defer { temp.remove() }
        let path = try Self.archive(in: temp, [])
        #expect(fileBytes(path)?.count == ZipWriter.endRecordSize)
        #expect(try ZipReader(path: path).entries.isEmpty)
        #expect(Self.storageMessage { _ = try ZipReader(path: temp.folder + "/absent.zip") }
                == "l'archive « \(temp.folder)/absent.zip » n'existe pas")
    }

    // MARK: Helpers

    static let externalChecker: String? = ["/usr/bin/python3", "/usr/bin/unzip"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static func folder() throws -> TempFolder {
        let temp = TempFolder()
        try FileManager.default.createDirectory(atPath: temp.folder, withIntermediateDirectories: true)
        return temp
    }

    static func archive(in temp: TempFolder, _ entries: [(String, [UInt8])]) throws -> String {
        let path = temp.folder + "/\(UUID().uuidString).zip"
        var writer = try ZipWriter(path: path, modified: modified, timeZone: utc)
        for (name, bytes) in entries {
            try writer.begin(name)
            try writer.write(bytes)
            try writer.end()
        }
        try writer.finish()
        return path
    }

    static func storageMessage(_ body: () throws -> Void) -> String? {
        do { try body() } catch let LedgerError.storage(message) { return message } catch { return "autre erreur : \(error)" }
        return nil
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.environment = ["PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
