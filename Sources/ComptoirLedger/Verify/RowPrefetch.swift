import Foundation
import GRDB

/// A table's rows read on a reader of their own (another core), handed over in batches to
/// the walk that consumes them (the journal's entries, through `ChainWalk`; the ticket lines,
/// through a `Lookahead`: `verify` spent a quarter of its walk reading them). A few batches
/// ahead at most, so memory stays flat.
final class RowPrefetch<Element: VerifyRows.Row>: @unchecked Sendable {
    private static var batchSize: Int { 256 }
    private static var batchesAhead: Int { 2 }

    private let condition = NSCondition()
    private var queued: [[Element]] = []
    private var finished = false
    private var failure: (any Error)?
    private var cancelled = false
    private var head: JournalHead?
    private var headRead = false
    /// The consumer's own batch, outside the lock.
    private var batch: [Element] = []
    private var index = 0

    /// The journal's last entry as this reader saw it (waiting for it to be read): the walk
    /// checks it read the same state. nil when the reader failed first.
    var journalHead: JournalHead? {
        condition.lock()
        defer { condition.unlock() }
        while !headRead && !finished { condition.wait() }
        return head
    }

    /// Reads the whole table (on the reader's thread), unless cancelled first. `inspect`
    /// sees each row before it is handed over; false ends the table there, that row left out.
    func produce(_ db: Result<Database, any Error>, inspect: ((Element) -> Bool)? = nil) {
        do {
            let db = try db.get()
            let head = try JournalHead.read(db)
            condition.withLock {
                self.head = head
                headRead = true
                condition.broadcast()
            }
            let statement = try db.makeStatement(sql: Element.sql)
            let cursor = try Row.fetchCursor(statement)
            var rows: [Element] = []
            rows.reserveCapacity(Self.batchSize)
            while try cursor.next() != nil {
                let row = Element(statement.sqliteStatement)
                if let inspect, !inspect(row) { break }
                rows.append(row)
                if rows.count == Self.batchSize {
                    guard push(rows) else { return }
                    rows.removeAll(keepingCapacity: true)
                }
            }
            if !rows.isEmpty { _ = push(rows) }
            finish(nil)
        } catch {
            finish(error)
        }
    }

    /// The walk is over (or stopped): the reader stops too.
    func cancel() {
        condition.withLock {
            cancelled = true
            condition.broadcast()
        }
    }

    /// The next row, nil after the last; the reader's error when it failed.
    func next() throws -> Element? {
        while index == batch.count {
            condition.lock()
            while queued.isEmpty && !finished { condition.wait() }
            guard !queued.isEmpty else {
                let failure = self.failure
                condition.unlock()
                if let failure { throw failure }
                return nil
            }
            batch = queued.removeFirst()
            index = 0
            condition.broadcast()
            condition.unlock()
        }
        index += 1
        return batch[index - 1]
    }

    private func push(_ rows: [Element]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queued.count >= Self.batchesAhead && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        queued.append(rows)
        condition.broadcast()
        return true
    }

    private func finish(_ error: (any Error)?) {
        condition.withLock {
            finished = true
            failure = error
            condition.broadcast()
        }
    }
}

/// The journal's last entry (number and hash): two readers that see the same one read the
/// same journal, which only grows, and so the same rows (every row comes with its entry).
struct JournalHead: Equatable {
    var seq: Int64
    var hash: String

    static func read(_ db: Database) throws -> JournalHead? {
        try Row.fetchOne(db, sql: "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1").map {
            JournalHead(seq: $0.safeInt("seq") ?? Int64.min, hash: $0.safeText("hash") ?? "")
        }
    }
}
