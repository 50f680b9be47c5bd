#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which file is at a path: device and inode. A file deleted or replaced under the same
/// name gets another identity (or none), which `stat` tells for the price of one call.
struct FileIdentity: Sendable, Equatable {
    let device: UInt64
    let inode: UInt64

    /// nil when nothing is at `path`.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
