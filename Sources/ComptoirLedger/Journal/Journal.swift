import Crypto
import Foundation
import GRDB

/// The append-only, hash-chained journal: the truth every other table is checked against.
enum Journal {
    /// Appends one entry. Must run inside the write transaction that also writes the rows
    /// of the event, so that both land on disk together or not at all.
    ///
    /// `seq` is the last one + 1, read inside that (IMMEDIATE) transaction: gapless even
    /// with several processes. The first entry chains to the shop fingerprint.
    static func append(
        _ db: Database, kind: JournalKind, till: String, operatorId: Int64?, payload: String,
        now: Date
    ) throws -> JournalStamp {
        precondition(db.isInsideTransaction, "journal entries are written inside a transaction")
        // Cached statements: this runs on every sale, parsing SQL each time costs more than the work.
        let last = try Row.fetchOne(db.cachedStatement(
            sql: "SELECT seq, hash FROM journal WHERE seq = (SELECT MAX(seq) FROM journal)"))
        let seq: Int64
        let prevHash: String
        if let last {
            seq = last[0] as Int64 + 1
            prevHash = last[1]
        } else {
            seq = 1
            guard let fingerprint = try String.fetchOne(
                db, sql: "SELECT value FROM comptoir_meta WHERE key = 'fingerprint'") else {
                throw LedgerError.storage("empreinte de la boutique absente")
            }
            prevHash = fingerprint
        }
        let millis = Timestamp.millis(now)
        let at = Timestamp.string(millis: millis)
        var buffer: [UInt8] = []
        var hex: [UInt8] = []
        hashHex(seq: seq, at: at, till: till, operatorId: operatorId, kind: kind.rawValue,
                payload: payload, prevHash: prevHash, buffer: &buffer, into: &hex)
        let hash = String(decoding: hex, as: UTF8.self)
        try db.cachedStatement(sql: """
            INSERT INTO journal (seq, at, till, operator_id, kind, payload, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [seq, at, till, operatorId, kind.rawValue, payload, prevHash, hash])
        return JournalStamp(seq: seq, at: at, date: Timestamp.date(millis: millis))
    }

    /// Writes the entry hash into `hex`, as 64 lowercase hex ASCII bytes.
    ///
    /// SHA-256 over the fields seq, at, till, operator, kind, payload, prev_hash, in this
    /// order, each written as `<UTF-8 byte count>:<bytes>\n`. `seq` and `operator` are
    /// decimal; a missing operator is the empty string (an id is never empty). The length
    /// prefixes make the encoding unambiguous whatever characters the fields contain.
    /// `buffer` and `hex` are reused by `verify` to avoid allocations per entry.
    static func hashHex(
        seq: Int64, at: String, till: String, operatorId: Int64?, kind: String,
        payload: String, prevHash: String, buffer: inout [UInt8], into hex: inout [UInt8]
    ) {
        buffer.removeAll(keepingCapacity: true)
        number(seq, into: &buffer)
        field(at, into: &buffer)
        field(till, into: &buffer)
        if let operatorId { number(operatorId, into: &buffer) } else { field("", into: &buffer) }
        field(kind, into: &buffer)
        field(payload, into: &buffer)
        field(prevHash, into: &buffer)
        hex.removeAll(keepingCapacity: true)
        Hex.append(SHA256.hash(data: buffer), to: &hex)
    }

    static func sha256Hex(_ bytes: [UInt8]) -> String { Hex.string(SHA256.hash(data: bytes)) }

    private static func field(_ text: String, into buffer: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            Bytes.appendDecimal(Int64(utf8.count), to: &buffer)
            buffer.append(UInt8(ascii: ":"))
            buffer.append(contentsOf: utf8)
        }
        buffer.append(UInt8(ascii: "\n"))
    }

    /// A decimal number as a field: the same bytes as `field(String(value))`.
    private static func number(_ value: Int64, into buffer: inout [UInt8]) {
        var length = value < 0 ? 2 : 1
        var rest = value.magnitude
        while rest >= 10 { rest /= 10; length += 1 }
        Bytes.appendDecimal(Int64(length), to: &buffer)
        buffer.append(UInt8(ascii: ":"))
        Bytes.appendDecimal(value, to: &buffer)
        buffer.append(UInt8(ascii: "\n"))
    }
}
