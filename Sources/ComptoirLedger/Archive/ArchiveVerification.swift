import ComptoirCore
import Crypto
import Foundation

/// `comptoir verify-archive`: an archive is accepted only when every byte is the one the
/// shop sealed. The zip must be exactly what `ZipWriter` writes (every header regenerated
/// and compared, every CRC recomputed), the manifest's signature must hold, each file must
/// have the SHA-256 the manifest gives, and the journal's hash chain is recomputed.
public enum ArchiveVerification {
    public static func check(path: String, progress: ((Int, Int) -> Void)? = nil) throws -> ArchiveManifest {
        try check(zip: refusing { try ZipReader(path: path) }, progress: progress)
    }

    static func check(data: Data, progress: ((Int, Int) -> Void)? = nil) throws -> ArchiveManifest {
        try check(zip: refusing { try ZipReader(data: data) }, progress: progress)
    }

    private static func check(zip: ZipReader, progress: ((Int, Int) -> Void)?) throws -> ArchiveManifest {
        guard zip.entries.map(\.name) == SealedArchive.names else {
            throw refused("elle ne contient pas les fichiers d'une archive Comptoir (\(SealedArchive.names.joined(separator: ", ")))")
        }
        let entry = { (name: String) in zip.entries.first { $0.name == name }! }
        let manifestBytes = zip.data(entry(SealedArchive.manifest))
        guard let text = String(data: manifestBytes, encoding: .utf8), let manifest = ArchiveManifest.parse(text) else {
            throw refused("le manifeste est illisible")
        }
        let signatureText = String(decoding: zip.data(entry(SealedArchive.signature)), as: UTF8.self)
        guard signatureText.hasSuffix("\n"), let signature = Data(base64Encoded: String(signatureText.dropLast())),
              signature.base64EncodedString() + "\n" == signatureText,
              SealingKey.isValid(signature: signature, of: manifestBytes, publicKey: manifest.publicKey) else {
            throw refused("la signature du manifeste ne correspond pas : le manifeste a été modifié, ou il n'a pas été scellé par sa clé")
        }
        guard manifest.files.map(\.name) == SealedArchive.contents else {
            throw refused("le manifeste ne liste pas les fichiers de l'archive")
        }
        for file in manifest.files {
            let digest = zip.withBytes(entry(file.name)) { Hex.string(SHA256.hash(data: $0)) }
            guard digest == file.sha256 else {
                throw refused("« \(file.name) » a été modifié : son SHA-256 n'est pas celui du manifeste")
            }
        }
        try zip.withBytes(entry(SealedArchive.journal)) { try checkChain($0, manifest, progress) }
        return manifest
    }

    /// Recomputes each entry's hash and its link to the one before, from the first entry's
    /// recorded predecessor to the manifest's last hash.
    private static func checkChain(_ bytes: UnsafeRawBufferPointer, _ manifest: ArchiveManifest,
                                   _ progress: ((Int, Int) -> Void)?) throws {
        var expected = manifest.firstSeq
        var previous = manifest.previousHash
        var header = true
        var buffer: [UInt8] = [], hex: [UInt8] = []
        let total = Int(manifest.entries)
        progress?(0, total)
        try ArchiveCSV.forEachRecord(in: bytes) { fields in
            if header {
                header = false
                guard fields == SealedArchive.journalHeader else { throw refused("les colonnes du journal ne sont pas celles attendues") }
                return
            }
            guard fields.count == 8, let seq = Int64(fields[0]), seq == expected else {
                throw refused("le journal saute l'écriture n° \(expected)")
            }
            let operatorId = fields[3].isEmpty ? nil : Int64(fields[3])
            guard fields[3].isEmpty || operatorId != nil else { throw refused("l'écriture n° \(seq) est illisible") }
            guard fields[6] == previous else { throw refused("le chaînage est rompu à l'écriture n° \(seq)") }
            Journal.hashHex(seq: seq, at: fields[1], till: fields[2], operatorId: operatorId, kind: fields[4], payload: fields[5],
                            prevHash: fields[6], buffer: &buffer, into: &hex)
            guard Bytes.equal(fields[7], hex) else { throw refused("l'écriture n° \(seq) ne correspond plus à son empreinte") }
            previous = fields[7]
            expected += 1
            let done = Int(seq - manifest.firstSeq + 1)
            if done % 2_000 == 0 || done == total { progress?(done, total) }
        }
        guard expected == manifest.lastSeq + 1, previous == manifest.lastHash else {
            throw refused("le journal s'arrête avant l'écriture n° \(manifest.lastSeq) annoncée par le manifeste")
        }
    }

    private static func refusing(_ open: () throws -> ZipReader) throws -> ZipReader {
        do { return try open() } catch LedgerError.storage(let detail) { throw refused(detail) }
    }

    private static func refused(_ reason: String) -> LedgerError { .refused("Archive refusée : \(reason).") }
}

extension Ledger {
    /// Why a verified archive is not this shop's, or nil: its key must be one the journal
    /// recorded, and its last entry must be this base's entry of that number.
    public func foreignArchiveReason(_ manifest: ArchiveManifest) throws -> String? {
        try read { db in
            guard try Self.sealingKeys(db).contains(manifest.publicKey) else {
                return "sa clé n'est pas une clé de scellement enregistrée dans le journal de cette base"
            }
            guard let hash = try String.fetchOne(db, sql: "SELECT hash FROM journal WHERE seq = ?", arguments: [manifest.lastSeq]) else {
                return "cette base n'a pas d'écriture n° \(manifest.lastSeq)"
            }
            return hash == manifest.lastHash ? nil : "son écriture n° \(manifest.lastSeq) n'est pas celle de cette base"
        }
    }
}

/// Walks the records of a CSV written with `CSVTable.line` without holding the file as
/// strings: `;` between fields, `"` around a field that needs it, CRLF or LF.
enum ArchiveCSV {
    static func forEachRecord(in bytes: UnsafeRawBufferPointer, _ body: ([String]) throws -> Void) throws {
        let quote = UInt8(ascii: "\""), separator = UInt8(ascii: ";"), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var i = bytes.starts(with: CSVTable.byteOrderMark) ? CSVTable.byteOrderMark.count : 0
        var fields: [String] = [], field: [UInt8] = [], quoted = false, started = false
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            if quoted {
                if b != quote { field.append(b) } else if i < bytes.count, bytes[i] == quote { field.append(quote); i += 1 } else { quoted = false }
                continue
            }
            switch b {
            case quote where field.isEmpty: quoted = true; started = true
            case separator: fields.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true); started = true
            case cr where i < bytes.count && bytes[i] == lf: break
            case lf:
                fields.append(String(decoding: field, as: UTF8.self))
                try body(fields)
                fields.removeAll(keepingCapacity: true); field.removeAll(keepingCapacity: true); started = false
            default: field.append(b); started = true
            }
        }
        if started || !field.isEmpty || !fields.isEmpty {
            fields.append(String(decoding: field, as: UTF8.self))
            try body(fields)
        }
    }
}
