/// What `verify` found for one anchor.
public struct AnchorResult: Sendable, Equatable {
    public var anchor: Anchor
    /// The last entry the anchor records (0 for an empty one).
    public var lastSeq: Int64
    /// Why the base does not extend it (French), nil when it does.
    public var problem: String?
    /// When the anchor differs only by entries a journaled restore removed: says which.
    public var note: String?
    /// False when there was nothing to compare (a witness not written yet, its disk away).
    public var compared: Bool

    public init(anchor: Anchor, lastSeq: Int64, problem: String? = nil, note: String? = nil, compared: Bool = true) {
        self.anchor = anchor
        self.lastSeq = lastSeq
        self.problem = problem
        self.note = note
        self.compared = compared
    }

    public var isOK: Bool { problem == nil }

    /// `ERREUR — la sauvegarde comptoir-….sqlite : la chaîne a été réécrite à partir de l'entrée n° 12`.
    public var message: String {
        if let problem { return "ERREUR — \(anchor.label) : \(problem)" }
        if let note { return "Note — \(anchor.label) : \(note)" }
        return "OK — \(anchor.label) (jusqu'à l'entrée n° \(lastSeq))"
    }
}
