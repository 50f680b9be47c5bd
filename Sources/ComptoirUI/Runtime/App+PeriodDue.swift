import ComptoirCore

/// Monthly and yearly closings are asked for: when a responsable logs in (or makes their
/// Z), the oldest month (then year) that is over, not closed, with every Z made, is
/// proposed; then, once a month, the retention periods when something is past them. A
/// refusal leaves it for the next login; `comptoir close` and `comptoir retention apply`
/// do the same by hand.
extension App {
    /// After a responsable's login: look for a period to close.
    static func periodDueCheck(_ state: AppState) -> [Effect] {
        guard let user = state.user, user.role.isManager, !state.training else { return [] }
        return [.closing(.findPeriodDue)]
    }

    /// Nothing to close: the retention periods come next.
    static func askPeriodClosing(_ state: inout AppState, _ due: PeriodDue?) -> [Effect] {
        guard let user = state.user, user.role.isManager, !state.training else { return [] }
        guard let due else { return [.closing(.findRetentionDue)] }
        guard state.overlay == nil, state.screen == .sale || state.screen == .openTill else { return [] }
        state.overlay = .confirm(.closePeriod(due))
        return []
    }

    /// Once a month, as for the closings, a responsable is asked to apply the retention periods.
    static func askRetention(_ state: inout AppState, _ due: RetentionDue?) -> [Effect] {
        guard let due, let user = state.user, user.role.isManager, !state.training, state.overlay == nil,
              state.screen == .sale || state.screen == .openTill else { return [] }
        state.overlay = .confirm(.applyRetention(due))
        return []
    }

    static func retentionQuestion(_ due: RetentionDue) -> [String] {
        func years(_ n: Int) -> String { n <= 1 ? "\(n) an" : "\(n) ans" }
        let p = due.periods
        return [
            "Appliquer les durées de conservation de ce mois-ci ?",
            "\(due.households) fiche(s) de foyer sans contact depuis \(years(p.householdYears)) : effacées.",
            "\(due.sellers) déposant(s) sans location depuis \(years(p.registerYears)) : pseudonyme.",
            "\(due.donorNames) nom(s) de donateur de plus de \(years(p.donorNameYears)) : effacés.",
        ]
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

    /// Postponed; the retention periods may still be asked.
    static func postponePeriodClosing(_ state: inout AppState, _ due: PeriodDue) -> [Effect] {
        let command = "comptoir close \(due.kind == .year ? "year" : "month") \(due.period)"
        state.status = .info("Clôture \(due.ofNamed) reportée : elle sera proposée à la prochaine connexion (ou : \(command)).")
        return [.closing(.findRetentionDue)]
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
