import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the measured ledger lives, and where its history is generated.
///
/// Generating means hundreds of thousands of durable commits; on a real disk each waits
/// for an fsync. When the ledger is to be measured on a disk, its history is therefore
/// generated on a RAM file system (`/dev/shm`), through the very same `commitSale`
/// with `synchronous = FULL`, and the finished file is then copied to the disk, where
/// every measure runs. The ledger's code is not touched for the benchmark's sake.
struct LedgerLocation {
    /// The ledger that is measured.
    let path: String
    /// The temporary folder that holds it, to delete at the end; nil for a `--db` file.
    let temporaryFolder: String?
    /// Where the history is generated when it is not `path` itself.
    let stagingFolder: String?

    static let fileName = "comptoir.sqlite"

    init(dbPath: String?) throws {
        if let dbPath {
            path = URL(fileURLWithPath: dbPath).standardizedFileURL.path
            temporaryFolder = nil
        } else {
            let folder = NSTemporaryDirectory() + "comptoir-bench-\(UUID().uuidString)"
            path = folder + "/" + Self.fileName
            temporaryFolder = folder
        }
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        if !Self.isInMemory(folder), Self.isInMemory("/dev/shm"), access("/dev/shm", W_OK) == 0 {
            stagingFolder = "/dev/shm/comptoir-bench-\(UUID().uuidString)"
        } else {
            stagingFolder = nil
        }
    }

    var exists: Bool { FileManager.default.fileExists(atPath: path) }

    /// Where the generator writes.
    var generationPath: String { stagingFolder.map { $0 + "/" + Self.fileName } ?? path }

    var folder: String { (path as NSString).deletingLastPathComponent }

    /// Copies the generated (closed) ledger to `path` and removes the staging folder.
    func publishGeneratedFile() throws {
        guard stagingFolder != nil else { return }
        defer { discardStaging() }
        // The WAL is checkpointed and removed on close; copy it anyway if one is left.
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: generationPath + suffix) {
            try Self.copy(generationPath + suffix, to: path + suffix)
        }
    }

    /// A plain copy by 1 MiB chunks, made durable: memory stays flat whatever the size
    /// (the process's peak RSS is one of the figures), and the file is on the disk before
    /// the measures start.
    private static func copy(_ source: String, to destination: String) throws {
        guard !FileManager.default.fileExists(atPath: destination),
              FileManager.default.createFile(atPath: destination, contents: nil, attributes: [.posixPermissions: 0o600]),
              let input = FileHandle(forReadingAtPath: source),
              let output = FileHandle(forWritingAtPath: destination) else {
            throw BenchError("impossible de copier \(source) vers \(destination)")
        }
        defer {
            try? input.close()
            try? output.close()
        }
        while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
            try output.write(contentsOf: chunk)
        }
        try output.synchronize()
    }

    func discardStaging() {
        if let stagingFolder { try? FileManager.default.removeItem(atPath: stagingFolder) }
    }

    func removeTemporaryFolder() {
        if let temporaryFolder { try? FileManager.default.removeItem(atPath: temporaryFolder) }
    }

    /// Size of the ledger and its WAL, in bytes.
    func size() -> Int {
        ["", "-wal"].reduce(0) { sum, suffix in
            let attributes = try? FileManager.default.attributesOfItem(atPath: path + suffix)
            return sum + ((attributes?[.size] as? NSNumber)?.intValue ?? 0)
        }
    }

    /// True on tmpfs (RAM), where fsync costs nothing: the file system of the longest
    /// mount point that contains `folder`, in /proc/self/mounts.
    private static func isInMemory(_ folder: String) -> Bool {
        guard let mounts = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8) else { return false }
        let folder = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        var best: (length: Int, type: Substring)?
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            let mountPoint = String(fields[1])
            let contains = folder == mountPoint || folder.hasPrefix(mountPoint == "/" ? "/" : mountPoint + "/")
            if contains, mountPoint.count >= (best?.length ?? -1) { best = (mountPoint.count, fields[2]) }
        }
        return best?.type == "tmpfs"
    }
}
