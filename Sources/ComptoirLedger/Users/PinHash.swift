import Crypto
import _CryptoExtras

/// A PIN as stored: `pbkdf2-sha256$<rounds>$<salt hex>$<key hex>`, 16-byte random salt,
/// 32-byte key. The rounds travel with the hash so that raising them later keeps old
/// PINs valid.
enum PinHash {
    static let scheme = "pbkdf2-sha256"

    static func make(pin: String, rounds: Int) throws -> String {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let key = try derive(pin: pin, salt: salt, rounds: rounds)
        return "\(scheme)$\(rounds)$\(Hex.string(salt))$\(Hex.string(key))"
    }

    /// True when `pin` matches `stored`; false for a malformed hash.
    static func matches(pin: String, stored: String) -> Bool {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == scheme, let rounds = Int(parts[1]), rounds >= 1,
              let salt = Hex.bytes(String(parts[2])), let expected = Hex.bytes(String(parts[3])),
              expected.count == 32,
              let key = try? derive(pin: pin, salt: salt, rounds: rounds) else { return false }
        return constantTimeEqual(key, expected)
    }

    private static func derive(pin: String, salt: [UInt8], rounds: Int) throws -> [UInt8] {
        let key = try KDF.Insecure.PBKDF2.deriveKey(
            from: Array(pin.utf8), salt: salt, using: .sha256, outputByteCount: 32,
            unsafeUncheckedRounds: rounds)
        return key.withUnsafeBytes { Array($0) }
    }

    /// Compares every byte whatever the first difference, so timing tells nothing.
    private static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var diff: UInt8 = 0
        for i in a.indices { diff |= a[i] ^ b[i] }
        return diff == 0
    }
}
