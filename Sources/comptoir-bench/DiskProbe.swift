import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the disk itself costs, to tell the ledger's time from the device's.
enum DiskProbe {
    /// Overwrites one 4 KiB page and waits for it to reach the disk, `times` times, in a
    /// scratch file of `folder`: the floor under any durable commit (SQLite in WAL mode
    /// with `synchronous = FULL` does at least this per transaction).
    static func syncedPageWrites(in folder: String, times: Int) throws -> Samples {
        let path = folder + "/fsync-probe-\(getpid()).tmp"
        let fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { throw BenchError("impossible de créer \(path)") }
        defer { close(fd); unlink(path) }
        let page = [UInt8](repeating: 0xA5, count: 4096)
        // Allocate the pages first: the measured writes overwrite, like a reused WAL.
        for i in 0..<16 { _ = page.withUnsafeBytes { pwrite(fd, $0.baseAddress, 4096, off_t(i * 4096)) } }
        fsync(fd)
        return try Samples.measure(times) { i in
            let written = page.withUnsafeBytes { pwrite(fd, $0.baseAddress, 4096, off_t((i % 16) * 4096)) }
            guard written == 4096, syncData(fd) == 0 else { throw BenchError("écriture sur \(path) impossible") }
        }
    }

    /// Writes the file's dirty pages and asks the kernel to drop it from the page cache,
    /// so that the next read comes from the disk, as right after the PC boots. Best effort
    /// (no root needed); returns false when the kernel offers no such call.
    @discardableResult
    static func evictFromPageCache(_ path: String) -> Bool {
        #if os(Linux)
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        fsync(fd)
        return posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_DONTNEED)) == 0
        #else
        return false
        #endif
    }

    private static func syncData(_ fd: Int32) -> Int32 {
        #if os(Linux)
        return fdatasync(fd)
        #else
        return fsync(fd)
        #endif
    }
}
