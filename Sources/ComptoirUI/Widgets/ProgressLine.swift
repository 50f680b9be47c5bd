import ComptoirCore

/// The line of a progress bar for long work at the command line (an archive of a year):
/// `Journal  [██████████░░░░░░░░░░]  50 %  100 000 / 200 000`, at most `width` columns.
public enum ProgressLine {
    public static func text(_ title: String, done: Int, total: Int, width: Int = 80) -> String {
        let total = max(total, 1), done = min(max(done, 0), total)
        let percent = done * 100 / total
        let counts = "\(Thousands.grouped(done)) / \(Thousands.grouped(total))"
        let fixed = title.count + 2 + 2 + 2 + 5 + 2 + counts.count  // title, "  [", "]", "  100 %", "  counts"
        let bar = max(10, min(40, width - fixed))
        let filled = done * bar / total
        let percentText = String(repeating: " ", count: 3 - String(percent).count) + "\(percent) %"
        return "\(title)  [" + String(repeating: "█", count: filled) + String(repeating: "░", count: bar - filled) + "]  "
            + percentText + "  " + counts
    }
}
