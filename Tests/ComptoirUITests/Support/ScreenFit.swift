import Foundation
@testable import ComptoirUI

/// What "a screen fits at 80×24" means, one check at a time, each returning what it saw
/// wrong (nothing when the screen fits).
enum ScreenFit {
    enum Check: String, CaseIterable, Sendable {
        /// The canvas is 80×24.
        case size
        /// Row 0 shows the shop's name and the clock whole.
        case titleBar
        /// The key bar's rows hold the key bar alone, every hint drawn, nothing of the screen.
        case keyBar
        /// The status message shows whole.
        case statusWhole
        /// The screen draws nothing on the rows the status line takes, where it would be hidden.
        case nothingUnderStatus
        /// No text of the screen is cut at the last column.
        case nothingCutAtRightEdge
        /// An overlay's box is whole, inside the screen, below the title bar.
        case overlayBoxWhole
        /// The help lists every key acting on the screen, each line reachable by scrolling.
        case helpWhole
    }

    static let width = 80
    static let height = 24

    static func problems(_ visit: Visit, _ check: Check) -> [String] {
        let state = visit.state
        let canvas = App.view(state)
        guard canvas.width == width, canvas.height == height else {
            return check == .size ? ["\(canvas.width)×\(canvas.height)"] : []
        }
        let hints = App.hints(state)
        let barTop = height - Chrome.keyBarHeight(hints, width: width)
        let statusTop = barTop - max(1, statusLines(state.status).count)
        let box = state.overlay == nil ? nil : overlayBox(canvas)
        func covered(_ x: Int, _ y: Int) -> Bool {
            guard let b = box else { return false }
            return x >= b.x && x < b.x + b.width && y >= b.y && y < b.y + b.height
        }
        switch check {
        case .size:
            return []
        case .titleBar:
            let row = canvas.row(0)
            let clock = Chrome.clock(state.now, state.context.timeZone)
            var found: [String] = []
            if !row.hasPrefix(" Comptoir — \(state.context.shopName)") { found.append("no shop name in « \(row) »") }
            if !row.hasSuffix("\(clock) ") { found.append("no clock at the right of « \(row) »") }
            return found
        case .keyBar:
            var alone = Canvas(width: width, height: height)
            Chrome.keyBar(&alone, hints)
            return (barTop..<height).compactMap { y in
                let differs = (0..<width).contains { x in !covered(x, y) && canvas[x, y] != alone[x, y] }
                return differs ? "key bar row \(y) is « \(canvas.row(y)) », alone « \(alone.row(y)) »" : nil
            }
        case .statusWhole:
            let lines = statusLines(state.status)
            guard !lines.isEmpty, !(statusTop..<barTop).contains(where: { y in (0..<width).contains { covered($0, y) } }) else { return [] }
            let shown = squeezed((statusTop..<barTop).map { canvas.row($0) }.joined(separator: " "))
            let said = squeezed(prefix(state.status) + state.status.text)
            return shown.contains(said) ? [] : ["status « \(said) » shows as « \(shown) »"]
        case .nothingUnderStatus:
            guard state.overlay == nil else { return [] }  // the screen beneath is checked on its own
            var bare = state
            bare.status = StatusLine()
            let under = App.view(bare)
            return (statusTop..<barTop).compactMap { y in
                under.row(y).trimmingCharacters(in: .whitespaces).isEmpty ? nil
                    : "row \(y) « \(under.row(y)) » is under the status line"
            }
        case .nothingCutAtRightEdge:
            // Text ending in the last column is cut when, 20 columns wider, its last word
            // grows or moves on; right-aligned text keeps its last word whole.
            guard state.overlay == nil else { return [] }
            var wide = state
            _ = App.update(&wide, .resize(width: width + 20, height: height))
            let wider = App.view(wide)
            return (2..<statusTop).compactMap { y in
                let cell = canvas[width - 1, y]
                guard cell.character != " ", !isFrame(cell.character) else { return nil }
                let last = canvas.row(y).split(separator: " ").last.map(String.init) ?? ""
                guard !wider.row(y).split(separator: " ").contains(where: { $0 == last }) else { return nil }
                return "row \(y) is cut at the last column: « \(canvas.row(y)) », \(width + 20) wide « \(wider.row(y)) »"
            }
        case .overlayBoxWhole:
            guard state.overlay != nil else { return [] }
            guard let b = box else { return ["no box drawn for \(state.overlay!)"] }
            return b.y >= 1 ? [] : ["the box covers the title bar"]
        case .helpWhole:
            guard state.overlay == .help else { return [] }
            return helpProblems(state)
        }
    }

    /// Scrolls the help to its end a page at a time, and checks every line shows, whole,
    /// and every key acting on the screen beneath is named.
    static func helpProblems(_ state: AppState) -> [String] {
        var state = state
        let all = HelpOverlay.lines(state)
        var seen: [String] = []
        for _ in 0...all.count {
            let canvas = App.view(state)
            seen += (2..<(height - 3)).map { canvas.row($0) }
            let before = state.helpTop
            _ = App.update(&state, .key(.pageDown))
            if state.helpTop == before { break }
        }
        var found: [String] = []
        let shown = seen.joined(separator: "\n")
        for line in all where !line.isEmpty && !shown.contains(line) { found.append("line « \(line) » never shows") }
        if state.overlay != .help { found.append("Pg↓ closed the help") }
        let named = Set(HelpOverlay.rows(App.hints(state, for: .help)).flatMap { row in
            row.keys.replacingOccurrences(of: " ou ", with: ", ").components(separatedBy: ", ")
        })
        for key in HelpKeys.acting(state) where !named.contains(key) { found.append("key \(key) is not in the help") }
        return found
    }

    /// The lines `Chrome.status` draws for `status`.
    static func statusLines(_ status: StatusLine) -> [String] {
        status.text.isEmpty ? [] : Chrome.wrap(" " + prefix(status) + status.text, width: width, indent: "   ", maxLines: 3)
    }

    static func prefix(_ status: StatusLine) -> String {
        switch status.kind {
        case .info: ""
        case .success: "✔ "
        case .error: "✘ "
        }
    }

    static func squeezed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Box drawing and block characters: frames and bars may touch the edge.
    static func isFrame(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy { (0x2500...0x259F).contains($0.value) }
    }

    /// The first whole box (┌┐ over └┘) in reading order.
    static func overlayBox(_ canvas: Canvas) -> (x: Int, y: Int, width: Int, height: Int)? {
        for y in 0..<canvas.height {
            for x in 0..<canvas.width where canvas[x, y].character == "┌" {
                guard let right = (x + 1..<canvas.width).first(where: { canvas[$0, y].character == "┐" }),
                      let bottom = (y + 1..<canvas.height).first(where: { canvas[x, $0].character == "└" }),
                      canvas[right, bottom].character == "┘" else { continue }
                return (x, y, right - x + 1, bottom - y + 1)
            }
        }
        return nil
    }
}
