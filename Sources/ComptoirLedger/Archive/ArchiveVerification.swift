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
        let entryNames = zip.entries.map(\.name)
        guard entryNames == SealedArchive.names || entryNames == SealedArchive.namesWithRegistre else {
            throw refused("elle ne contient pas les fichiers d'une archive Comptoir (\(SealedArchive.names.joined(separator: ", ")))")
        }
        let entry = { (name: String) in zip.entries.first { $0.name == name }! }
        let manifestBytes = try zip.data(entry(SealedArchive.manifest))
        guard let text = String(data: manifestBytes, encoding: .utf8), let manifest = ArchiveManifest.parse(text) else {
            throw refused("le manifeste est illisible")
        }
        let signatureText = String(decoding: try zip.data(entry(SealedArchive.signature)), as: UTF8.self)
        guard signatureText.hasSuffix("\n"), let signature = Data(base64Encoded: String(signatureText.dropLast())),
              signature.base64EncodedString() + "\n" == signatureText,
              SealingKey.isValid(signature: signature, of: manifestBytes, publicKey: manifest.publicKey) else {
            throw refused("la signature du manifeste ne correspond pas : le manifeste a été modifié, ou il n'a pas été scellé par sa clé")
        }
        let listed = manifest.files.map(\.name)
        guard listed == (entryNames == SealedArchive.names ? SealedArchive.contents : SealedArchive.contentsWithRegistre) else {
            throw refused("le manifeste ne liste pas les fichiers de l'archive")
        }
        for file in manifest.files {
            // The journal is hashed and its chain recomputed in the same pass; a broken
            // link is reported only once the file is known to be the one sealed.
            var hash = SHA256()
            var chain = file.name == SealedArchive.journal ? ChainCheck(manifest, progress) : nil
            try zip.forEachChunk(entry(file.name)) { chunk in
                hash.update(bufferPointer: chunk)
                chain?.feed(chunk)
            }
            guard Hex.string(hash.finalize()) == file.sha256 else {
                throw refused("« \(file.name) » a été modifié : son SHA-256 n'est pas celui du manifeste")
            }
            if let problem = chain?.finish() { throw refused(problem) }
        }
        return manifest
    }

    /// Recomputes each journal entry's hash and its link to the one before, from the first
    /// entry's recorded predecessor to the manifest's last hash; keeps the first problem.
    private struct ChainCheck {
        private let manifest: ArchiveManifest
        private let progress: ((Int, Int) -> Void)?
        private var records = ArchiveCSV()
        private var expected: Int64
        private var previous: String
        private var header = true
        private var problem: String?
        private var buffer: [UInt8] = [], hex: [UInt8] = []

        init(_ manifest: ArchiveManifest, _ progress: ((Int, Int) -> Void)?) {
            self.manifest = manifest
            self.progress = progress
            expected = manifest.firstSeq
            previous = manifest.previousHash
            progress?(0, Int(manifest.entries))
        }

        mutating func feed(_ chunk: UnsafeRawBufferPointer) {
            guard problem == nil else { return }
            var records = self.records
            records.feed(chunk) { self.record($0) }
            self.records = records
        }

        mutating func finish() -> String? {
            var records = self.records
            if problem == nil { records.finish { self.record($0) } }
            guard problem == nil else { return problem }
            guard expected == manifest.lastSeq + 1, previous == manifest.lastHash else {
                return "le journal s'arrête avant l'écriture n° \(manifest.lastSeq) annoncée par le manifeste"
            }
            return nil
        }

        private mutating func record(_ fields: [String]) {
            guard problem == nil else { return }
            if header {
                header = false
                if fields != SealedArchive.journalHeader { problem = "les colonnes du journal ne sont pas celles attendues" }
                return
            }
            guard fields.count == 8, let seq = Int64(fields[0]), seq == expected else {
                problem = "le journal saute l'écriture n° \(expected)"
                return
            }
            let operatorId = fields[3].isEmpty ? nil : Int64(fields[3])
            guard fields[3].isEmpty || operatorId != nil else { problem = "l'écriture n° \(seq) est illisible"; return }
            guard fields[6] == previous else { problem = "le chaînage est rompu à l'écriture n° \(seq)"; return }
            Journal.hashHex(seq: seq, at: fields[1], till: fields[2], operatorId: operatorId, kind: fields[4], payload: fields[5],
                            prevHash: fields[6], buffer: &buffer, into: &hex)
            guard Bytes.equal(fields[7], hex) else { problem = "l'écriture n° \(seq) ne correspond plus à son empreinte"; return }
            previous = fields[7]
            expected += 1
            let done = Int(seq - manifest.firstSeq + 1), total = Int(manifest.entries)
            if done % 2_000 == 0 || done == total { progress?(done, total) }
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

/// The records of a CSV written with `CSVTable.line`, fed in chunks of any size, so that a
/// journal of hundreds of MB is never held whole: `;` between fields, `"` around a field
/// that needs it, CRLF or LF.
struct ArchiveCSV {
    private var fields: [String] = []
    private var field: [UInt8] = []
    private var quoted = false
    /// A quote seen inside a quoted field, whose meaning depends on the next byte.
    private var pendingQuote = false
    private var pendingCR = false
    private var started = false
    /// The first bytes, until it is known whether they are the byte order mark.
    private var head: [UInt8]? = []

    private static let quote = UInt8(ascii: "\""), separator = UInt8(ascii: ";")
    private static let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

    mutating func feed(_ bytes: UnsafeRawBufferPointer, _ body: ([String]) -> Void) {
        var i = 0
        if var start = head {
            while start.count < CSVTable.byteOrderMark.count && i < bytes.count { start.append(bytes[i]); i += 1 }
            guard start.count == CSVTable.byteOrderMark.count else { head = start; return }
            head = nil
            if start != CSVTable.byteOrderMark { start.withUnsafeBytes { consume($0, body) } }
        }
        consume(UnsafeRawBufferPointer(rebasing: bytes[i...]), body)
    }

    private mutating func consume(_ bytes: UnsafeRawBufferPointer, _ body: ([String]) -> Void) {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            if pendingQuote {
                pendingQuote = false
                if b == Self.quote { field.append(b); continue }
                quoted = false  // the quote closed the field; this byte is read below
            } else if quoted {
                if b == Self.quote { pendingQuote = true } else { field.append(b) }
                continue
            }
            if pendingCR {
                pendingCR = false
                if b != Self.lf { field.append(Self.cr) }
            }
            switch b {
            case Self.quote where field.isEmpty: quoted = true; started = true
            case Self.separator: endField(); started = true
            case Self.cr: pendingCR = true
            case Self.lf:
                endField()
                body(fields)
                fields.removeAll(keepingCapacity: true)
                started = false
            default: field.append(b); started = true
            }
        }
    }

    mutating func finish(_ body: ([String]) -> Void) {
        if let start = head, start != CSVTable.byteOrderMark {
            head = nil
            start.withUnsafeBytes { consume($0, body) }
        }
        if pendingCR { field.append(Self.cr) }
        if started || !field.isEmpty || !fields.isEmpty {
            endField()
            body(fields)
        }
    }

    private mutating func endField() {
        fields.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
    }
}
