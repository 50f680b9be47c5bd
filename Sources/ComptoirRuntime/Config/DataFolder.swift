import Foundation

/// Where Comptoir keeps its database and log: `$XDG_DATA_HOME/comptoir`, or
/// `~/.local/share/comptoir`. Private to the user (0700).
public enum DataFolder {
    public static var path: String {
        let env = ProcessInfo.processInfo.environment
        if let xdg = env["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/comptoir" }
        return home + "/.local/share/comptoir"
    }

    /// `$HOME`, else the account's home: Foundation's NSHomeDirectory() ignores `$HOME`.
    public static var home: String {
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty { return home }
        return NSHomeDirectory()
    }

    public static var defaultDatabase: String { path + "/comptoir.sqlite" }
    public static var demoDatabase: String { path + "/demo.sqlite" }
    public static var defaultLog: String { path + "/comptoir.log" }

    /// Creates the folder of `file` with mode 0700 if it is missing.
    public static func prepare(forFile file: String) throws {
        let dir = (file as NSString).deletingLastPathComponent
        guard !dir.isEmpty, !FileManager.default.fileExists(atPath: dir) else { return }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }
}
