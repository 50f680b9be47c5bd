#if canImport(Glibc)
import Glibc
#endif

/// glibc gives each thread that allocates its own malloc arena (up to 8 per core), and
/// freed memory stays in the arena that held it: `verify`, whose walks run on three
/// readers side by side, peaked 30 MB higher than on one. The programs call this first,
/// before any thread starts; two arenas keep the readers from queueing on one lock.
public enum MallocArenas {
    /// glibc's `M_ARENA_MAX` (malloc.h, which Swift's Glibc module does not import).
    private static let arenaMax: Int32 = -8

    @discardableResult
    public static func limit(to arenas: Int32 = 2) -> Bool {
        #if canImport(Glibc)
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        // RTLD_DEFAULT (a null handle): the process's own libc.
        guard let symbol = dlsym(nil, "mallopt") else { return false }
        return unsafeBitCast(symbol, to: Mallopt.self)(arenaMax, arenas) == 1
        #else
        return false
        #endif
    }
}
