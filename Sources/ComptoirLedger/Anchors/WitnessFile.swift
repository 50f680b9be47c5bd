import ComptoirCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The witness: a text file, ideally on another disk, where each committed journal entry
/// also leaves `seq hash\n`. Someone who rewrites the base does not rewrite the witness,
/// and `verify` compares them. Several tills append to it; lines may come out of order.
public struct WitnessFile: Sendable {
    public let path: String
    /// Told, in French, when a line could not be written; the sale is committed anyway.
    private let onFailure: @Sendable (String) -> Void

    public init(path: String, onFailure: @escaping @Sendable (String) -> Void = { _ in }) {
        self.path = path
        self.onFailure = onFailure
    }

    /// One `write` with O_APPEND (lines of two tills never interleave), then `fsync`.
    func append(_ heads: [ChainHead]) {
        let bytes = Array(heads.map { "\($0.seq) \($0.hash)\n" }.joined().utf8)
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return fail(heads, errno) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return fail(heads, errno) }
            offset += n
        }
        if fsync(fd) != 0 { fail(heads, errno) }
    }

    private func fail(_ heads: [ChainHead], _ code: Int32) {
        let range = heads.count == 1 ? "l'entrée n° \(heads[0].seq)" : "les entrées n° \(heads[0].seq) à \(heads[heads.count - 1].seq)"
        onFailure("Le témoin « \(path) » n'a pas pu être écrit (\(String(cString: strerror(code)))) : \(range) n'y sont pas. "
            + "Ce qui a été fait est bien enregistré dans la base ; vérifiez le disque du témoin.")
    }

    /// One line of the file: its number (from 1) and the entry it witnesses, nil when unreadable.
    struct Line {
        var number: Int
        var head: ChainHead?
    }

    /// Reads the file in chunks, calling `body` for each complete line; a last line without
    /// its `\n` (a power cut during the write) is skipped. nil when the file cannot be read.
    static func forEachLine(path: String, _ body: (Line) throws -> Void) throws -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        var pending: [UInt8] = []
        var number = 0
        while true {
            let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            if chunk.isEmpty { break }
            pending.append(contentsOf: chunk)
            var start = 0
            while let end = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
                number += 1
                try body(Line(number: number, head: parse(pending[start..<end])))
                start = end + 1
            }
            pending.removeFirst(start)
        }
        return true
    }

    /// `4567 3f9a…` (64 lowercase hex).
    static func parse(_ bytes: ArraySlice<UInt8>) -> ChainHead? {
        let text = String(decoding: bytes, as: UTF8.self)
        let parts = text.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 2, let seq = Int64(parts[0]), seq >= 1, parts[1].utf8.count == 64,
              parts[1].utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else { return nil }
        return ChainHead(seq: seq, hash: String(parts[1]))
    }
}
