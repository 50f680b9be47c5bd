import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file the user names (an export, the FEC, an archive, a backup), written so that a
/// mistyped name or a planted link never destroys anything:
/// - an existing file is refused unless `replace` (`--force`);
/// - a symbolic link at the name is always refused, and nothing is opened through one;
/// - even with `replace`, the base, its `-wal`/`-shm`, its key, its lock and the witness are
///   refused, by path (another spelling of the folder) and by device and inode (a hard link);
/// - the bytes go to a temporary file beside the target (same folder, so same disk), which
///   is renamed into place only once complete: a full disk never leaves half a file;
/// - the file is 0600. Every export holds names (households, sellers, depositors, the
///   vendors in the FEC and the journal, the operators in an archive) or the shop's
///   accounts, so all of them are private: one honest rule rather than a list to keep true.
public struct SafeOutputFile: Sendable {
    /// The target, as it will be named.
    public let path: String
    /// The temporary file beside it, renamed to `path` by `commit`.
    public let temporaryPath: String
    public let replace: Bool
    let protected: [String]
    /// The option that allows replacing, named in the refusal; nil where nothing is ever replaced.
    let forceOption: String?

    /// Checks the target (see `check`) and chooses a temporary name; creates nothing.
    public init(path: String, replace: Bool, protected: [String], forceOption: String? = "--force") throws {
        self.path = path
        self.replace = replace
        self.protected = protected
        self.forceOption = forceOption
        try Self.check(path, replace: replace, protected: protected, forceOption: forceOption)
        var random = SystemRandomNumberGenerator()
        temporaryPath = path + ".partiel-" + String(random.next() as UInt32, radix: 16)
    }

    /// Refuses, with a French message, a target this type would not write: checked before a
    /// PIN is asked for or a long export is read, and again just before the rename.
    public static func check(_ path: String, replace: Bool, protected: [String], forceOption: String? = "--force") throws {
        let name = (path as NSString).lastPathComponent
        guard !name.isEmpty, name != ".", name != ".." else {
            throw LedgerError.refused("« \(path) » n'est pas un nom de fichier : rien n'a été écrit.")
        }
        let folder = folder(of: path)
        var folderInfo = stat()
        guard stat(folder, &folderInfo) == 0, (folderInfo.st_mode & S_IFMT) == S_IFDIR else {
            throw LedgerError.refused("Le dossier « \(folder) » n'existe pas : vérifiez le chemin ou branchez la clé USB. Rien n'a été écrit.")
        }
        let canonical = canonicalPath(path)
        for file in protected where canonicalPath(file) == canonical {
            throw baseFile(path)
        }
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            throw LedgerError.refused("« \(path) » est un lien symbolique : Comptoir n'écrit jamais à travers un lien. "
                + "Rien n'a été écrit ; choisissez un autre nom.")
        }
        guard replace else {
            throw LedgerError.refused("Le fichier « \(path) » existe déjà : choisissez un autre nom"
                + (forceOption.map { ", ou ajoutez \($0) pour le remplacer" } ?? " (il n'est jamais remplacé)") + ". Rien n'a été écrit.")
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw LedgerError.refused("« \(path) » n'est pas un fichier ordinaire (dossier, périphérique…) : il n'est pas remplacé. "
                + "Rien n'a été écrit.")
        }
        for file in protected {
            var other = stat()
            if stat(file, &other) == 0, other.st_dev == info.st_dev, other.st_ino == info.st_ino { throw baseFile(path) }
        }
    }

    /// Creates the temporary file, 0600, refusing anything already there (a link included).
    /// The caller writes to the descriptor (or lets another library write to the path),
    /// closes it, then calls `commit` or `discard`.
    public func createTemporary() throws -> Int32 {
        let fd = open(temporaryPath, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Self.failure("n'a pas pu être créé", path, errno) }
        // The umask may have removed bits; never more than the owner either.
        _ = fchmod(fd, 0o600)
        return fd
    }

    /// Gives the complete temporary file its name. Without `replace`, a hard link makes the
    /// name appear only if it is still free (atomic); a file system without hard links (a
    /// FAT USB key) gets a rename after one last check. With `replace`, the target is
    /// checked again (a link may have been planted meanwhile) and replaced by the rename,
    /// which never writes through a link nor into the replaced file's other names.
    public func commit() throws {
        do {
            try Self.check(path, replace: replace, protected: protected, forceOption: forceOption)
            if !replace, link(temporaryPath, path) == 0 {
                unlink(temporaryPath)
            } else if !replace, errno == EEXIST {
                try Self.check(path, replace: false, protected: protected, forceOption: forceOption)  // the French refusal
                throw Self.failure("n'a pas pu être nommé", path, EEXIST)
            } else if rename(temporaryPath, path) != 0 {
                throw Self.failure("n'a pas pu être nommé", path, errno)
            }
        } catch {
            discard()
            throw error
        }
        Self.syncFolder(of: path)
    }

    /// Removes the temporary file (after an error).
    public func discard() {
        unlink(temporaryPath)
    }

    /// Writes `bytes` as the whole file: temporary file, flushed to disk, then renamed.
    public static func write(_ bytes: [UInt8], to path: String, replace: Bool, protected: [String]) throws {
        let file = try SafeOutputFile(path: path, replace: replace, protected: protected)
        let fd = try file.createTemporary()
        var offset = 0
        var failed: Int32?
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { failed = n < 0 ? errno : ENOSPC; break }
            offset += n
        }
        if failed == nil, fsync(fd) != 0 { failed = errno }
        // close can be the first to report a deferred write error (NFS, some USB keys).
        if close(fd) != 0, failed == nil { failed = errno }
        if let failed {
            file.discard()
            throw LedgerError.refused("« \(path) » n'a pas pu être écrit en entier (\(String(cString: strerror(failed)))) : "
                + "le disque est peut-être plein. Rien n'a été écrit, un fichier existant est resté tel quel.")
        }
        try file.commit()
    }

    // MARK: - Paths

    /// The folder of `path` ("." for a bare name).
    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// The folder resolved (links, `..`, another spelling) followed by the name: two
    /// spellings of one file's place compare equal even when the file does not exist yet
    /// (a `-wal` that SQLite would take for its own).
    static func canonicalPath(_ path: String) -> String {
        let folder = folder(of: path)
        let resolved = realpath(folder, nil).map { pointer in
            defer { free(pointer) }
            return String(cString: pointer)
        } ?? URL(fileURLWithPath: folder).standardizedFileURL.path
        return (resolved as NSString).appendingPathComponent((path as NSString).lastPathComponent)
    }

    private static func baseFile(_ path: String) -> LedgerError {
        LedgerError.refused("« \(path) » est la base de Comptoir ou l'un de ses fichiers (journal -wal, clé, témoin) : "
            + "il n'est jamais remplacé, même avec --force. Rien n'a été écrit ; choisissez un autre nom.")
    }

    private static func failure(_ what: String, _ path: String, _ code: Int32) -> LedgerError {
        LedgerError.refused("Le fichier « \(path) » \(what) (\(String(cString: strerror(code)))) : vérifiez le dossier. "
            + "Rien n'a été écrit.")
    }

    /// So that the rename itself survives a power cut; a folder that refuses it is no error.
    private static func syncFolder(of path: String) {
        let fd = open(folder(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}
