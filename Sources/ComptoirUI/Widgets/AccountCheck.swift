import ComptoirCore

/// The checks of a new account's form (first start, users screen) before it is sent.
enum AccountCheck {
    /// The field to go back to (0 first name, 1 PIN) and the French reason, or nil.
    static func problem(firstName: TextField, pin: TextField, who: String) -> (field: Int, message: String)? {
        if firstName.trimmed.isEmpty { return (0, "Tapez le prénom \(who).") }
        if let problem = PinRule.problem(with: pin.text) { return (1, problem) }
        return nil
    }
}
