import Foundation

/// The tools a treasurer or an administrator would use (`hledger`, `sha256sum`,
/// `sqlite3`), run as separate processes, as from the shell.
enum Tool {
    /// The wall-clock time of `times` runs of `name` (found in the PATH), output discarded;
    /// nil when the tool is missing or fails.
    static func run(_ name: String, _ arguments: [String], times: Int) -> Samples? {
        let clock = ContinuousClock()
        var samples = Samples()
        for _ in 0..<times {
            let start = clock.now
            guard launch(name, arguments, output: FileHandle.nullDevice) else { return nil }
            samples.append(clock.now - start)
        }
        return samples
    }

    /// Runs `name` once with its standard output into a new file at `path`.
    static func write(_ name: String, _ arguments: [String], to path: String) -> Bool {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let output = FileHandle(forWritingAtPath: path) else { return false }
        defer { try? output.close() }
        return launch(name, arguments, output: output)
    }

    private static func launch(_ name: String, _ arguments: [String], output: FileHandle) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
