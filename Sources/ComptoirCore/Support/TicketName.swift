/// How a ticket number is shown and printed. In training mode the copy keeps the real
/// tickets; its own start after `trainingBase` (the last real number at copy time) and are
/// shown `F-1`, `F-2`… so a practice ticket is never taken for a real one.
public enum TicketName {
    public static func format(_ number: Int64, trainingBase: Int64?) -> String {
        guard let base = trainingBase, number > base else { return "\(number)" }  // copied real tickets keep theirs
        return "F-\(number - base)"
    }
}
