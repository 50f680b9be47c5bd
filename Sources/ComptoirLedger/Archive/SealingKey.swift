import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The shop's Ed25519 key that signs its archives. The private half lives in a 0600 file
/// beside the base, never inside it: a copy of the base (a backup) must not be able to
/// sign. The public half is journaled (`archive.key`), so that an archive is checked
/// against the shop's own journal and not only against the key it carries.
public struct SealingKey {
    let privateKey: Curve25519.Signing.PrivateKey

    /// Base64 of the 32 raw bytes, as written in the manifest.
    public var publicKey: String { privateKey.publicKey.rawRepresentation.base64EncodedString() }

    /// `3f2a 91c0 …`: the first 16 bytes of the key's SHA-256, to read aloud or compare.
    public static func fingerprint(publicKey: String) -> String {
        let hex = Hex.string(SHA256.hash(data: Data(base64Encoded: publicKey) ?? Data()))
        return stride(from: 0, to: 32, by: 4).map { i in
            String(hex.dropFirst(i).prefix(4))
        }.joined(separator: " ")
    }

    func sign(_ bytes: some DataProtocol) throws -> Data { try privateKey.signature(for: bytes) }

    /// The key in `path`, or a new one written there (0600, never over an existing file).
    static func loadOrCreate(path: String) throws -> (key: SealingKey, created: Bool) {
        if let text = try? String(contentsOfFile: path, encoding: .utf8) {
            guard let raw = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)),
                  let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else {
                throw LedgerError.refused("La clé de scellement « \(path) » est illisible : restaurez-la depuis sa copie de sauvegarde, "
                    + "ou déplacez-la pour qu'une nouvelle clé soit créée (les archives déjà faites restent vérifiables).")
            }
            return (SealingKey(privateKey: key), false)
        }
        let key = Curve25519.Signing.PrivateKey()
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw LedgerError.refused("Impossible de créer la clé de scellement « \(path) » (\(String(cString: strerror(errno)))).")
        }
        defer { close(fd) }
        _ = fchmod(fd, 0o600)
        let bytes = Array((key.rawRepresentation.base64EncodedString() + "\n").utf8)
        guard write(fd, bytes, bytes.count) == bytes.count, fsync(fd) == 0 else {
            unlink(path)
            throw LedgerError.refused("Impossible d'écrire la clé de scellement « \(path) » (\(String(cString: strerror(errno)))).")
        }
        return (SealingKey(privateKey: key), true)
    }

    static func isValid(signature: Data, of bytes: Data, publicKey: String) -> Bool {
        guard let raw = Data(base64Encoded: publicKey),
              let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else { return false }
        return key.isValidSignature(signature, for: bytes)
    }
}
