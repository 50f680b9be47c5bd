import ComptoirCore
import Foundation

/// The clock of this PC is earlier than an entry already in the journal: tickets would be dated
/// before sales already made (a flat CMOS battery, a date typed wrong). Journaled as
/// `clock.behind` and said in French at start.
public struct ClockBehind: Equatable, Sendable {
    /// Less than this is not a clock put back: two tills' entries a few milliseconds apart,
    /// a small NTP correction.
    public static let tolerance: TimeInterval = 60

    public let lastSeq: Int64
    public let lastAt: Date
    public let now: Date

    /// What the status line (and stderr) say.
    public func message(timeZone: TimeZone) -> String {
        "Attention : l'horloge de ce PC indique le \(Self.french(now, timeZone)), avant une entrée déjà au journal "
            + "(le \(Self.french(lastAt, timeZone))). Corrigez la date et l'heure du PC : c'est noté au journal."
    }

    /// `06/12/2026 à 03:10`, in the shop's time zone.
    static func french(_ date: Date, _ timeZone: TimeZone) -> String {
        let local = Int64(date.timeIntervalSince1970.rounded(.down)) + Int64(timeZone.secondsFromGMT(for: date))
        let seconds = ((local % 86_400) + 86_400) % 86_400
        return CalendarDay(date, in: timeZone).french + String(format: " à %02d:%02d", seconds / 3_600, (seconds % 3_600) / 60)
    }
}
