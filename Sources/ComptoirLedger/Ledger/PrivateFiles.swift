import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The data folder is private (0700) and the database files too (0600): they hold the
/// shop's accounts and the PIN hashes.
enum PrivateFiles {
    /// Creates the parent folder (0700) when missing; never touches an existing folder.
    static func prepareFolder(for path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) else { return }
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            throw LedgerError.storage("impossible de créer le dossier \(folder)")
        }
        // The umask may have removed bits; the folder must be exactly 0700.
        _ = chmod(folder, 0o700)
    }

    /// Creates an empty file with mode 0600 if none exists. O_EXCL: never truncates a file
    /// another process has just created.
    static func createIfMissing(_ path: String) throws {
        let fd = open(path, O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0o600)
        if fd >= 0 {
            _ = fchmod(fd, 0o600)
            close(fd)
            return
        }
        guard errno == EEXIST else {
            throw LedgerError.storage("impossible de créer le fichier \(path) (\(String(cString: strerror(errno))))")
        }
    }

    /// Brings the database and its WAL companions to 0600 (SQLite creates them with the
    /// process umask).
    static func restrict(_ path: String) {
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            _ = chmod(file, 0o600)
        }
    }

    /// Size and kind of what is at `path`; nil when it cannot be read.
    static func info(_ path: String) -> (size: Int, isRegular: Bool)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (Int(info.st_size), (info.st_mode & S_IFMT) == S_IFREG)
    }
}
