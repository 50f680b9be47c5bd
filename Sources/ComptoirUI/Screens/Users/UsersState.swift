import ComptoirCore

/// The users screen: responsables list, add, change role, deactivate, give a new PIN; an
/// admin reactivates; everyone changes their own PIN.
public struct UsersState: Equatable, Sendable {
    public struct AddForm: Equatable, Sendable {
        public var firstName = TextField(maxLength: 24)
        public var pin = TextField(maxLength: PinRule.maxLength, digitsOnly: true, masked: true)
        public var role: Role = .benevole
        /// 0 first name, 1 PIN, 2 role.
        public var focus = 0
        public init() {}
    }

    /// A new PIN: one's own (the old one first), or someone's given by a manager.
    public struct PinForm: Equatable, Sendable {
        public var target: UserSummary
        public var own: Bool
        public var old = TextField(maxLength: PinRule.maxLength, digitsOnly: true, masked: true)
        public var new = TextField(maxLength: PinRule.maxLength, digitsOnly: true, masked: true)
        public var again = TextField(maxLength: PinRule.maxLength, digitsOnly: true, masked: true)
        /// Index in `labels`.
        public var focus = 0

        public init(target: UserSummary, own: Bool) {
            self.target = target
            self.own = own
        }

        var labels: [String] {
            (own ? ["Ancien code PIN"] : []) + ["Nouveau code (4 à 8 chiffres)", "Nouveau code, encore"]
        }

        /// The field shown at position `index` of `labels`.
        subscript(field index: Int) -> TextField {
            get { own ? [old, new, again][index] : [new, again][index] }
            set {
                switch own ? index : index + 1 {
                case 0: old = newValue
                case 1: new = newValue
                default: again = newValue
                }
            }
        }

        mutating func clear() {
            old.clear()
            new.clear()
            again.clear()
            focus = 0
        }
    }

    public var list = ListState()
    public var selected: Int {
        get { list.selected }
        set { list.selected = newValue }
    }
    public var form: AddForm?
    public var pinForm: PinForm?
    public init() {}
}
