import ComptoirUI

/// The second layer of a golden screen: the style of every cell, one code per cell, so a
/// selection in reverse video or a message in the error colour is tested, not only text.
///
///     80x24, one code per cell, trailing plain cells left out
///     . plain
///     R reverse
///     T bold white on blue
///     --
///     TTTTTTTT…        (one line per screen row, aligned with the .txt file)
///
/// The legend lists only the styles the screen uses. The usual styles keep the same code in
/// every file (see `fixedCodes`); any other style takes the next free lowercase letter, in
/// reading order.
struct StyleLayer: Equatable, CustomStringConvertible {
    struct ParseError: Error, CustomStringConvertible {
        let description: String
    }

    let width: Int
    let height: Int
    /// Code and style, in the legend's order.
    let legend: [(code: Character, style: Style)]
    /// One code per cell, every row `width` long.
    let rows: [[Character]]

    /// Codes every file gives the same style; the first is the blank cell's.
    static let fixedCodes: [(code: Character, style: Style)] = [
        (".", .plain),
        ("B", .bold),
        ("D", Style(dim: true)),
        ("U", Style(underline: true)),
        ("R", .reverse),  // also .selected and .keyBar
        ("H", Style(bold: true, reverse: true)),
        ("T", .title),
        ("Y", .banner),
        ("M", Style(bold: true, foreground: .white, background: .magenta)),
        ("E", .error),
        ("S", .success),
    ]
    static let freeCodes = Array("abcdefghijklmnopqrstuvwxyz0123456789")

    init(_ canvas: Canvas) {
        var extra: [(code: Character, style: Style)] = []
        var code: [Style: Character] = [:]
        for (c, s) in Self.fixedCodes { code[s] = c }
        var used: Set<Style> = []
        var rows: [[Character]] = []
        for y in 0..<canvas.height {
            var row: [Character] = []
            for x in 0..<canvas.width {
                let style = canvas[x, y].style
                used.insert(style)
                if code[style] == nil {
                    precondition(extra.count < Self.freeCodes.count, "more styles on one screen than codes")
                    code[style] = Self.freeCodes[extra.count]
                    extra.append((Self.freeCodes[extra.count], style))
                }
                row.append(code[style]!)
            }
            rows.append(row)
        }
        width = canvas.width
        height = canvas.height
        legend = Self.fixedCodes.filter { used.contains($0.style) } + extra
        self.rows = rows
    }

    /// Reads a layer back from its text.
    init(parsing text: String) throws {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        guard let header = lines.first, let size = header.split(separator: ",").first,
              case let wh = size.split(separator: "x"), wh.count == 2, let w = Int(wh[0]), let h = Int(wh[1]) else {
            throw ParseError(description: "the first line must start with the size, as « 80x24, »")
        }
        guard let end = lines.firstIndex(of: "--") else { throw ParseError(description: "no « -- » line after the legend") }
        var legend: [(code: Character, style: Style)] = []
        for line in lines[1..<end] {
            guard let code = line.first, line.dropFirst().first == " ",
                  let style = Self.style(named: String(line.dropFirst(2))) else {
                throw ParseError(description: "legend line « \(line) » is not « <code> <style> »")
            }
            legend.append((code, style))
        }
        let known = Dictionary(legend.map { ($0.code, $0.style) }, uniquingKeysWith: { a, _ in a })
        let body = lines[(end + 1)...]
        guard body.count == h else { throw ParseError(description: "\(body.count) rows for a height of \(h)") }
        var rows: [[Character]] = []
        for (y, line) in body.enumerated() {
            guard line.count <= w else { throw ParseError(description: "row \(y) is wider than \(w)") }
            if let unknown = line.first(where: { known[$0] == nil && $0 != "." }) {
                throw ParseError(description: "row \(y) uses « \(unknown) », not in the legend")
            }
            rows.append(Array(line) + Array(repeating: ".", count: w - line.count))
        }
        width = w
        height = h
        self.legend = legend.contains { $0.code == "." } ? legend : [(".", .plain)] + legend
        self.rows = rows
    }

    /// The file's text: header, legend, `--`, then each row without its trailing plain cells.
    var description: String {
        var lines = ["\(width)x\(height), one code per cell, trailing plain cells left out"]
        lines += legend.map { "\($0.code) \(Self.name($0.style))" }
        lines.append("--")
        for row in rows {
            var line = String(row)
            while line.last == "." { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func style(x: Int, y: Int) -> Style {
        let code = rows[y][x]
        return legend.first { $0.code == code }?.style ?? .plain
    }

    /// The codes of row `y`, full width: `layer.codes(row: 3)`.
    func codes(row y: Int) -> String { String(rows[y]) }

    /// The code this layer gives `style`, if the screen uses it.
    func code(of style: Style) -> Character? { legend.first { $0.style == style }?.code }

    /// Same size and same style in every cell, whatever the codes.
    static func == (a: StyleLayer, b: StyleLayer) -> Bool {
        guard a.width == b.width, a.height == b.height else { return false }
        return firstDifference(a, b) == nil
    }

    /// The first cell, in reading order, whose style differs.
    static func firstDifference(_ a: StyleLayer, _ b: StyleLayer) -> (x: Int, y: Int)? {
        for y in 0..<min(a.height, b.height) {
            for x in 0..<min(a.width, b.width) where a.style(x: x, y: y) != b.style(x: x, y: y) {
                return (x, y)
            }
        }
        return nil
    }

    // MARK: Style names

    static let colors: [String: Style.Color] = Dictionary(
        uniqueKeysWithValues: (UInt8.min...UInt8.max).compactMap(Style.Color.init(rawValue:)).map { ("\($0)", $0) })

    /// « plain », or the attributes then the colours: « bold white on blue ».
    static func name(_ style: Style) -> String {
        var words: [String] = []
        if style.bold { words.append("bold") }
        if style.dim { words.append("dim") }
        if style.underline { words.append("underline") }
        if style.reverse { words.append("reverse") }
        if style.foreground != .normal { words.append("\(style.foreground)") }
        if style.background != .normal { words += ["on", "\(style.background)"] }
        return words.isEmpty ? "plain" : words.joined(separator: " ")
    }

    static func style(named name: String) -> Style? {
        var style = Style.plain
        var words = name.split(separator: " ").map(String.init)[...]
        if words == ["plain"] { return style }
        while let word = words.popFirst() {
            switch word {
            case "bold": style.bold = true
            case "dim": style.dim = true
            case "underline": style.underline = true
            case "reverse": style.reverse = true
            case "on":
                guard let next = words.popFirst(), let color = colors[next] else { return nil }
                style.background = color
            default:
                guard let color = colors[word] else { return nil }
                style.foreground = color
            }
        }
        return name.isEmpty ? nil : style
    }
}
