import ComptoirLedger

/// Runs a ledger call; its refusal becomes a `Failure` with the ledger's French message.
@discardableResult
func ledgerCall<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as LedgerError {
        throw Failure(error.message)
    }
}
