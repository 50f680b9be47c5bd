// Covers the cases EffectPerformer answers itself: readScale without a scale, quit, and the
// name a refusal is logged under (the feature and case, never a value such as a PIN).
import Foundation
import Logging
import Testing
import ComptoirCore
import ComptoirLedger
import ComptoirUI
@testable import ComptoirRuntime

@Suite struct DispatchTests {
    @Test func aReadingWithoutScaleSaysToTypeTheWeight() throws {
        let shop = try RuntimeShop()
        #expect(shop.perform(.readScale)
            == [.scaleAnswered(grams: nil, problem: "Aucune balance n'est configurée (scale.port) : tapez le poids.")])
    }

    @Test func quitIsLeftToTheLoop() throws {
        let shop = try RuntimeShop()
        #expect(shop.perform(.quit) == [])
        #expect(try shop.ledger.currentSession(till: RuntimeShop.till) != nil)
    }

    @Test func aRefusalIsLoggedUnderItsFeatureAndCase() throws {
        LogCapture.install()
        let shop = try RuntimeShop()
        _ = shop.perform(.stock(.recordStock(code: "LOG-NOPE", kind: .purchase, quantity: 1, weightGrams: nil, reason: nil,
                                             operatorId: shop.volunteer.id)))
        let entry = LogCapture.entries.last { $0.metadata["raison"]?.contains("LOG-NOPE") == true }
        #expect(entry?.message == "refus")
        #expect(entry?.metadata["effet"] == "stock.recordStock")
    }

    @Test func anApprovalIsLoggedUnderItsFeatureOnlyWithoutThePin() throws {
        LogCapture.install()
        let shop = try RuntimeShop()
        _ = shop.perform(.closing(.cashDrop(Money(cents: 2_000), shop.approval("8642", reason: "dépôt"))))
        // Other suites log refusals too, in parallel: every one must name a feature only.
        let refusals = LogCapture.entries.filter { $0.message == "code responsable refusé" }
        #expect(refusals.contains { $0.metadata["effet"] == "closing" })
        #expect(refusals.allSatisfy { entry in
            entry.metadata["effet"].map { !$0.contains("(") && !$0.contains("8642") && !$0.contains(".") } ?? false
        })
    }
}

/// Keeps what the runtime logs, for the tests that read it back. Installed once per
/// process (swift-log allows one bootstrap); only entries with metadata are kept.
final class LogCapture: LogHandler, @unchecked Sendable {
    struct Entry: Sendable {
        let message: String
        let metadata: [String: String]
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var stored: [Entry] = []
    private static let installed: Void = { LoggingSystem.bootstrap { _ in LogCapture() } }()

    static func install() { _ = installed }

    static var entries: [Entry] { lock.withLock { stored } }

    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        guard let values = event.metadata, !values.isEmpty else { return }
        let entry = Entry(message: "\(event.message)", metadata: values.mapValues { "\($0)" })
        Self.lock.withLock { Self.stored.append(entry) }
    }
}
