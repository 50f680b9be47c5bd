import Foundation

/// How a ticket number is shown and printed. In training mode the copy keeps the real
/// tickets; its own start after `trainingBase` (the last real number at copy time) and are
/// shown `F-1`, `F-2`… so a practice ticket is never taken for a real one.
public enum TicketName {
    public static func format(_ number: Int64, trainingBase: Int64?) -> String {
        guard let base = trainingBase, number > base else { return "\(number)" }  // copied real tickets keep theirs
        return "F-\(number - base)"
    }

    /// The ticket number a volunteer typed: `12`, or in training `F-1` or `1` (the first
    /// practice ticket). Nil when it is no ticket number.
    public static func parse(_ text: String, trainingBase: Int64?) -> Int64? {
        var digits = Substring(text.trimmingCharacters(in: .whitespaces))
        let practice = digits.uppercased().hasPrefix("F-")
        if practice { digits = digits.dropFirst(2) }
        guard let n = Int64(digits), n > 0, practice ? trainingBase != nil : true else { return nil }
        return trainingBase.map { $0 + n } ?? n
    }
}
