import Foundation
import Logging
import ComptoirCore
import ComptoirLedger

/// The opened shop: configuration, ledger, and whether it is the demo.
struct Shop {
    let config: Configuration
    let ledger: Ledger
    let databasePath: String
    let isDemo: Bool
    /// Demo only: user id → PIN, shown on the login screen.
    let demoPins: [Int64: String]?

    var tillName: String { config.tillName }

    static func open(_ options: CommonOptions) throws -> Shop {
        let config = try Configuration.forCommand(options)
        FileLogHandler.bootstrap(path: config.logFile ?? DataFolder.defaultLog, level: config.logLevel)
        let path = options.db.map(Configuration.expandHome)
            ?? (options.demo ? DataFolder.demoDatabase : (config.databasePath ?? DataFolder.defaultDatabase))
        let ledger: Ledger
        do {
            ledger = try Ledger.open(path: path, pinRounds: config.pinRounds)
        } catch let error as LedgerError {
            throw Failure(error.message)
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
        Logger(label: "comptoir").info("base ouverte", metadata: ["path": "\(path)", "demo": "\(options.demo)"])
        return Shop(config: config, ledger: ledger, databasePath: path, isDemo: options.demo, demoPins: pins)
    }
}
