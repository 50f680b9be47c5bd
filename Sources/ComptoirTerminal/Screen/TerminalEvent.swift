import ComptoirUI

/// What `Terminal.nextEvent(timeoutMilliseconds:)` reports.
public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    /// The terminal changed size; the UI redraws a canvas of this size.
    case resize(width: Int, height: Int)
}
