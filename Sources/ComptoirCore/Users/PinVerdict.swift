/// The answer to a PIN typed for an account.
public enum PinVerdict: Equatable, Sendable {
    case accepted(UserSummary)
    case refused(PinRefusal)

    public var user: UserSummary? {
        if case .accepted(let user) = self { return user }
        return nil
    }
}
