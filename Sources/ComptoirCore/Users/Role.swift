/// What a person at the till may do. Stored by its raw value.
public enum Role: String, CaseIterable, Codable, Sendable, Comparable {
    case benevole
    case responsable
    case admin

    /// French label shown on screens and documents.
    public var label: String {
        switch self {
        case .benevole: return "bénévole"
        case .responsable: return "responsable"
        case .admin: return "admin"
        }
    }

    private var rank: Int {
        switch self {
        case .benevole: return 0
        case .responsable: return 1
        case .admin: return 2
        }
    }

    public static func < (a: Role, b: Role) -> Bool { a.rank < b.rank }

    /// The role `step` places further in bénévole → responsable → admin, going round.
    public func cycled(by step: Int) -> Role {
        let all = Role.allCases
        let n = all.count
        return all[((all.firstIndex(of: self)! + step) % n + n) % n]
    }

    /// Adds, changes and deactivates users; allows counter-entries.
    public var isManager: Bool { self >= .responsable }
}
