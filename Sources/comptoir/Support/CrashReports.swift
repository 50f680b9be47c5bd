import Foundation
import ComptoirRuntime

/// Sends Swift's crash report to a file in the data folder instead of the screen: at the
/// till a crash must not leave an interactive English debugger prompt for a volunteer.
/// The runtime reads `SWIFT_BACKTRACE` only at start, so the program re-executes itself
/// once with the variable set.
enum CrashReports {
    static var folder: String { DataFolder.path + "/plantages" }

    static func routeToDataFolder() {
        guard ProcessInfo.processInfo.environment["SWIFT_BACKTRACE"] == nil else { return }
        guard (try? FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])) != nil
        else { return }
        setenv("SWIFT_BACKTRACE", "interactive=no,output-to=\(folder)", 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // execv only returns on failure: run on, with the default crash report.
    }
}
