import ComptoirCore

/// A vide-greniers object sold on a handwritten label (`B07 4,50`): the till asks what it
/// is before adding it, and the ledger registers it with the sale, so that the registre
/// des objets mobiliers has every object sold for a seller, with its description.
extension SaleScreen {
    enum HandwrittenAction: Equatable, Sendable { case add, cancel }

    /// Nothing else acts while the window is shown; other keys type the description.
    static let handwrittenKeys = KeyTable<SaleKeysContext, HandwrittenAction>([
        KeyBinding(.enter, "ajouter", help: "Ajoute l'article avec sa description (le registre la demande)", .add),
        KeyBinding(.escape, "annuler", help: "N'ajoute rien : l'article reste de côté", .cancel),
    ])

    static func askDescription(_ sale: inout SaleState, _ line: CartLine) -> [SaleOutput] {
        sale.handwritten = SaleState.HandwrittenForm(line: line)
        return [.status(.info("Étiquette manuscrite : décrivez l'objet pour le registre (par exemple : lampe de chevet), puis Entrée."))]
    }

    static func handwrittenFormKey(_ sale: inout SaleState, _ context: SaleContext, _ key: Key) -> [SaleOutput] {
        guard var form = sale.handwritten else { return [] }
        switch handwrittenKeys.action(for: key, SaleKeysContext(sale: sale, context: context)) {
        case .add?:
            let description = form.description.trimmed
            guard description.count >= 3 else {
                return [.status(.error("Description : quelques mots sur l'objet (au moins 3 lettres), le registre des objets mobiliers la demande."))]
            }
            sale.handwritten = nil
            var line = form.line
            line.newItemDescription = description
            line.label = form.box + " " + description
            return [.status(add(&sale, line))]
        case .cancel?:
            sale.handwritten = nil
            return [.status(.info("Article à étiquette manuscrite non ajouté : mettez-le de côté."))]
        case nil:
            _ = form.description.handle(key)
        }
        sale.handwritten = form
        return []
    }

    static func drawHandwrittenForm(_ form: SaleState.HandwrittenForm, _ canvas: inout Canvas, bottom: Int) {
        let width = 64, height = 8
        let x = (canvas.width - width) / 2
        let y = max(2, (2 + bottom - height) / 2)
        let inner = Chrome.box(&canvas, x: x, y: y, width: width, height: height, title: "ÉTIQUETTE MANUSCRITE")
        let innerWidth = width - 4
        canvas.put("Box \(form.box) · \(form.line.unitPrice.formatted)", x: inner.x, y: inner.y, style: .bold)
        canvas.put("Qu'est-ce que c'est ? (registre des objets mobiliers)", x: inner.x, y: inner.y + 2, maxWidth: innerWidth)
        let prompt = "Description : "
        let fieldWidth = innerWidth - prompt.count
        canvas.put(prompt + form.description.display(width: fieldWidth), x: inner.x, y: inner.y + 3)
        canvas.cursor = (inner.x + prompt.count + form.description.cursorOffset(width: fieldWidth), inner.y + 3)
        canvas.put("Entrée : ajouter   Échap : annuler", x: inner.x, y: inner.y + 5, maxWidth: innerWidth)
    }
}
