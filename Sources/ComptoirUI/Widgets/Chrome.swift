import Foundation
import ComptoirCore

/// The parts every screen shares: title bar, status line, key bar, boxes.
public enum Chrome {
    /// Title bar on row 0: shop name on the left, `right` on the right.
    public static func titleBar(_ canvas: inout Canvas, left: String, right: String) {
        canvas.fill(x: 0, y: 0, width: canvas.width, height: 1, style: .title)
        canvas.put(" " + left, x: 0, y: 0, style: .title, maxWidth: canvas.width - right.count - 2)
        canvas.put(right + " ", x: max(0, canvas.width - right.count - 1), y: 0, style: .title)
    }

    /// Demo banner on row 1, so nobody takes the demo for the real till.
    public static func demoBanner(_ canvas: inout Canvas) {
        let text = "DÉMONSTRATION — les ventes ne comptent pas"
        canvas.fill(x: 0, y: 1, width: canvas.width, height: 1, style: .banner)
        canvas.put(text, x: max(0, (canvas.width - text.count) / 2), y: 1, style: .banner)
    }

    /// Training banner on row 1 of every screen: nobody takes a practice sale for a real one.
    public static func trainingBanner(_ canvas: inout Canvas) {
        let text = "MODE FORMATION — ventes fictives, hors de la vraie caisse"
        let style = Style(bold: true, foreground: .white, background: .magenta)
        canvas.fill(x: 0, y: 1, width: canvas.width, height: 1, style: style)
        canvas.put(text, x: max(0, (canvas.width - text.count) / 2), y: 1, style: style)
    }

    public static func status(_ canvas: inout Canvas, _ status: StatusLine, y: Int) {
        guard !status.text.isEmpty else { return }
        let style: Style
        let prefix: String
        switch status.kind {
        case .info: style = .plain; prefix = ""
        case .success: style = .success; prefix = "✔ "
        case .error: style = .error; prefix = "✘ "
        }
        let lines = wrap(" " + prefix + status.text, width: canvas.width, indent: "   ", maxLines: 3)
        // A long message takes the rows above rather than being cut.
        for (i, line) in lines.enumerated() {
            let row = y - (lines.count - 1) + i
            canvas.fill(x: 0, y: row, width: canvas.width, height: 1)
            canvas.put(line, x: 0, y: row, style: style, maxWidth: canvas.width)
        }
    }

    /// Splits text at spaces into at most `maxLines` lines of `width`; the last one is cut.
    /// Never at a space that French keeps (before `€ : ; ! ? »`, after `«`), unless a word
    /// group alone is wider than the line.
    static func wrap(_ text: String, width: Int, indent: String, maxLines: Int) -> [String] {
        var lines: [String] = []
        var rest = Substring(French.gluingSpaces(text))
        while !rest.isEmpty {
            let room = lines.isEmpty ? width : width - indent.count
            let prefix = lines.isEmpty ? "" : indent
            if rest.count <= room || lines.count == maxLines - 1 {
                lines.append(prefix + rest.prefix(room))
                break
            }
            let window = rest.prefix(room)
            let cut = window.lastIndex(of: " ") ?? window.endIndex
            lines.append(prefix + rest[..<cut])
            rest = rest[cut...].drop { $0 == " " }
        }
        return lines.map { French.plainSpaces($0) }
    }

    /// Key bar on the last rows: each key in reverse video, its label after it. Wraps onto
    /// the rows above when the hints don't fit on one.
    public static func keyBar(_ canvas: inout Canvas, _ hints: [KeyHint]) {
        var rows: [[KeyHint]] = [[]]
        var used = 0
        for hint in hints {
            let w = hint.key.count + hint.label.count + 3
            if used + w > canvas.width, !rows[rows.count - 1].isEmpty {
                rows.append([])
                used = 0
            }
            rows[rows.count - 1].append(hint)
            used += w
        }
        for (i, row) in rows.enumerated() {
            let y = canvas.height - rows.count + i
            var x = 0
            for hint in row {
                x = canvas.put(hint.key, x: x, y: y, style: .keyBar)
                x = canvas.put(" " + hint.label + "  ", x: x, y: y)
            }
        }
    }

    /// Number of rows `keyBar` takes at this width.
    public static func keyBarHeight(_ hints: [KeyHint], width: Int) -> Int {
        var rows = 1, used = 0
        for hint in hints {
            let w = hint.key.count + hint.label.count + 3
            if used + w > width, used > 0 { rows += 1; used = 0 }
            used += w
        }
        return rows
    }

    /// A framed box with a title, cleared inside. Returns the inner origin.
    @discardableResult
    public static func box(_ canvas: inout Canvas, x: Int, y: Int, width w: Int, height h: Int,
                           title: String) -> (x: Int, y: Int) {
        canvas.fill(x: x, y: y, width: w, height: h)
        canvas.put("┌" + String(repeating: "─", count: w - 2) + "┐", x: x, y: y)
        for row in (y + 1)..<(y + h - 1) {
            canvas.put("│", x: x, y: row)
            canvas.put("│", x: x + w - 1, y: row)
        }
        canvas.put("└" + String(repeating: "─", count: w - 2) + "┘", x: x, y: y + h - 1)
        canvas.put(" \(title) ", x: x + 2, y: y, style: .bold)
        return (x + 2, y + 1)
    }

    /// Text padded or cut to exactly `width` characters.
    public static func pad(_ text: String, _ width: Int) -> String {
        // A longer name is cut with « … » (French.truncated), never silently.
        let text = text.count > width ? French.truncated(text, width: width) : text
        if text.count >= width { return text }
        return text + String(repeating: " ", count: width - text.count)
    }

    /// Text right-aligned in `width` characters.
    public static func right(_ text: String, _ width: Int) -> String {
        if text.count >= width { return String(text.suffix(width)) }
        return String(repeating: " ", count: width - text.count) + text
    }

    /// "23/11/2026 18:05" in the shop's time zone.
    public static func clock(_ date: Date, _ timeZone: TimeZone) -> String {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = timeZone
        let c = cal.dateComponents([.day, .month, .year, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { let v = n ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(two(c.day))/\(two(c.month))/\(c.year ?? 0) \(two(c.hour)):\(two(c.minute))"
    }
}
