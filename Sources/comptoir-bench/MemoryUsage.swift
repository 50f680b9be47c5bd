import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's memory, as the kernel counts it.
enum MemoryUsage {
    /// Peak resident set since the start, or since `resetPeak` (Linux `VmHWM`), in bytes.
    static func peakResident() -> Int? { statusField("VmHWM:") ?? maxResidentSinceStart() }

    /// Current resident set (Linux `VmRSS`), in bytes.
    static func resident() -> Int? { statusField("VmRSS:") }

    /// `getrusage` peak, in bytes: never reset, and on Linux it survives `execve`, so
    /// under `swift run` it is the peak of `swift run` itself. Only where /proc is missing.
    private static func maxResidentSinceStart() -> Int? {
        var usage = rusage()
        #if os(Linux)
        let who = __rusage_who_t(RUSAGE_SELF.rawValue)
        #else
        let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return nil }
        #if os(Linux)
        return Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
        #else
        return Int(usage.ru_maxrss)  // bytes on macOS
        #endif
    }

    /// Restarts `VmHWM` from the current resident set (Linux ≥ 4.0), so that the peak of
    /// the measures is not the peak of the generation that came before. False elsewhere.
    @discardableResult
    static func resetPeak() -> Bool {
        #if os(Linux)
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do { try handle.write(contentsOf: Data("5".utf8)) } catch { return false }
        return true
        #else
        return false
        #endif
    }

    /// A `kB` line of `/proc/self/status`.
    private static func statusField(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let digits = line.dropFirst(name.count).filter(\.isNumber)
            return Int(digits).map { $0 * 1024 }
        }
        return nil
    }
}
