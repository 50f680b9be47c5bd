import Foundation

/// Reads an archive made by `ZipWriter` and refuses anything else: every header is
/// regenerated with the writer's own functions and compared byte for byte, and every CRC is
/// recomputed, so changing any single byte of the file makes `init` throw.
///
/// The file is read with `pread` in bounded chunks, never mapped whole: memory stays the
/// same for a 150 MB archive as for a small one.
struct ZipReader {
    struct Entry: Equatable, Sendable {
        let name: String
        let crc: UInt32
        let size: Int
        /// Offsets in the file.
        let dataRange: Range<Int>
    }

    /// In the order of the central directory, which is the order of writing.
    let entries: [Entry]
    /// Shared by every entry; 0 when the archive is empty.
    let dosTime: UInt16
    let dosDate: UInt16
    private let source: Source

    static let chunkSize = 1 << 20

    init(path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw LedgerError.storage("l'archive « \(path) » n'existe pas")
        }
        try self.init(source: try Source(path: path))
    }

    init(data: Data) throws {
        try self.init(source: Source(data: data))
    }

    private init(source: Source) throws {
        self.source = source
        (entries, dosTime, dosDate) = try Self.parse(source)
    }

    /// The whole content of an entry (for the small ones: manifest, signature, tests).
    func data(_ entry: Entry) throws -> Data {
        Data(try source.bytes(entry.dataRange))
    }

    /// The content of an entry, in chunks of at most `chunkSize` bytes.
    func forEachChunk(_ entry: Entry, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        try source.forEachChunk(entry.dataRange, body)
    }

    // MARK: Canonical check

    private static func parse(_ source: Source) throws -> ([Entry], UInt16, UInt16) {
        let end = source.count
        let endSize = ZipWriter.endRecordSize
        let tail = end >= endSize ? try source.bytes(end - endSize..<end) : []
        guard end >= endSize, tail.le32(0) == 0x0605_4B50 else {
            if end >= 4, try source.bytes(0..<4).le32(0) == 0x0403_4B50 {
                throw unreadable("la fin de l'archive est absente ou déplacée (fichier tronqué ou octets ajoutés)")
            }
            throw LedgerError.storage("ce fichier n'est pas une archive zip Comptoir")
        }
        let endStart = end - endSize
        let count = Int(tail.le16(10))
        let centralSize = Int(tail.le32(12))
        let centralOffset = Int(tail.le32(16))
        let endRecord = ZipWriter.endRecord(count: count, centralSize: centralSize, centralOffset: centralOffset)
        guard tail == endRecord, centralOffset + centralSize == endStart,
              centralSize <= count * (ZipWriter.centralHeaderSize + Int(UInt16.max)) else {
            throw unreadable("la fin de l'archive a été modifiée")
        }

        // Central directory: the names, CRCs and sizes everything else is regenerated from.
        let raw = try source.bytes(centralOffset..<endStart)
        var records: [(name: String, crc: UInt32, size: Int, offset: Int)] = []
        records.reserveCapacity(count)
        var names: Set<String> = []
        var time: UInt16 = 0
        var date: UInt16 = 0
        var at = 0
        for index in 0..<count {
            let fixed = ZipWriter.centralHeaderSize
            guard at + fixed <= raw.count, raw.le32(at) == 0x0201_4B50 else {
                throw unreadable("le répertoire central (fichier n° \(index + 1)) a été modifié")
            }
            let nameLength = Int(raw.le16(at + 28))
            guard at + fixed + nameLength <= raw.count else {
                throw unreadable("le répertoire central (fichier n° \(index + 1)) a été modifié")
            }
            // Decoding repairs invalid UTF-8; the round trip shows whether it had to.
            let nameBytes = raw[at + fixed..<at + fixed + nameLength]
            let name = String(decoding: nameBytes, as: UTF8.self)
            guard name.utf8.elementsEqual(nameBytes) else {
                throw unreadable("le nom du fichier n° \(index + 1) n'est pas de l'UTF-8 valide")
            }
            if index == 0 {
                time = raw.le16(at + 12)
                date = raw.le16(at + 14)
            }
            let crc = raw.le32(at + 16)
            let size = Int(raw.le32(at + 24))
            let offset = Int(raw.le32(at + 42))
            let header = ZipWriter.centralHeader(name: name, crc: crc, size: size, offset: offset,
                                                 dosTime: time, dosDate: date)
            guard raw[at..<at + header.count].elementsEqual(header) else {
                throw unreadable("le répertoire central (entrée « \(name) ») a été modifié")
            }
            if let problem = ZipWriter.nameProblem(name) { throw unreadable(problem) }
            guard names.insert(name).inserted else { throw unreadable("le nom « \(name) » figure deux fois") }
            records.append((name, crc, size, offset))
            at += header.count
        }
        guard at == raw.count else { throw unreadable("le répertoire central a été modifié") }
        if count > 0, !isValidDOS(time: time, date: date) {
            throw unreadable("la date des fichiers est invalide")
        }

        // Local headers and data: contiguous from offset 0, up to the central directory.
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var next = 0
        for record in records {
            guard record.offset == next else {
                throw unreadable("la position de « \(record.name) » a été modifiée")
            }
            let header = ZipWriter.localHeader(name: record.name, crc: record.crc, size: record.size,
                                               dosTime: time, dosDate: date)
            let dataStart = record.offset + header.count
            guard dataStart + record.size <= centralOffset else {
                throw unreadable("la taille de « \(record.name) » a été modifiée")
            }
            guard try source.bytes(record.offset..<dataStart) == header else {
                throw unreadable("l'en-tête de « \(record.name) » a été modifié")
            }
            let range = dataStart..<dataStart + record.size
            var crc = CRC32()
            try source.forEachChunk(range) { crc.update($0) }
            guard crc.value == record.crc else {
                throw unreadable("le contenu de « \(record.name) » ne correspond pas à son CRC")
            }
            entries.append(Entry(name: record.name, crc: record.crc, size: record.size, dataRange: range))
            next = range.upperBound
        }
        guard next == centralOffset else {
            throw unreadable("des octets inconnus précèdent le répertoire central")
        }
        return (entries, time, date)
    }

    private static func isValidDOS(time: UInt16, date: UInt16) -> Bool {
        let seconds = time & 0x1F, minutes = time >> 5 & 0x3F, hours = time >> 11
        let day = date & 0x1F, month = date >> 5 & 0x0F
        return seconds <= 29 && minutes <= 59 && hours <= 23 && (1...31).contains(day) && (1...12).contains(month)
    }

    private static func unreadable(_ reason: String) -> LedgerError {
        .storage("archive illisible : \(reason)")
    }
}

/// Where the archive's bytes come from: an open file read with `pread`, or memory (tests).
private final class Source: @unchecked Sendable {
    let count: Int
    private let fd: Int32
    private let data: Data?

    init(path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        var info = stat()
        guard fd >= 0, fstat(fd, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            if fd >= 0 { close(fd) }
            throw LedgerError.storage("impossible de lire l'archive « \(path) » (\(reason))")
        }
        self.fd = fd
        count = Int(info.st_size)
        data = nil
    }

    init(data: Data) {
        fd = -1
        count = data.count
        self.data = data
    }

    deinit { if fd >= 0 { close(fd) } }

    func bytes(_ range: Range<Int>) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        try forEachChunk(range) { out.append(contentsOf: $0) }
        return out
    }

    func forEachChunk(_ range: Range<Int>, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "ZipReader: lecture hors du fichier")
        if let data {
            let base = data.startIndex
            try data[base + range.lowerBound..<base + range.upperBound].withUnsafeBytes { try body($0) }
            return
        }
        var buffer = [UInt8](repeating: 0, count: min(ZipReader.chunkSize, max(range.count, 1)))
        var offset = range.lowerBound
        while offset < range.upperBound {
            let wanted = min(buffer.count, range.upperBound - offset)
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, wanted, off_t(offset)) }
            guard n > 0 else {
                throw LedgerError.storage("lecture de l'archive impossible (\(n < 0 ? String(cString: strerror(errno)) : "fin de fichier inattendue"))")
            }
            try buffer.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
            offset += n
        }
    }
}

extension Collection where Element == UInt8, Index == Int {
    fileprivate func le16(_ offset: Int) -> UInt16 {
        UInt16(self[startIndex + offset]) | UInt16(self[startIndex + offset + 1]) << 8
    }

    fileprivate func le32(_ offset: Int) -> UInt32 {
        UInt32(le16(offset)) | UInt32(le16(offset + 2)) << 16
    }
}
