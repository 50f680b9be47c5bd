import Foundation

/// CSV files for the import and export commands.
enum CSVFile {
    static func read(_ path: String) throws -> Data {
        let path = Configuration.expandHome(path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure("Le fichier « \(path) » est introuvable ou illisible : vérifiez le chemin. Rien n'a été importé.")
        }
        return data
    }

    /// Refuses at once a file that `write` would refuse, before a PIN is asked for.
    static func checkFree(_ path: String, replace: Bool) throws {
        let path = Configuration.expandHome(path)
        if !replace, FileManager.default.fileExists(atPath: path) { throw exists(path) }
    }

    private static func exists(_ path: String) -> Failure {
        Failure("Le fichier « \(path) » existe déjà : choisissez un autre nom, ou ajoutez --force pour le remplacer.")
    }

    /// Writes a new file, readable by its owner only when `personal` (the households'
    /// file holds their situation). An existing file is kept unless `replace`: a mistyped
    /// name must not overwrite the base or another export.
    static func write(_ bytes: [UInt8], to path: String, replace: Bool, personal: Bool) throws {
        let path = Configuration.expandHome(path)
        let mode: mode_t = personal ? 0o600 : 0o644
        let fd = Glibc.open(path, O_WRONLY | O_CREAT | (replace ? O_TRUNC : O_EXCL), mode)
        guard fd >= 0 else {
            if errno == EEXIST { throw exists(path) }
            throw Failure("Impossible d'écrire « \(path) » (\(String(cString: strerror(errno)))) : vérifiez le dossier.")
        }
        defer { Glibc.close(fd) }
        if personal { fchmod(fd, mode) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            guard n > 0 else {
                throw Failure("« \(path) » n'a pas pu être écrit en entier (\(String(cString: strerror(errno)))) : le disque est peut-être plein.")
            }
            offset += n
        }
    }
}
