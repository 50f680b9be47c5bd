import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tells a restore that tills have the base open: each running till holds a shared
/// `flock` on `<base>.caisses` for as long as it runs, and a restore takes it exclusively
/// without waiting. The kernel drops a lock with its process, so a till that crashed
/// never blocks a restore.
public final class TillLock: Sendable {
    private let fd: Int32

    private init(fd: Int32) { self.fd = fd }

    deinit { close(fd) }

    public static func path(for base: String) -> String { base + ".caisses" }

    /// A till's lock. Refused while a restore replaces the base.
    public static func shared(for base: String) throws -> TillLock {
        try take(base, LOCK_SH, busy: .refused("Une restauration de la base est en cours : attendez qu'elle soit finie, puis relancez Comptoir."))
    }

    /// A restore's lock. Refused while a till runs on the base.
    static func exclusive(for base: String) throws -> TillLock {
        try take(base, LOCK_EX, busy: .tillOpen)
    }

    private static func take(_ base: String, _ operation: Int32, busy: LedgerError) throws -> TillLock {
        let path = path(for: base)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw LedgerError.storage("impossible d'ouvrir \(path) (\(String(cString: strerror(errno))))")
        }
        guard flock(fd, operation | LOCK_NB) == 0 else {
            let code = errno
            close(fd)
            if code == EWOULDBLOCK { throw busy }
            throw LedgerError.storage("impossible de verrouiller \(path) (\(String(cString: strerror(code))))")
        }
        return TillLock(fd: fd)
    }
}
