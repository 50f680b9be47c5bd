import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a zip of STORED entries, streaming, with a fully deterministic layout: no
/// compression, no data descriptor, no zip64, no extra field, no comment, one DOS date for
/// every entry. `ZipReader` regenerates every header with the static functions below and
/// refuses any difference, so these functions are the single definition of the format.
///
/// Holds a file descriptor: do not copy a writer that is in use.
struct ZipWriter {
    static let versionMadeBy: UInt16 = 0x0314  // Unix, zip 2.0: external attributes are Unix modes
    static let versionNeeded: UInt16 = 20
    static let flags: UInt16 = 0x0800  // bit 11: names are UTF-8
    static let externalAttributes: UInt32 = 0o100644 << 16  // regular file, rw-r--r--
    static let localHeaderSize = 30
    static let centralHeaderSize = 46
    static let endRecordSize = 22
    /// 0xFFFFFFFF and 0xFFFF mean "see zip64" to readers, so the limits stop one below.
    static let maxSize = 0xFFFF_FFFE
    static let maxEntries = 0xFFFE

    private static let bufferCapacity = 64 * 1024

    let path: String
    let dosTime: UInt16
    let dosDate: UInt16
    private var fd: Int32
    private var buffer: [UInt8] = []
    private var flushed = 0
    private var current: (name: String, offset: Int, crc: CRC32, size: Int)?
    private var central: [UInt8] = []
    private var count = 0
    private var names: Set<String> = []

    /// Bytes of the archive produced so far (written or still buffered), for a progress bar.
    var bytesWritten: Int { flushed + buffer.count }

    init(path: String, modified: Date, timeZone: TimeZone) throws {
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let code = errno
            switch code {
            case EEXIST:
                throw LedgerError.storage("le fichier « \(path) » existe déjà : l'archive n'a pas été écrite par-dessus")
            case ENOENT:
                let folder = (path as NSString).deletingLastPathComponent
                throw LedgerError.storage("le dossier « \(folder) » n'existe pas : l'archive « \(path) » n'a pas pu être créée")
            default:
                throw LedgerError.storage("impossible de créer l'archive « \(path) » : \(Self.describe(code))")
            }
        }
        // The umask may have removed bits; the archive holds the accounts, it stays 0600.
        _ = fchmod(fd, 0o600)
        self.fd = fd
        self.path = path
        (dosTime, dosDate) = Self.dosDateTime(modified, in: timeZone)
        buffer.reserveCapacity(Self.bufferCapacity)
    }

    // MARK: Writing

    mutating func begin(_ name: String) throws {
        precondition(current == nil && fd >= 0, "ZipWriter.begin: entrée déjà ouverte ou archive terminée")
        if let problem = Self.nameProblem(name) { throw LedgerError.storage(problem) }
        guard names.insert(name).inserted else {
            throw LedgerError.storage("le nom « \(name) » figure deux fois dans l'archive")
        }
        guard count < Self.maxEntries else {
            throw LedgerError.storage("trop de fichiers pour une archive zip (au plus \(Self.maxEntries))")
        }
        let offset = bytesWritten
        guard offset <= Self.maxSize else { throw Self.tooLarge(path) }
        try append(Self.localHeader(name: name, crc: 0, size: 0, dosTime: dosTime, dosDate: dosDate))
        current = (name, offset, CRC32(), 0)
    }

    mutating func write(_ bytes: some Collection<UInt8>) throws {
        if let done: Void = try bytes.withContiguousStorageIfAvailable({ try write(UnsafeRawBufferPointer($0)) }) {
            return done
        }
        try Array(bytes).withUnsafeBytes { try write($0) }
    }

    mutating func write(_ data: Data) throws {
        try data.withUnsafeBytes { try write($0) }
    }

    mutating func write(_ string: String) throws {
        var string = string
        try string.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    mutating func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard var entry = current else { preconditionFailure("ZipWriter.write: aucune entrée ouverte") }
        guard entry.size + bytes.count <= Self.maxSize else {
            throw LedgerError.storage("« \(entry.name) » dépasse 4 Gio : trop gros pour une archive zip")
        }
        entry.crc.update(bytes)
        entry.size += bytes.count
        current = entry
        try append(bytes)
    }

    mutating func end() throws {
        guard let entry = current else { preconditionFailure("ZipWriter.end: aucune entrée ouverte") }
        guard entry.size <= Self.maxSize else {
            throw LedgerError.storage("« \(entry.name) » dépasse 4 Gio : trop gros pour une archive zip")
        }
        try flush()
        let crc = entry.crc.value
        let header = Self.localHeader(name: entry.name, crc: crc, size: entry.size, dosTime: dosTime, dosDate: dosDate)
        try header.withUnsafeBytes { try writeAll($0, at: entry.offset) }
        central += Self.centralHeader(name: entry.name, crc: crc, size: entry.size, offset: entry.offset,
                                      dosTime: dosTime, dosDate: dosDate)
        count += 1
        current = nil
    }

    mutating func finish() throws {
        precondition(current == nil && fd >= 0, "ZipWriter.finish: entrée encore ouverte ou archive terminée")
        let centralOffset = bytesWritten
        guard centralOffset <= Self.maxSize, central.count <= Self.maxSize else { throw Self.tooLarge(path) }
        try append(central)
        try append(Self.endRecord(count: count, centralSize: central.count, centralOffset: centralOffset))
        try flush()
        guard fsync(fd) == 0 else { throw failure() }
        let result = close(fd)
        fd = -1
        // close can be the first to report a deferred write error (NFS, some USB keys).
        guard result == 0 else { throw failure() }
    }

    /// Closes and deletes the partial file; for the caller's cleanup after a thrown error.
    func abandon() {
        if fd >= 0 { close(fd) }
        unlink(path)
    }

    private mutating func append(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try append($0) }
    }

    private mutating func append(_ bytes: UnsafeRawBufferPointer) throws {
        if buffer.count + bytes.count > Self.bufferCapacity { try flush() }
        if bytes.count >= Self.bufferCapacity {
            try writeAll(bytes, at: flushed)
            flushed += bytes.count
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    private mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try writeAll($0, at: flushed) }
        flushed += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// pwrite(2) until everything is written; short writes and EINTR are retried. Always at
    /// an explicit offset, so patching a header and appending share one path.
    private func writeAll(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws {
        guard let base = bytes.baseAddress else { return }
        var done = 0
        while done < bytes.count {
            let n = pwrite(fd, base + done, bytes.count - done, off_t(offset + done))
            if n < 0 {
                if errno == EINTR { continue }
                throw failure()
            }
            done += n
        }
    }

    private func failure() -> LedgerError {
        .storage("écriture impossible dans « \(path) » : \(Self.describe(errno))")
    }

    private static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }

    private static func tooLarge(_ path: String) -> LedgerError {
        .storage("l'archive « \(path) » dépasse 4 Gio : trop grosse pour une archive zip")
    }

    // MARK: Layout, shared with ZipReader

    /// Why a name cannot go into an archive (French), nil when it can. The reader applies
    /// the same rule, so a written archive is always readable.
    static func nameProblem(_ name: String) -> String? {
        if name.isEmpty { return "un fichier de l'archive n'a pas de nom" }
        if name.utf8.count > 0xFFFF { return "le nom « \(name.prefix(40))… » est trop long pour une archive zip" }
        if name.hasPrefix("/") { return "le nom « \(name) » commence par « / »" }
        if name.utf8.contains(0) { return "le nom « \(name) » contient un caractère nul" }
        if name.split(separator: "/", omittingEmptySubsequences: false).contains("..") {
            return "le nom « \(name) » contient « .. »"
        }
        return nil
    }

    static func localHeader(name: String, crc: UInt32, size: Int, dosTime: UInt16, dosDate: UInt16) -> [UInt8] {
        let nameBytes = Array(name.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(localHeaderSize + nameBytes.count)
        out.le32(0x0403_4B50)
        sharedFields(&out, crc: crc, size: size, nameLength: nameBytes.count, dosTime: dosTime, dosDate: dosDate)
        out += nameBytes
        return out
    }

    static func centralHeader(name: String, crc: UInt32, size: Int, offset: Int,
                              dosTime: UInt16, dosDate: UInt16) -> [UInt8] {
        let nameBytes = Array(name.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(centralHeaderSize + nameBytes.count)
        out.le32(0x0201_4B50)
        out.le16(versionMadeBy)
        sharedFields(&out, crc: crc, size: size, nameLength: nameBytes.count, dosTime: dosTime, dosDate: dosDate)
        out.le16(0)  // comment length
        out.le16(0)  // disk number start
        out.le16(0)  // internal attributes
        out.le32(externalAttributes)
        out.le32(UInt32(truncatingIfNeeded: offset))
        out += nameBytes
        return out
    }

    /// The fields a local header and its central record both carry, in the same order.
    private static func sharedFields(_ out: inout [UInt8], crc: UInt32, size: Int, nameLength: Int,
                                     dosTime: UInt16, dosDate: UInt16) {
        out.le16(versionNeeded)
        out.le16(flags)
        out.le16(0)  // method: stored
        out.le16(dosTime)
        out.le16(dosDate)
        out.le32(crc)
        out.le32(UInt32(truncatingIfNeeded: size))  // compressed
        out.le32(UInt32(truncatingIfNeeded: size))  // uncompressed
        out.le16(UInt16(truncatingIfNeeded: nameLength))
        out.le16(0)  // extra field length
    }

    static func endRecord(count: Int, centralSize: Int, centralOffset: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(endRecordSize)
        out.le32(0x0605_4B50)
        out.le16(0)  // this disk
        out.le16(0)  // disk of the central directory
        out.le16(UInt16(truncatingIfNeeded: count))  // entries on this disk
        out.le16(UInt16(truncatingIfNeeded: count))  // entries in total
        out.le32(UInt32(truncatingIfNeeded: centralSize))
        out.le32(UInt32(truncatingIfNeeded: centralOffset))
        out.le16(0)  // comment length
        return out
    }

    /// MS-DOS time and date of `date` as seen in `timeZone`; seconds rounded down to even
    /// (DOS stores seconds / 2). Clamped to the DOS range, 1980 to 2107.
    static func dosDateTime(_ date: Date, in timeZone: TimeZone) -> (time: UInt16, date: UInt16) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let year = c.year ?? 1980
        if year < 1980 { return (0, 1 << 5 | 1) }
        if year > 2107 { return (23 << 11 | 59 << 5 | 29, 127 << 9 | 12 << 5 | 31) }
        let time = (c.hour ?? 0) << 11 | (c.minute ?? 0) << 5 | (c.second ?? 0) / 2
        let day = (year - 1980) << 9 | (c.month ?? 1) << 5 | (c.day ?? 1)
        return (UInt16(time), UInt16(day))
    }
}

extension [UInt8] {
    fileprivate mutating func le16(_ value: UInt16) {
        append(UInt8(truncatingIfNeeded: value))
        append(UInt8(truncatingIfNeeded: value >> 8))
    }

    fileprivate mutating func le32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }
}
