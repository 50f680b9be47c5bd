import ComptoirCore
import Foundation

/// The friperie's back door (Alt+B from the sale screen, "Pesées"): each bag weighed in
/// as a donation or out as an outflow, quickly one after the other; the last weighings and
/// this month's kilograms beside the form; a donation receipt on request (F6); the year's
/// figures as a chart (F7).
enum FriperieScreen {
    enum FormAction: Sendable { case nextField, previousField, enter, direction, scale, record, receipt, chart, label, back }
    enum ChartAction: Sendable { case previousYear, nextYear, close }

    /// The first binding answering to a key wins; the keys of no binding choose in the field.
    static let formKeys = KeyTable<FriperieKeysContext, FormAction>([
        KeyBinding(.tab, "Champ", help: "Tab, ↓ ou ↑ : champ suivant ou précédent ; ← → ou le chiffre : choisir", .nextField),
        KeyBinding(.down, "Champ suivant", .nextField).hidden,
        KeyBinding(.backTab, "Champ précédent", .previousField).hidden,
        KeyBinding(.up, "Champ précédent", .previousField).hidden,
        KeyBinding(.enter, "Champ suivant", .enter).hidden,
        KeyBinding(.function(2), alt: .alt("s"), "Don / sortie", help: "Passe d'un don reçu à une sortie, et inversement", .direction),
        // Without a scale the key says to type the weight.
        KeyBinding(.function(4), alt: .alt("b"), "Balance", help: "Lit le poids posé sur la balance", .scale)
            .shown { $0.context.hasScale },
        KeyBinding(.function(5), alt: .alt("e"), "Enregistrer", help: "Enregistre la pesée (ou Entrée sur le dernier champ)", .record),
        KeyBinding(.function(6), alt: .alt("r"), "Reçu de don", help: "Imprime le reçu du dernier don enregistré sur cet écran", .receipt),
        KeyBinding(.function(7), alt: .alt("g"), "Chiffres", help: "Les kilos de l'année, mois par mois, en graphique", .chart),
        // Only where [barcodes] gives a weight prefix: the till reads such labels.
        KeyBinding(.function(8), alt: .alt("t"), "Étiquette", help: "Imprime l'étiquette à code-barres d'un sac pesé, au prix d'une catégorie au kilo", .label)
            .when { $0.context.labelFormat != nil },
        KeyBinding(.escape, "Retour à la vente", .back),
    ])

    /// The first binding answering to a key wins: ← is taken before "←→".
    static let chartKeys = KeyTable<FriperieKeysContext, ChartAction>([
        KeyBinding(.left, "Année précédente", .previousYear).hidden,
        KeyBinding(.leftRight, "Autre année", help: "Les chiffres de l'année précédente ou suivante", .nextYear),
        KeyBinding(.escape, alt: .function(7), "Retour aux pesées", .close),
        KeyBinding(.alt("g"), "Retour aux pesées", .close).hidden,
    ])

    static func hints(_ friperie: FriperieState, _ context: FriperieContext, for place: KeyPlaces) -> [KeyHint] {
        let keys = FriperieKeysContext(friperie: friperie, context: context)
        if friperie.chart { return chartKeys.hints(keys, for: place) }
        return friperie.label != nil ? labelKeys.hints(keys, for: place) : formKeys.hints(keys, for: place)
    }

    static func open(_ friperie: inout FriperieState, _ context: FriperieContext) -> ([Effect], [FriperieOutput]) {
        friperie = FriperieState()
        return ([.friperie(.loadFriperie)],
                [.show, .status(.info("Pesée d'un don ou d'une sortie : famille, poids, provenance, Entrée."))])
    }

    // MARK: - update

    static func handle(_ friperie: inout FriperieState, _ context: FriperieContext, _ key: Key) -> ([Effect], [FriperieOutput]) {
        if friperie.chart { return handleChart(&friperie, context, key) }
        if friperie.label != nil { return handleLabel(&friperie, context, key) }
        let fields = FriperieState.Field.allCases
        switch formKeys.action(for: key, FriperieKeysContext(friperie: friperie, context: context)) {
        case .back?:
            let typed = !friperie.weight.trimmed.isEmpty
            return ([], [.backToSale, .status(typed ? .info("Pesée en cours abandonnée : rien n'a été enregistré.") : StatusLine())])
        case .direction?:
            return ([], switchDirection(&friperie))
        case .scale?: return askScale(&friperie, context)
        case .record?: return record(&friperie, context)
        case .receipt?: return printReceipt(friperie, context)
        case .chart?: return openChart(&friperie, context)
        case .label?: return openLabel(&friperie, context)
        case .nextField?:
            friperie.focus = fields[(friperie.focus.rawValue + 1) % fields.count]
            return ([], [])
        case .previousField?:
            friperie.focus = fields[(friperie.focus.rawValue + fields.count - 1) % fields.count]
            return ([], [])
        case .enter?:
            guard friperie.focus == .party else {
                friperie.focus = fields[friperie.focus.rawValue + 1]
                return ([], [])
            }
            return record(&friperie, context)
        case nil:
            break
        }
        var outputs: [FriperieOutput] = []
        switch friperie.focus {
        case .direction:
            if key == .left || key == .right || key == .char(" ") {
                outputs = switchDirection(&friperie)
            }
        case .family:
            let families = FriperieFamily.allCases
            if let i = choose(key, current: families.firstIndex(of: friperie.family) ?? 0, count: families.count,
                              what: "Famille", &outputs) {
                friperie.family = families[i]
            }
        case .weight:
            _ = friperie.weight.handle(key)
        case .place:
            if let i = choose(key, current: friperie.placeIndex, count: friperie.placeCount,
                              what: friperie.direction == .intake ? "Provenance" : "Destination", &outputs) {
                friperie.placeIndex = i
            }
        case .party:
            _ = friperie.party.handle(key)
        }
        return ([], outputs)
    }

    /// ← → or Espace step through a choice; a digit picks one. nil when the key changes nothing.
    private static func choose(_ key: Key, current: Int, count: Int, what: String, _ outputs: inout [FriperieOutput]) -> Int? {
        switch key {
        case .right, .char(" "): return (current + 1) % count
        case .left: return (current + count - 1) % count
        case .char(let c) where c.isNumber:
            guard let n = c.wholeNumberValue, (1...count).contains(n) else {
                outputs.append(.status(.error("\(what) : tapez un chiffre de 1 à \(count), ou choisissez avec ← →.")))
                return nil
            }
            return n - 1
        default: return nil
        }
    }

    private static func switchDirection(_ friperie: inout FriperieState) -> [FriperieOutput] {
        let intake = friperie.direction == .outflow
        friperie.direction = intake ? .intake : .outflow
        return [.status(.info(intake ? "Don reçu : choisissez la provenance." : "Sortie : choisissez où elle va (déchets, recyclage, une association…)."))]
    }

    private static func askScale(_ friperie: inout FriperieState, _ context: FriperieContext) -> ([Effect], [FriperieOutput]) {
        guard context.hasScale else {
            friperie.focus = .weight
            return ([], [.status(.error("Pas de balance branchée à cette caisse : tapez le poids, par exemple 12,5."))])
        }
        friperie.readingScale = true
        friperie.focus = .weight
        return ([.readScale], [.status(.info("Lecture de la balance…"))])
    }

    /// F5, or Entrée on the last field: the weighing, checked before it is sent.
    private static func record(_ friperie: inout FriperieState, _ context: FriperieContext) -> ([Effect], [FriperieOutput]) {
        guard let user = context.user else { return ([], []) }
        let form = friperie
        let grams: Int
        switch typedGrams(&friperie, context) {
        case .success(let typed): grams = typed
        case .failure(let refusal): return ([], [.status(.error(refusal.message))])
        }
        let intake = form.direction == .intake
        let flow = FriperieFlow(direction: form.direction, family: form.family, grams: grams,
                                origin: intake ? form.origin : nil, destination: intake ? nil : form.destination,
                                party: form.party.trimmed, at: context.now)
        if let problem = flow.problem {
            friperie.focus = .weight
            return ([], [.status(.error(problem))])
        }
        return ([.friperie(.recordFlow(flow, operatorId: user.id))], [.status(.info("Enregistrement…"))])
    }

    /// The weight field read as grams; a French refusal (and the focus on the field) when
    /// it is empty or not a weight.
    static func typedGrams(_ friperie: inout FriperieState, _ context: FriperieContext) -> Result<Int, WeightRefusal> {
        let text = friperie.weight.trimmed
        let example = "tapez les kilos, par exemple 12,5" + (context.hasScale ? " (ou F4 : la balance)." : ".")
        guard !text.isEmpty else {
            friperie.focus = .weight
            return .failure(WeightRefusal(message: "Poids : " + example))
        }
        guard let grams = Grams.parseKilograms(text) else {
            friperie.focus = .weight
            return .failure(WeightRefusal(message: "« \(text) » n'est pas un poids : " + example))
        }
        return .success(grams)
    }

    struct WeightRefusal: Error { let message: String }

    private static func printReceipt(_ friperie: FriperieState, _ context: FriperieContext) -> ([Effect], [FriperieOutput]) {
        guard let user = context.user else { return ([], []) }
        guard let last = friperie.lastRecorded else {
            return ([], [.status(.error("Aucun don enregistré sur cet écran : enregistrez le don, puis F6 pour son reçu."))])
        }
        guard last.direction == .intake else {
            return ([], [.status(.error("La dernière pesée est une sortie : le reçu ne se donne que pour un don."))])
        }
        return ([.friperie(.printDonationReceipt(last, operatorId: user.id))], [.status(.info("Impression du reçu de don…"))])
    }

    private static func openChart(_ friperie: inout FriperieState, _ context: FriperieContext) -> ([Effect], [FriperieOutput]) {
        friperie.chart = true
        return showYear(&friperie, context.thisYear)
    }

    private static func showYear(_ friperie: inout FriperieState, _ year: Int) -> ([Effect], [FriperieOutput]) {
        friperie.chartYear = year
        friperie.figures = nil
        return ([.friperie(.loadFriperieFigures(year: year))],
                [.status(.info("Vendus : pesés à la caisse, ou à la pièce au poids moyen de la catégorie."))])
    }

    private static func handleChart(_ friperie: inout FriperieState, _ context: FriperieContext, _ key: Key) -> ([Effect], [FriperieOutput]) {
        let thisYear = context.thisYear
        switch chartKeys.action(for: key, FriperieKeysContext(friperie: friperie, context: context)) {
        case .close?:
            friperie.chart = false
            return ([], [.status(.info("Retour aux pesées."))])
        case .previousYear?:
            return showYear(&friperie, friperie.chartYear - 1)
        case .nextYear?:
            guard friperie.chartYear < thisYear else {
                return ([], [.status(.info("\(thisYear) est l'année en cours : pas de chiffres après elle."))])
            }
            return showYear(&friperie, friperie.chartYear + 1)
        case nil:
            return ([], [])
        }
    }

    static func receive(_ friperie: inout FriperieState, _ msg: FriperieMsg) -> [FriperieOutput] {
        switch msg {
        case .friperieLoaded(let recent, let month):
            friperie.recent = recent
            friperie.month = month
        case .flowRecorded(let flow, let recent, let month):
            friperie.recent = recent
            friperie.month = month
            friperie.lastRecorded = flow
            // The next bag is of the same kind, most of the time: only its weight changes.
            friperie.weight.clear()
            friperie.party.clear()
            friperie.focus = .weight
            return [.status(.success(recorded(flow)))]
        case .friperieFiguresLoaded(let figures):
            guard friperie.chart, figures.year == friperie.chartYear else { return [] }
            friperie.figures = figures
        }
        return []
    }

    /// The scale's answer to F4 on the back door's weight field.
    static func scaleAnswered(_ friperie: inout FriperieState, grams: Int?, problem: String?) -> [FriperieOutput] {
        guard friperie.readingScale else { return [] }
        friperie.readingScale = false
        guard let grams, grams > 0 else {
            // An older weight left in the field would be recorded by F5 as if just read.
            friperie.weight.clear()
            friperie.focus = .weight
            return [.status(.error(problem ?? "La balance n'a pas donné de poids : tapez-le, par exemple 12,5."))]
        }
        guard grams <= FriperieFlow.maximumGrams else {
            return [.status(.error("\(Grams.kilograms(Int64(grams))) : ce poids n'est pas plausible ; vérifiez la balance."))]
        }
        friperie.weight = TextField(FriperieLabels.kilos(grams), maxLength: friperie.weight.maxLength)
        friperie.focus = .weight
        return [.status(.info("Balance : \(Grams.kilograms(Int64(grams))). F5 : enregistrer."))]
    }

    /// `Don de 12,500 kg (Chaussures, particulier) enregistré.`
    static func recorded(_ flow: FriperieFlow) -> String {
        let weight = Grams.kilograms(Int64(flow.grams))
        let family = flow.family.label
        switch flow.direction {
        case .intake:
            let origin = (flow.origin?.label ?? DonationOrigin.autre.label).lowercased()
            return "Don de \(weight) (\(family), \(origin)) enregistré. F6 : reçu de don."
        case .outflow:
            let destination = (flow.destination?.label ?? OutflowDestination.autre.label).lowercased()
            let party = flow.party.isEmpty ? "" : " : \(flow.party)"
            return "Sortie de \(weight) (\(family), \(destination)\(party)) enregistrée."
        }
    }

    // MARK: - view

    /// `keyBarHeight`: the rows the app's key bar takes at the bottom.
    static func view(_ friperie: FriperieState, _ context: FriperieContext, keyBarHeight: Int, _ canvas: inout Canvas) {
        if friperie.chart {
            FriperieChart.view(friperie, context, keyBarHeight: keyBarHeight, &canvas)
            return
        }
        let bottom = canvas.height - keyBarHeight - 3
        let panelX = canvas.width - 32
        // The form keeps a blank column before the separator.
        drawForm(friperie, &canvas, width: panelX - 5)
        for y in 2...bottom { canvas.put("│", x: panelX - 2, y: y) }
        drawRecent(friperie, context, &canvas, x: panelX, bottom: bottom - 5)
        drawMonth(friperie, context, &canvas, x: panelX, y: bottom - 3)
        if let label = friperie.label { drawLabel(label, context, &canvas) }
    }

    private static func drawForm(_ form: FriperieState, _ canvas: inout Canvas, width: Int) {
        let intake = form.direction == .intake
        canvas.put("Pesées de la friperie", x: 2, y: 2, style: .bold)
        let labels: [FriperieState.Field: String] = [
            .direction: "Sens", .family: "Famille", .weight: "Poids (kg)",
            .place: intake ? "Provenance" : "Destination", .party: intake ? "Donateur" : "Reçu par",
        ]
        let familyNumber = (FriperieFamily.allCases.firstIndex(of: form.family) ?? 0) + 1
        let placeLabel = intake ? form.origin.label : form.destination.label
        let fieldX = 16, fieldWidth = min(28, width - fieldX)
        for field in FriperieState.Field.allCases {
            let y = 4 + field.rawValue
            let focused = form.focus == field
            canvas.put(Chrome.pad(labels[field] ?? "", 12) + ":", x: 2, y: y, style: focused ? .bold : .plain)
            let choice: String?
            switch field {
            case .direction: choice = intake ? "Don reçu" : "Sortie"
            case .family: choice = "\(familyNumber) \(form.family.label)"
            case .place: choice = "\(form.placeIndex + 1) \(placeLabel)"
            case .weight, .party: choice = nil
            }
            if let choice {
                canvas.put("◀ \(choice) ▶", x: fieldX, y: y, style: focused ? .selected : .plain)
            } else {
                let input = field == .weight ? form.weight : form.party
                let w = field == .weight ? 10 : fieldWidth
                canvas.put(input.display(width: w), x: fieldX, y: y)
                if focused { canvas.cursor = (fieldX + input.cursorOffset(width: w), y) }
            }
        }
        if form.readingScale {
            canvas.put("lecture de la balance…", x: fieldX + 12, y: 6, style: Style(dim: true))
        }
        canvas.put(intake ? "Nom facultatif, jamais écrit au journal." : "Qui reçoit la sortie (facultatif).",
                   x: 2, y: 9, style: Style(dim: true), maxWidth: width - 2)
        // The options of the focused choice, with the digit that picks each one.
        let options: [String]
        let title: String
        if form.focus == .place {
            title = intake ? "Provenances" : "Destinations"
            options = intake ? FriperieState.origins.map(\.label) : FriperieState.destinations.map(\.label)
        } else {
            title = "Familles"
            options = FriperieFamily.allCases.map(\.label)
        }
        canvas.put(title + " (chiffre ou ← →) :", x: 2, y: 11, style: Style(dim: true))
        let rows = (options.count + 1) / 2
        for (i, option) in options.enumerated() {
            canvas.put("\(i + 1) \(option)", x: i < rows ? 4 : 23, y: 12 + i % rows, style: Style(dim: true), maxWidth: 21)
        }
        canvas.put("Entrée au dernier champ : enregistre.", x: 2, y: 17, style: Style(dim: true), maxWidth: width)
    }

    private static func drawRecent(_ friperie: FriperieState, _ context: FriperieContext, _ canvas: inout Canvas, x: Int, bottom: Int) {
        canvas.put("Dernières pesées", x: x, y: 2, style: .bold)
        let recent = friperie.recent
        guard !recent.isEmpty else {
            canvas.put("Aucune pesée pour l'instant.", x: x, y: 4, style: Style(dim: true))
            return
        }
        canvas.put("Quand Sens   Famille          kg", x: x, y: 3, style: Style(dim: true))
        let today = CalendarDay(context.now, in: context.timeZone)
        for (i, flow) in recent.prefix(max(0, bottom - 3)).enumerated() {
            let when = CalendarDay(flow.at, in: context.timeZone) == today
                ? String(Chrome.clock(flow.at, context.timeZone).suffix(5))
                : FrenchDay.short(flow.at, context.timeZone)
            let text = when + " " + Chrome.pad(FriperieLabels.direction(flow.direction), 6) + " "
                + Chrome.pad(FriperieLabels.short(flow.family), 10) + Chrome.right(FriperieLabels.kilos(flow.grams), 9)
            canvas.put(text, x: x, y: 4 + i, style: flow.direction == .outflow ? Style(dim: true) : .plain)
        }
    }

    private static func drawMonth(_ friperie: FriperieState, _ context: FriperieContext, _ canvas: inout Canvas, x: Int, y: Int) {
        let day = CalendarDay(context.now, in: context.timeZone)
        canvas.put("Ce mois-ci (\(day.frenchMonth))", x: x, y: y, style: .bold)
        guard let month = friperie.month else {
            canvas.put("Calcul…", x: x, y: y + 1, style: Style(dim: true))
            return
        }
        let rows = [("Dons reçus", month.intakeTotal), ("Vendus", month.soldTotal), ("Sorties", month.outflowTotal)]
        for (i, row) in rows.enumerated() {
            canvas.put(Chrome.pad(row.0, 14) + Chrome.right(Grams.kilograms(Int64(row.1)), 18), x: x, y: y + 1 + i)
        }
    }
}
