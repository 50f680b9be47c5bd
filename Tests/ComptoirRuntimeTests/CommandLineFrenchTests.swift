import Foundation
import Testing

/// `comptoir --help`, every command's help and the argument errors are French, with
/// ArgumentParser's exit codes (0 for help, 64 for a usage error). Runs the built binary,
/// which `swift build --build-tests` puts beside the test bundle.
@Suite struct CommandLineFrenchTests {
    static let commands: [[String]] = [
        [], ["caisse"], ["verify"], ["verify-archive"], ["archive"], ["backup"], ["restore"],
        ["users"], ["users", "list"], ["users", "add"], ["users", "role"], ["users", "pin"], ["users", "deactivate"], ["users", "reactivate"],
        ["households"], ["households", "show"], ["households", "purge"],
        ["printer"], ["printer", "test"], ["print"], ["print", "notice"],
        ["import"], ["import", "households"], ["import", "products"],
        ["export"], ["export", "households"], ["export", "products"], ["export", "registre"], ["export", "etiquettes"],
        ["export", "fec"], ["export", "journal"],
        ["stock"], ["stock", "arrival"], ["stock", "correct"], ["stock", "list"], ["stock", "low"],
        ["categories"], ["categories", "list"], ["categories", "set"],
        ["report"], ["report", "epicerie"], ["report", "friperie"], ["report", "day"], ["report", "month"], ["report", "year"],
        ["close"], ["close", "month"], ["close", "year"],
    ]

    static let english = ["OVERVIEW", "USAGE", "SUBCOMMANDS", "(default", "Show help", "Show the version", "See '",
                          "Error:", "Missing expected", "Unknown option", "Unexpected argument", "is invalid", "Usage:",
                          "Help:", "for more information", "<subcommand>", "values:"]

    struct Run { var status: Int32; var out: String; var err: String }

    static var binary: String {
        if let bin = ProcessInfo.processInfo.environment["COMPTOIR_BIN"] { return bin }
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("comptoir").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/debug/comptoir").path
    }

    static func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                   err: String(decoding: errData, as: UTF8.self))
    }

    static func expectFrench(_ text: String, _ command: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for word in english {
            #expect(!text.contains(word), "\(command): « \(word) » in\n\(text)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: commands)
    func helpOfEveryCommandIsFrench(_ command: [String]) throws {
        let run = try Self.run(command + ["--help"])
        #expect(run.status == 0)
        #expect(run.err.isEmpty)
        #expect(run.out.contains("UTILISATION : comptoir"), "\(command): \(run.out)")
        #expect(run.out.contains("Affiche cette aide."))
        Self.expectFrench(run.out, command)
    }

    /// Every `<placeholder>` the help screens show; anything else (ArgumentParser derives
    /// `<first-name>` from the property) is English and fails.
    static let frenchPlaceholders: Set<String> = [
        "commande", "options", "base", "fichier-toml", "année", "années", "prénom", "rôle", "fichier",
        "fichier-zip", "fichier-csv", "archive", "sauvegarde", "numéro:empreinte", "carte", "jour", "mois",
        "présentation", "code", "quantité", "nature", "poids", "raison", "numéro-du-z", "premier-jour",
        "dernier-jour", "box", "dossier", "libellé", "prix", "touche", "famille", "poids-moyen", "codage", "public", "contact",
        "SIREN", "AAAAMMJJ",  // the FEC file's legal name, <SIREN>FEC<AAAAMMJJ>.txt
    ]

    @Test(arguments: commands)
    func placeholdersOfEveryCommandAreFrench(_ command: [String]) throws {
        let run = try Self.run(command + ["--help"])
        let regex = try Regex(#"<([^<> ]+)>"#)
        for match in run.out.matches(of: regex) {
            let name = String(run.out[match.range].dropFirst().dropLast())
            #expect(Self.frenchPlaceholders.contains(name), "\(command): <\(name)> in\n\(run.out)")
        }
    }

    @Test func placeholdersAreFrenchInUsageAndErrors() throws {
        let add = try Self.run(["users", "add", "--help"])
        #expect(add.out.contains("<prénom> [--role <rôle>] [--as <prénom>]"), "\(add.out)")
        #expect(add.out.contains("--as <prénom>"))
        let set = try Self.run(["categories", "set", "--help"])
        #expect(set.out.contains("--average <poids-moyen>"), "\(set.out)")
        #expect(!set.out.contains("<average>"))
    }

    @Test func rootHelpNamesTheCommandsInFrench() throws {
        let run = try Self.run(["--help"])
        #expect(run.out.hasPrefix("DESCRIPTION : La caisse de la boutique solidaire"))
        #expect(run.out.contains("COMMANDES :"))
        #expect(run.out.contains("caisse (par défaut)"))
        #expect(run.out.contains("Aide d'une commande : comptoir help <commande>"))
        let help = try Self.run(["help", "users"])
        #expect(help.status == 0)
        #expect(help.out.contains("UTILISATION : comptoir users"))
        Self.expectFrench(help.out, ["help", "users"])
    }

    @Test func missingArgumentIsFrenchWithExitCode64() throws {
        let run = try Self.run(["users", "add"])
        #expect(run.status == 64)
        #expect(run.out.isEmpty)
        #expect(run.err.hasPrefix("Erreur : il manque l'argument <prénom>"), "\(run.err)")
        #expect(run.err.contains("Utilisation : comptoir users add"))
        #expect(run.err.contains("Pour en savoir plus : comptoir users add --help"))
        Self.expectFrench(run.err, ["users", "add"])
    }

    @Test func unknownOptionUnexpectedArgumentAndMissingValueAreFrench() throws {
        let unknown = try Self.run(["verify", "--bogus"])
        #expect(unknown.status == 64)
        #expect(unknown.err.hasPrefix("Erreur : option inconnue : --bogus"), "\(unknown.err)")
        Self.expectFrench(unknown.err, ["verify", "--bogus"])
        let extra = try Self.run(["nosuch"])
        #expect(extra.status == 64)
        #expect(extra.err.hasPrefix("Erreur : argument en trop : « nosuch »"), "\(extra.err)")
        Self.expectFrench(extra.err, ["nosuch"])
        let noValue = try Self.run(["verify", "--db"])
        #expect(noValue.status == 64)
        #expect(noValue.err.hasPrefix("Erreur : il manque la valeur de --db"), "\(noValue.err)")
        Self.expectFrench(noValue.err, ["verify", "--db"])
    }

    @Test func badValueAndDefaultsAreFrench() throws {
        let run = try Self.run(["archive", "--year", "deux"])
        #expect(run.status == 64)
        #expect(run.err.hasPrefix("Erreur : la valeur « deux » ne convient pas pour --year <année>"), "\(run.err)")
        Self.expectFrench(run.err, ["archive", "--year", "deux"])
        let report = try Self.run(["report", "day", "--help"])
        #expect(report.out.contains("(par défaut : text)"), "\(report.out)")
        let purge = try Self.run(["households", "purge", "--help"])
        #expect(purge.out.contains("(par défaut : réglages"), "\(purge.out)")
    }
}

@Suite struct PrinterTestOutputTests {
    /// Without a printer the first line said « (none, 42 colonnes, cp858) ».
    @Test func printerTestNamesTheLinkInFrench() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("comptoir-printer-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineFrenchTests.binary)
        process.arguments = ["printer", "test", "--db", home + "/base.sqlite"]
        process.environment = ["XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home, "HOME": home, "LANG": "C.UTF-8"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.hasPrefix("Imprimante : aucune (pas de liaison, "), "\(text)")
        #expect(!text.contains("none"))
    }
}

@Suite struct HelpLayoutTests {
    @Test func defaultCommandKeepsTheColumnAndNoLineStartsWithPunctuation() throws {
        let stock = try CommandLineFrenchTests.run(["stock", "--help"])
        let list = try #require(stock.out.split(separator: "\n").first { $0.hasPrefix("  list (par défaut)") })
        let arrival = try #require(stock.out.split(separator: "\n").first { $0.hasPrefix("  arrival ") })
        #expect(list.firstRange(of: "Liste")?.lowerBound.utf16Offset(in: list) == arrival.firstRange(of: "Enregistre")?.lowerBound.utf16Offset(in: arrival))
        let users = try CommandLineFrenchTests.run(["users", "--help"])
        for line in users.out.split(separator: "\n") {
            let body = line.drop { $0 == " " }
            #expect(!(body.first.map { ";:!?»".contains($0) } ?? false), "« \(line) »")
        }
    }
}
