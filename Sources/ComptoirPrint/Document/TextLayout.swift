import ComptoirCore

/// Fixed-width layout of text for the printer: widths count `Character`s, nothing ever
/// goes past the width, and no line ends with spaces.
enum TextLayout {
    /// Makes a user-typed text safe to print: control characters (an ESC in a label would
    /// be a printer command) and runs of whitespace become one space; ends are trimmed.
    static func clean(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for c in text {
            if c.isWhitespace || c.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(c)
            }
        }
        return out
    }

    /// Word-wraps `text` into lines of at most `width` characters; a word longer than the
    /// width is cut. An empty text gives no line.
    static func wrap(_ text: String, width: Int) -> [String] {
        precondition(width > 0, "width must be positive")
        var lines: [String] = []
        var current = ""
        // Glued spaces keep « 12,50 € » and « Total : » on one line (French.gluingSpaces).
        for word in French.gluingSpaces(clean(text)).split(separator: " ") {
            var word = Substring(word)
            if current.isEmpty, word.count <= width {
                current = String(word)
            } else if !current.isEmpty, current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                if !current.isEmpty { lines.append(current); current = "" }
                while word.count > width {
                    lines.append(String(word.prefix(width)))
                    word = word.dropFirst(width)
                }
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.map { French.plainSpaces($0) }
    }

    /// `text` wrapped and centred (the odd space goes to the right, which is not printed).
    static func centred(_ text: String, width: Int) -> [String] {
        wrap(text, width: width).map { spaces((width - $0.count) / 2) + $0 }
    }

    /// `text` right-aligned; cut on the left if it cannot fit.
    static func rightAligned(_ text: String, width: Int) -> String {
        text.count >= width ? String(text.suffix(width)) : spaces(width - text.count) + text
    }

    /// A fixed text on the left and a value on the right of the same line; when both do not
    /// fit, the text (wrapped if needed, after `indent` spaces) and then the value alone.
    static func row(_ left: String, _ right: String, width: Int, indent: Int = 0) -> [String] {
        let lead = spaces(indent)
        if indent + left.count + 1 + right.count <= width {
            return [lead + left + spaces(width - indent - left.count - right.count) + right]
        }
        let leftLines = wrap(left, width: max(1, width - indent)).map { lead + $0 }
        return leftLines + [rightAligned(right, width: width)]
    }

    /// A label wrapped in the column left of `value`, the value right-aligned on its first
    /// line. When the column would be too narrow to read, the label takes the whole width
    /// and the value goes on a line of its own.
    static func labelRow(_ label: String, _ value: String, width: Int, minimumColumn: Int = 10) -> [String] {
        let column = width - value.count - 1
        guard column >= minimumColumn else {
            return wrap(label, width: width) + [rightAligned(value, width: width)]
        }
        var lines = wrap(label, width: column)
        if lines.isEmpty { return [rightAligned(value, width: width)] }
        lines[0] += spaces(width - lines[0].count - value.count) + value
        return lines
    }

    /// A marker such as `DUPLICATA`, framed `*** DUPLICATA ***` when that fits, centred.
    static func marker(_ text: String, width: Int) -> [String] {
        let framed = "*** \(text) ***"
        return centred(framed.count <= width ? framed : text, width: width)
    }

    static func separator(width: Int) -> String { String(repeating: "-", count: width) }

    static func spaces(_ n: Int) -> String { String(repeating: " ", count: max(0, n)) }
}
