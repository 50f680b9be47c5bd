/// The help (F1): every key of the current screen, from its key table, in a box that
/// scrolls (↑ ↓ Pg↑ Pg↓ Début Fin); Échap or any other key closes it.
enum HelpOverlay {
    enum Action: Sendable { case up, down, pageUp, pageDown, top, bottom, close }

    static let keys = KeyTable<AppState, Action>([
        KeyBinding(.up, "défiler", .up).hidden,
        KeyBinding(.upDown, "défiler", .down),
        KeyBinding(.pageUp, "page", .pageUp).hidden,
        KeyBinding(.pageDown, "page", .pageDown).hidden,
        KeyBinding(.home, "début", .top).hidden,
        KeyBinding(.end, "fin", .bottom).hidden,
        KeyBinding(.escape, "fermer", .close),
    ])

    /// The width of the keys' column.
    static let keyColumn = 18

    /// F1: the help opens at its first line.
    static func open(_ state: inout AppState) {
        state.overlay = .help
        state.helpTop = 0
    }

    static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
        let rows = rowsShown(state)
        let last = max(0, lines(state).count - rows)
        switch keys.action(for: key, state) {
        case .up?: state.helpTop -= 1
        case .down?: state.helpTop += 1
        case .pageUp?: state.helpTop -= max(1, rows - 1)
        case .pageDown?: state.helpTop += max(1, rows - 1)
        case .top?: state.helpTop = 0
        case .bottom?: state.helpTop = last
        case .close?, nil:
            state.overlay = nil
            state.helpTop = 0
            return []
        }
        state.helpTop = min(max(0, state.helpTop), last)
        return []
    }

    /// Every line of the help at this window's width: the keys of the screen, one row per
    /// action (keys answering the same label merged), then the screen's own remarks.
    static func lines(_ state: AppState) -> [String] {
        let textWidth = state.width - 4 - keyColumn
        var lines: [String] = []
        for row in rows(App.hints(state, for: .help)) {
            var parts = OverlayScreen.wrap(row.text, width: textWidth)
            if row.keys.count >= keyColumn {
                // Many keys for one action: they take their own line.
                lines.append(row.keys)
            } else {
                lines.append(Chrome.pad(row.keys, keyColumn) + parts.removeFirst())
            }
            lines += parts.map { String(repeating: " ", count: keyColumn) + $0 }
        }
        return lines + extra(state)
    }

    /// Hints merged by label: "F10, Alt+X, Ctrl+Q ou Ctrl+C" — "Quitter Comptoir (…)".
    static func rows(_ hints: [KeyHint]) -> [(keys: String, text: String)] {
        var merged: [(keys: [String], label: String, help: String?)] = []
        for hint in hints {
            let names = [hint.key] + (hint.alternative.map { [$0] } ?? [])
            if let i = merged.firstIndex(where: { $0.label == hint.label && ($0.help == nil || hint.help == nil || $0.help == hint.help) }) {
                merged[i].keys += names.filter { !merged[i].keys.contains($0) }
                merged[i].help = merged[i].help ?? hint.help
            } else {
                merged.append((names, hint.label, hint.help))
            }
        }
        return merged.map { (said($0.keys), $0.help ?? $0.label) }
    }

    /// "F4", "F4 ou Suppr", "F2, F3 ou F4".
    static func said(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " ou " + names.last!
    }

    /// The box fills the window between the title bar and the key bar's last row.
    static func frame(_ state: AppState) -> (y: Int, height: Int) {
        (1, state.height - 2)
    }

    /// Lines of help the box shows at once.
    static func rowsShown(_ state: AppState) -> Int {
        max(1, frame(state).height - 4)
    }

    static func draw(_ state: AppState, _ canvas: inout Canvas) {
        let all = lines(state)
        let rows = rowsShown(state)
        let (y, height) = frame(state)
        let width = canvas.width
        let top = min(state.helpTop, max(0, all.count - rows))
        let inner = Chrome.box(&canvas, x: 0, y: y, width: width, height: height, title: "Aide — touches de cet écran")
        for (i, line) in all.dropFirst(top).prefix(rows).enumerated() {
            canvas.put(line, x: inner.x, y: inner.y + i, maxWidth: width - 4)
        }
        if top > 0 { canvas.put("▲", x: width - 2, y: inner.y) }
        if top + rows < all.count { canvas.put("▼", x: width - 2, y: inner.y + rows - 1) }
        let footer: String
        if all.count > rows {
            let end = min(all.count, top + rows)
            footer = "↑↓ Pg↑ Pg↓ : défiler (lignes \(top + 1) à \(end) sur \(all.count))   Échap : fermer"
        } else {
            footer = "Échap ou une autre touche : fermer l'aide."
        }
        canvas.put(footer, x: inner.x, y: y + height - 2, style: .bold, maxWidth: width - 4)
    }

    private static func extra(_ state: AppState) -> [String] {
        switch state.screen {
        case .sale:
            return [
                "",
                "Code + Entrée     ajoute l'article (scanner, code, ou n° de catégorie)",
                "3*1 + Entrée      ajoute 3 articles de la catégorie 1",
                "Entrée (vide)     encaisse le ticket",
                "B07 4,50 + Entrée article du box B07 à étiquette manuscrite",
            ]
        case .payment:
            return ["", "Entrée sans montant : le client donne le compte juste."]
        default:
            return []
        }
    }
}
