import ComptoirCore

/// `12` then Alt+K: the ticket is looked up and shown, then a responsable allows its
/// cancellation with their PIN and a reason.
extension SaleScreen {
    static func askCancellation(_ sale: inout SaleState, _ context: SaleContext) -> Update {
        guard let number = context.ticketNumber(typed: sale.code.trimmed) else {
            return ([], [.status(.error("Tapez le numéro du ticket à annuler, puis Alt+K."))])
        }
        guard sale.cart.isEmpty else {
            return ([], [.status(.error("Encaissez ou mettez en attente le ticket en cours avant d'en annuler un."))])
        }
        sale.code.clear()
        return ([.sale(.lookUpTicket(number))], [.status(.info("Recherche du ticket n° \(context.ticketName(number))…"))])
    }

    static func cancellationLookedUp(_ number: Int64, _ ticket: TicketPreview?, _ context: SaleContext) -> [SaleOutput] {
        guard let ticket else {
            return [.status(.error("Il n'y a pas de ticket n° \(context.ticketName(number)) : vérifiez le numéro. Rien n'est annulé."))]
        }
        return [.askCancellation(ticket, instruction: "Vérifiez le ticket ; un responsable tape son code et la raison de l'annulation.")]
    }
}
