import ComptoirCore

/// The users screen (responsables only): list, add, change role, deactivate.
public struct UsersState: Equatable, Sendable {
    public struct AddForm: Equatable, Sendable {
        public var firstName = TextField(maxLength: 24)
        public var pin = TextField(maxLength: PinRule.maxLength, digitsOnly: true, masked: true)
        public var role: Role = .benevole
        /// 0 first name, 1 PIN, 2 role.
        public var focus = 0
        public init() {}
    }

    public var selected = 0
    public var form: AddForm?
    public init() {}
}
