import ComptoirCore

/// Monthly and yearly closings are asked for: when a responsable logs in, the oldest month
/// (then year) that is over, not closed, with every Z made, is proposed. A refusal leaves
/// it for the next login; `comptoir close month|year` does the same by hand.
extension App {
    /// After a responsable's login: look for a period to close.
    static func periodDueCheck(_ state: AppState) -> [Effect] {
        guard let user = state.user, user.role.isManager, !state.training else { return [] }
        return [.closing(.findPeriodDue)]
    }

    static func askPeriodClosing(_ state: inout AppState, _ due: PeriodDue?) -> [Effect] {
        guard let due, let user = state.user, user.role.isManager, !state.training, state.overlay == nil,
              state.screen == .sale || state.screen == .openTill else { return [] }
        state.overlay = .confirm(.closePeriod(due))
        return []
    }

    static func periodClosingQuestion(_ due: PeriodDue) -> [String] {
        let report = due.report
        let zs = report.sessions.count
        var lines = [zs == 0 ? "\(due.isOver), sans session de caisse."
                             : "\(due.isOver) et \(zs == 1 ? "son Z est fait" : "ses \(zs) Z sont faits")."]
        lines.append("La clôture fige ses chiffres : total \(report.total.formatted).")
        lines.append("Clôturer maintenant ?")
        return lines
    }

    static func closePeriod(_ state: inout AppState, _ due: PeriodDue) -> [Effect] {
        guard let user = state.user, user.role.isManager else { return [] }
        state.status = .info("Clôture \(due.ofNamed)…")
        return [.closing(.closePeriod(due.kind, period: due.period, operatorId: user.id))]
    }

    static func postponePeriodClosing(_ state: inout AppState, _ due: PeriodDue) {
        let command = "comptoir close \(due.kind == .year ? "year" : "month") \(due.period)"
        state.status = .info("Clôture \(due.ofNamed) reportée : elle sera proposée à la prochaine connexion (ou : \(command)).")
    }

    /// Said, then the next period due is looked for: months left unclosed come one by one.
    static func periodClosed(_ state: inout AppState, _ report: PeriodReport) -> [Effect] {
        let due = PeriodDue(report: report)
        let zs = report.sessions.count
        state.status = .success("Clôture \(due.ofNamed) enregistrée : \(zs) Z, total \(report.total.formatted), "
                                + "total perpétuel \(report.perpetualTotal.formatted).")
        return periodDueCheck(state)
    }
}
