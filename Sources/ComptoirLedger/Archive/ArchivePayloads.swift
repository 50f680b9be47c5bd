/// Journal payload of `archive.key`: the public half of a new sealing key.
struct ArchiveKeyPayload: Codable, Equatable {
    var publicKey: String

    enum CodingKeys: String, CodingKey {
        case publicKey = "public_key"
    }
}

/// Journal payload of `archive.sealed`: which archive was written, and the hash of its manifest.
struct ArchiveSealedPayload: Codable, Equatable {
    var year: Int
    var file: String
    var manifestSha256: String
    var firstSeq: Int64
    var lastSeq: Int64

    enum CodingKeys: String, CodingKey {
        case year, file
        case manifestSha256 = "manifest_sha256"
        case firstSeq = "first_seq"
        case lastSeq = "last_seq"
    }
}
