import Foundation
import Testing
@testable import ComptoirLedger

@Suite struct SafeOutputFileTests {
    private let bytes = Array("nom;prix\r\n".utf8)

    private func made(_ temp: TempFolder) throws -> TempFolder {
        try FileManager.default.createDirectory(atPath: temp.folder, withIntermediateDirectories: true)
        return temp
    }

    private func listing(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test func aNewFileIsWrittenPrivateAndNothingElseIsLeft() throws {
        let temp = try made(TempFolder())
        defer { temp.remove() }
        let path = temp.folder + "/export.csv"
        let before = umask(0o022)
        defer { umask(before) }
        try SafeOutputFile.write(bytes, to: path, replace: false, protected: [])
        #expect(fileBytes(path) == Data(bytes))
        #expect(permissions(path) == 0o600)
        #expect(listing(temp.folder) == ["export.csv"])
    }

    @Test func anExistingFileIsKeptWithoutForceAndReplacedWithIt() throws {
        let temp = try made(TempFolder())
        defer { temp.remove() }
        let path = temp.folder + "/export.csv"
        try Data("ancien".utf8).write(to: URL(fileURLWithPath: path))
        let message = refusal { try SafeOutputFile.write(bytes, to: path, replace: false, protected: []) }
        #expect(message?.contains("existe déjà") == true && message?.contains("--force") == true)
        #expect(fileBytes(path) == Data("ancien".utf8))
        let archive = refusal { _ = try SafeOutputFile(path: path, replace: false, protected: [], forceOption: nil) }
        #expect(archive?.contains("jamais remplacé") == true && archive?.contains("--force") == false)
        try SafeOutputFile.write(bytes, to: path, replace: true, protected: [])
        #expect(fileBytes(path) == Data(bytes))
        #expect(permissions(path) == 0o600)
        #expect(listing(temp.folder) == ["export.csv"])
    }

    @Test func aSymlinkIsRefusedEvenWithForceAndItsTargetIsUntouched() throws {
        let temp = try made(TempFolder())
        defer { temp.remove() }
        let victim = temp.folder + "/victime.txt"
        try Data("précieux".utf8).write(to: URL(fileURLWithPath: victim))
        let link = temp.folder + "/export.csv"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)
        let dangling = temp.folder + "/pendant.csv"
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: temp.folder + "/absent.txt")
        for replace in [false, true] {
            #expect(refusal { try SafeOutputFile.write(bytes, to: link, replace: replace, protected: []) }?
                .contains("lien symbolique") == true)
            #expect(refusal { try SafeOutputFile.write(bytes, to: dangling, replace: replace, protected: []) }?
                .contains("lien symbolique") == true)
        }
        #expect(fileBytes(victim) == Data("précieux".utf8))
        #expect(!FileManager.default.fileExists(atPath: temp.folder + "/absent.txt"))
        #expect(listing(temp.folder) == ["export.csv", "pendant.csv", "victime.txt"])
    }

    @Test func theBaseItsWALAndAHardLinkToItAreRefusedWithForce() throws {
        let shop = try TestShop()
        defer { shop.close() }
        try shop.sell([TestShop.tshirt])
        let protected = shop.ledger.ownFiles
        let base = fileBytes(shop.path)
        let otherSpelling = shop.temp.folder + "/data/../data/" + (shop.path as NSString).lastPathComponent
        let hardLink = shop.temp.folder + "/copie.csv"
        #expect(link(shop.path, hardLink) == 0)
        for target in [shop.path, shop.path + "-wal", shop.path + "-shm", shop.ledger.sealingKeyPath, otherSpelling, hardLink] {
            let message = refusal { try SafeOutputFile.write(bytes, to: target, replace: true, protected: protected) }
            #expect(message?.contains("la base de Comptoir") == true, "\(target)")
        }
        #expect(fileBytes(shop.path) == base)
        #expect(try shop.ledger.verify().isOK)
    }

    @Test func aCommitRefusedAtTheLastCheckLeavesNoPartialFile() throws {
        let temp = try made(TempFolder())
        defer { temp.remove() }
        let path = temp.folder + "/export.csv"
        try Data("ancien".utf8).write(to: URL(fileURLWithPath: path))
        let file = try SafeOutputFile(path: path, replace: true, protected: [])
        let fd = try file.createTemporary()
        _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
        // Between the first check and the rename, the name becomes a link: refused, temporary file removed.
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: temp.folder + "/ailleurs")
        #expect(refusal { try file.commit() }?.contains("lien symbolique") == true)
        #expect(listing(temp.folder) == ["export.csv"])
        #expect(!FileManager.default.fileExists(atPath: temp.folder + "/ailleurs"))
    }

    @Test func aMissingFolderIsSaid() throws {
        let temp = try made(TempFolder())
        defer { temp.remove() }
        #expect(refusal { try SafeOutputFile.write(bytes, to: temp.folder + "/absent/x.csv", replace: false, protected: []) }?
            .contains("n'existe pas") == true)
    }
}
