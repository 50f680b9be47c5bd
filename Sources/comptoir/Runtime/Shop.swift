import Foundation
import Logging
import ComptoirCore
import ComptoirLedger
import ComptoirRuntime

/// The opened shop: configuration, ledger, and whether it is the demo.
struct Shop {
    let config: Configuration
    let ledger: Ledger
    let databasePath: String
    let isDemo: Bool
    /// Demo only: user id → PIN, shown on the login screen.
    let demoPins: [Int64: String]?

    var tillName: String { config.tillName }

    /// How a command may treat the base.
    enum Access {
        /// Reads only: the base must exist; nothing is created or written (a read-only disk is fine).
        case readOnly
        /// Writes; creates a base only where no earlier one left a trace (first start).
        case write
        /// The till's explicit first start (`--nouvelle-base`): creates a base even so.
        case newBase
    }

    /// The base the options name.
    static func databasePath(_ options: CommonOptions, _ config: Configuration) -> String {
        let path = options.db.map(Configuration.expandHome)
            ?? (options.demo ? DataFolder.demoDatabase : (config.databasePath ?? DataFolder.defaultDatabase))
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Opens the base; with `checkTypes`, refuses one whose master data hold values of the
    /// wrong type (changed with sqlite3), naming them, rather than crash on them later.
    /// A command that writes checks the clock against the journal (`clock.behind`, said on
    /// stderr); the till does it itself (`clockCheck: false`), to say it on its status line.
    static func open(_ options: CommonOptions, access: Access = .write, checkTypes: Bool = true, clockCheck: Bool = true) throws -> Shop {
        var config = try Configuration.forCommand(options)
        FileLogHandler.bootstrap(path: config.logFile ?? DataFolder.defaultLog, level: config.logLevel)
        let path = databasePath(options, config)
        let ledger: Ledger
        do {
            // The demo keeps creating its base silently, whatever the command.
            if access == .readOnly && !options.demo {
                ledger = try Ledger.openReadOnly(path: path)
            } else {
                if !options.demo, access != .newBase, !Ledger.exists(path: path) {
                    let traces = EarlierBase.traces(of: path, config: config)
                    if !traces.isEmpty { throw EarlierBase.missing(path, traces: traces, config: config) }
                }
                // The demo's entries never go to the shop's witness.
                ledger = try Ledger.open(path: path, pinRounds: config.pinRounds, witness: options.demo ? nil : witness(config))
            }
            if checkTypes { try ledger.checkStoredTypes() }
        } catch let error as LedgerError {
            throw Failure(error.message)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure("Impossible d'ouvrir la base « \(path) » : \(error.localizedDescription)")
        }
        var pins: [Int64: String]?
        if options.demo {
            do {
                if try !ledger.hasUsers() { try DemoShop.seed(ledger, till: config.tillName) }
                let users = try ledger.users(includeInactive: false)
                pins = [:]
                for demo in DemoShop.users {
                    if let user = users.first(where: { $0.firstName == demo.firstName }) { pins?[user.id] = demo.pin }
                }
            } catch let error as LedgerError {
                throw Failure(error.message)
            }
        }
        // Receipts, closings, FEC and archives use the ledger's shop settings.
        do {
            if access == .readOnly && !options.demo {
                _ = try? config.loadShopSettings(from: ledger, seeding: false)
            } else {
                try config.loadShopSettings(from: ledger, seeding: true)
            }
        } catch let error as LedgerError {
            throw Failure(error.message)
        }
        if clockCheck, access != .readOnly,
           let behind = try? ledger.checkClock(till: config.tillName) {
            FileHandle.standardError.write(Data((behind.message(timeZone: ledger.timeZone) + "\n").utf8))
        }
        Logger(label: "comptoir").info("base ouverte", metadata: ["path": "\(path)", "demo": "\(options.demo)"])
        return Shop(config: config, ledger: ledger, databasePath: path, isDemo: options.demo, demoPins: pins)
    }

    /// The configured witness; a line it could not write goes to the log (the sale is committed).
    static func witness(_ config: Configuration) -> WitnessFile? {
        config.witnessPath.map { path in
            WitnessFile(path: path) { message in Logger(label: "comptoir").error("témoin", metadata: ["raison": "\(message)"]) }
        }
    }
}
