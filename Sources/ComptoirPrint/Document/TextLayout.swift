import ComptoirCore

/// Fixed-width layout of text for the printer: widths are printed widths (`PrintedWidth`,
/// bytes after transliteration), nothing ever goes past the width, and no line ends with
/// spaces.
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

    /// Word-wraps `text` into lines of at most `width` printed columns; a word longer than
    /// the width is cut. An empty text gives no line.
    static func wrap(_ text: String, width: Int) -> [String] {
        precondition(width > 0, "width must be positive")
        var lines: [String] = []
        var current = ""
        // Glued spaces keep « 12,50 € » and « Total : » on one line (French.gluingSpaces).
        for word in French.gluingSpaces(clean(text)).split(separator: " ") {
            var word = Substring(word)
            if current.isEmpty, PrintedWidth.of(word) <= width {
                current = String(word)
            } else if !current.isEmpty, PrintedWidth.of(current) + 1 + PrintedWidth.of(word) <= width {
                current += " " + word
            } else {
                if !current.isEmpty { lines.append(current); current = "" }
                while PrintedWidth.of(word) > width {
                    // At least one character, even one that prints wider than the width.
                    var head = PrintedWidth.prefix(word, width: width)
                    if head.isEmpty { head = word.prefix(1) }
                    lines.append(String(head))
                    word = word[head.endIndex...]
                }
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.map { French.plainSpaces($0) }
    }

    /// `text` wrapped and centred (the odd space goes to the right, which is not printed).
    static func centred(_ text: String, width: Int) -> [String] {
        wrap(text, width: width).map { spaces((width - PrintedWidth.of($0)) / 2) + $0 }
    }

    /// `text` right-aligned; cut on the left if it cannot fit.
    static func rightAligned(_ text: String, width: Int) -> String {
        let printed = PrintedWidth.of(text)
        return printed >= width ? String(PrintedWidth.suffix(Substring(text), width: width)) : spaces(width - printed) + text
    }

    /// A fixed text on the left and a value on the right of the same line; when both do not
    /// fit, the text (wrapped if needed, after `indent` spaces) and then the value alone.
    static func row(_ left: String, _ right: String, width: Int, indent: Int = 0) -> [String] {
        let lead = spaces(indent)
        let (l, r) = (PrintedWidth.of(left), PrintedWidth.of(right))
        if indent + l + 1 + r <= width {
            return [lead + left + spaces(width - indent - l - r) + right]
        }
        let leftLines = wrap(left, width: max(1, width - indent)).map { lead + $0 }
        return leftLines + [rightAligned(right, width: width)]
    }

    /// A label wrapped in the column left of `value`, the value right-aligned on its first
    /// line. When the column would be too narrow to read, the label takes the whole width
    /// and the value goes on a line of its own.
    static func labelRow(_ label: String, _ value: String, width: Int, minimumColumn: Int = 10) -> [String] {
        let column = width - PrintedWidth.of(value) - 1
        guard column >= minimumColumn else {
            return wrap(label, width: width) + [rightAligned(value, width: width)]
        }
        var lines = wrap(label, width: column)
        if lines.isEmpty { return [rightAligned(value, width: width)] }
        lines[0] += spaces(width - PrintedWidth.of(lines[0]) - PrintedWidth.of(value)) + value
        return lines
    }

    /// A marker such as `DUPLICATA`, framed `*** DUPLICATA ***` when that fits, centred.
    static func marker(_ text: String, width: Int) -> [String] {
        let framed = "*** \(text) ***"
        return centred(PrintedWidth.of(framed) <= width ? framed : text, width: width)
    }

    static func separator(width: Int) -> String { String(repeating: "-", count: width) }

    static func spaces(_ n: Int) -> String { String(repeating: " ", count: max(0, n)) }
}
