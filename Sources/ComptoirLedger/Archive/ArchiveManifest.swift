import Foundation

/// What a sealed archive holds and the SHA-256 of each of its files. Its text is what the
/// shop's key signs; the file lines are in `sha256sum` format, so that an auditor can check
/// the extracted files with `sha256sum -c` alone.
public struct ArchiveManifest: Hashable, Sendable {
    public struct File: Hashable, Sendable {
        public var name: String
        public var sha256: String
    }

    public var shopName: String
    public var siret: String
    public var year: Int
    /// True when the year's closing (`comptoir close year`) was written before the archive.
    public var yearClosed: Bool
    public var firstSeq: Int64
    public var lastSeq: Int64
    /// The hash the first entry chains to: the last one of the year before, or the shop's fingerprint.
    public var previousHash: String
    public var lastHash: String
    public var createdAt: String
    public var publicKey: String
    public var files: [File]

    public var entries: Int64 { lastSeq - firstSeq + 1 }

    private enum Label {
        static let title = "Comptoir : archive scellée"
        static let shop = "Boutique", siret = "SIRET", year = "Exercice", closed = "Exercice clôturé"
        static let entries = "Écritures", previous = "Chaînage précédent", last = "Dernière empreinte"
        static let created = "Créée le", key = "Clé publique Ed25519"
    }

    public var text: String {
        let fields = [
            (Label.shop, shopName), (Label.siret, siret), (Label.year, String(year)), (Label.closed, yearClosed ? "oui" : "non"),
            (Label.entries, "n° \(firstSeq) à n° \(lastSeq)"), (Label.previous, previousHash), (Label.last, lastHash),
            (Label.created, createdAt), (Label.key, publicKey),
        ]
        var out = Label.title + "\n"
        for (label, value) in fields { out += "\(label) : \(Self.oneLine(value))\n" }
        out += "\n"
        for file in files { out += "\(file.sha256)  \(file.name)\n" }
        return out
    }

    /// Reads back exactly what `text` writes; nil for anything else.
    public static func parse(_ text: String) -> ArchiveManifest? {
        let parts = text.components(separatedBy: "\n\n")
        guard parts.count == 2, text.hasSuffix("\n") else { return nil }
        var head = parts[0].components(separatedBy: "\n")
        guard head.first == Label.title else { return nil }
        head.removeFirst()
        var values: [String: String] = [:]
        for line in head {
            guard let range = line.range(of: " : ") else { return nil }
            values[String(line[..<range.lowerBound])] = String(line[range.upperBound...])
        }
        let range = values[Label.entries]?.replacingOccurrences(of: "n° ", with: "").components(separatedBy: " à ")
        guard let shop = values[Label.shop], let siret = values[Label.siret], let year = values[Label.year].flatMap({ Int($0) }),
              let closed = values[Label.closed], closed == "oui" || closed == "non",
              let range, range.count == 2, let first = Int64(range[0]), let last = Int64(range[1]), first >= 1, last >= first,
              let previous = values[Label.previous], let lastHash = values[Label.last], let created = values[Label.created],
              let key = values[Label.key], values.count == 9 else { return nil }
        var files: [File] = []
        for line in parts[1].dropLast().components(separatedBy: "\n") {
            guard let range = line.range(of: "  "), line[..<range.lowerBound].count == 64 else { return nil }
            files.append(File(name: String(line[range.upperBound...]), sha256: String(line[..<range.lowerBound])))
        }
        let manifest = ArchiveManifest(shopName: shop, siret: siret, year: year, yearClosed: closed == "oui", firstSeq: first,
                                       lastSeq: last, previousHash: previous, lastHash: lastHash, createdAt: created,
                                       publicKey: key, files: files)
        return manifest.text == text ? manifest : nil
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
