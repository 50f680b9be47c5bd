import Foundation

/// Reads an archive made by `ZipWriter` and refuses anything else: every header is
/// regenerated with the writer's own functions and compared byte for byte, and every CRC is
/// recomputed, so changing any single byte of the file makes `init` throw.
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
    private let bytes: Data

    init(path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw LedgerError.storage("l'archive « \(path) » n'existe pas")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw LedgerError.storage("impossible de lire l'archive « \(path) » (\(error.localizedDescription))")
        }
        try self.init(data: data)
    }

    init(data: Data) throws {
        bytes = data
        (entries, dosTime, dosDate) = try data.withUnsafeBytes { try Self.parse($0) }
    }

    func data(_ entry: Entry) -> Data {
        let base = bytes.startIndex
        return bytes[base + entry.dataRange.lowerBound..<base + entry.dataRange.upperBound]
    }

    func withBytes<T>(_ entry: Entry, _ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        try bytes.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[entry.dataRange])) }
    }

    // MARK: Canonical check

    private static func parse(_ raw: UnsafeRawBufferPointer) throws -> ([Entry], UInt16, UInt16) {
        let end = raw.count
        let endSize = ZipWriter.endRecordSize
        guard end >= endSize, raw.le32(end - endSize) == 0x0605_4B50 else {
            if end >= 4, raw.le32(0) == 0x0403_4B50 {
                throw unreadable("la fin de l'archive est absente ou déplacée (fichier tronqué ou octets ajoutés)")
            }
            throw LedgerError.storage("ce fichier n'est pas une archive zip Comptoir")
        }
        let endStart = end - endSize
        let count = Int(raw.le16(endStart + 10))
        let centralSize = Int(raw.le32(endStart + 12))
        let centralOffset = Int(raw.le32(endStart + 16))
        let endRecord = ZipWriter.endRecord(count: count, centralSize: centralSize, centralOffset: centralOffset)
        guard raw.matches(endRecord, at: endStart), centralOffset + centralSize == endStart else {
            throw unreadable("la fin de l'archive a été modifiée")
        }

        // Central directory: the names, CRCs and sizes everything else is regenerated from.
        var records: [(name: String, crc: UInt32, size: Int, offset: Int)] = []
        records.reserveCapacity(count)
        var names: Set<String> = []
        var time: UInt16 = 0
        var date: UInt16 = 0
        var at = centralOffset
        for index in 0..<count {
            let fixed = ZipWriter.centralHeaderSize
            guard at + fixed <= endStart, raw.le32(at) == 0x0201_4B50 else {
                throw unreadable("le répertoire central (fichier n° \(index + 1)) a été modifié")
            }
            let nameLength = Int(raw.le16(at + 28))
            guard at + fixed + nameLength <= endStart else {
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
            guard raw.matches(header, at: at) else {
                throw unreadable("le répertoire central (entrée « \(name) ») a été modifié")
            }
            if let problem = ZipWriter.nameProblem(name) { throw unreadable(problem) }
            guard names.insert(name).inserted else { throw unreadable("le nom « \(name) » figure deux fois") }
            records.append((name, crc, size, offset))
            at += header.count
        }
        guard at == endStart else { throw unreadable("le répertoire central a été modifié") }
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
            guard raw.matches(header, at: record.offset) else {
                throw unreadable("l'en-tête de « \(record.name) » a été modifié")
            }
            let range = dataStart..<dataStart + record.size
            var crc = CRC32()
            crc.update(UnsafeRawBufferPointer(rebasing: raw[range]))
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

extension UnsafeRawBufferPointer {
    fileprivate func le16(_ offset: Int) -> UInt16 {
        UInt16(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt16.self))
    }

    fileprivate func le32(_ offset: Int) -> UInt32 {
        UInt32(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    /// Whether `expected` is found at `offset`, within bounds.
    fileprivate func matches(_ expected: [UInt8], at offset: Int) -> Bool {
        guard offset >= 0, offset + expected.count <= count else { return false }
        return expected.withUnsafeBytes { memcmp($0.baseAddress!, baseAddress! + offset, expected.count) == 0 }
    }
}
