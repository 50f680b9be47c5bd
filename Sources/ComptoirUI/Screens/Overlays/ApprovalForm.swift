import ComptoirCore

/// What a responsable is asked to allow.
public enum ApprovalPurpose: Equatable, Sendable {
    /// Open the cash drawer without a sale.
    case openDrawer
    /// Cancel ticket n° of the current session by a counter-entry.
    case cancelTicket(Int64)
    /// Give back items of an earlier ticket.
    case refund(RefundRequest)
    /// Sell épicerie lines the rules refuse (cap passed, rights closed…) on this ticket.
    case epicerieOverride(String)
    /// Pay a seller back (cash from the drawer or transfer).
    case payout(sellerId: Int64, name: String, amount: Money, method: Payout.Method)
    /// The Z of the session, with the drawer counted.
    case closeSession(sessionId: Int64, count: CashCount, comment: String?)
    /// Take cash out of the drawer during the session (to the bank, the safe).
    case cashDrop(Money)
    /// Save a seller's file whose bank details (IBAN) are new, changed or removed.
    case sellerBankDetails(Seller)
    /// Switch training mode on (true) or off; journaled in the real ledger.
    case training(Bool)

    /// The window's title, ticket numbers as `name` shows them (F-n in training).
    func title(naming name: (Int64) -> String) -> String {
        switch self {
        case .openDrawer: return "Ouvrir le tiroir sans vente"
        case .cancelTicket(let number): return "Annuler le ticket n° \(name(number))"
        case .refund(let request):
            return "Rembourser \(request.amount.formatted) \(request.method.label) (ticket n° \(name(request.number)))"
        case .epicerieOverride(let what): return "Dérogation : \(what)"
        case .payout(_, let name, let amount, let method): return "Reverser \(amount.formatted) à \(name) (\(method.label))"
        case .closeSession(let id, let count, _): return "Z de la session n° \(id) : \(count.total.formatted) comptés"
        case .cashDrop(let amount): return "Prélever \(amount.formatted) du tiroir"
        case .sellerBankDetails(let seller): return "Changer l'IBAN \(French.de(seller.fullName))"
        case .training(true): return "Passer en mode formation (ventes fictives)"
        case .training(false): return "Quitter le mode formation"
        }
    }

    /// The work this approval allows: each purpose belongs to the feature that performs it.
    public func effect(_ approval: Approval) -> Effect {
        switch self {
        case .openDrawer: return .sale(.openDrawerApproved(approval))
        case .cancelTicket(let number): return .sale(.cancelTicket(number, approval))
        case .refund(let request): return .sale(.refund(request, approval))
        case .epicerieOverride: return .sale(.epicerieOverride(approval))
        case .payout(let sellerId, _, let amount, let method):
            return .consignment(.payout(sellerId: sellerId, amount: amount, method: method, approval))
        case .closeSession(let id, let count, let comment):
            return .closing(.closeSession(sessionId: id, count: count, comment: comment, approval))
        case .cashDrop(let amount): return .closing(.cashDrop(amount, approval))
        case .sellerBankDetails(let seller): return .consignment(.saveSellerBankDetails(seller, approval))
        case .training(let on): return .setTraining(on, approval)
        }
    }
}

/// A responsable's name, PIN and a reason, asked over the current screen.
public struct ApprovalForm: Equatable, Sendable {
    public var purpose: ApprovalPurpose
    public var managers: [UserSummary]
    public var selected: Int
    public var pin = TextField(maxLength: PinRule.maxLength, digitsOnly: true, masked: true)
    public var reason = TextField(maxLength: 60)
    /// 0: the PIN, 1: the reason.
    public var focus = 0
    /// The wait the ledger last imposed on one of the responsables after wrong PINs.
    public var wait: PinWait?
    /// In training, the last real ticket number at copy time (titles show F-n).
    public var trainingBase: Int64?
    /// The ticket a cancellation undoes, shown above the PIN.
    public var ticket: TicketPreview?

    /// The Z's reason until the responsable types another: it adds nothing to the comment.
    static let closingDefault = "clôture du jour"

    /// The reason the effect carries: for a Z, empty while the default is untouched (the
    /// Z's comment then says nothing more); otherwise what is typed.
    var reasonToSend: String {
        if case .closeSession = purpose, reason.trimmed == Self.closingDefault { return "" }
        return reason.trimmed
    }

    public init(purpose: ApprovalPurpose, managers: [UserSummary], preselect: Int64?) {
        self.purpose = purpose
        self.managers = managers
        selected = managers.firstIndex { $0.id == preselect } ?? 0
        if case .payout = purpose { reason = TextField("reversement au déposant", maxLength: 60) }
        if case .closeSession = purpose {
            reason = TextField(Self.closingDefault, maxLength: 60)
        }
        if case .sellerBankDetails = purpose { reason = TextField("RIB fourni par le déposant", maxLength: 60) }
        if case .training(let on) = purpose {
            reason = TextField(on ? "formation des bénévoles" : "fin de la formation", maxLength: 60)
        }
    }
}

extension AppState {
    /// Opens the form where an active responsable allows `purpose` with their PIN.
    mutating func askApproval(_ purpose: ApprovalPurpose, _ instruction: String) {
        let managers = users.filter { $0.active && $0.role.isManager }
        guard !managers.isEmpty else { return }
        var form = ApprovalForm(purpose: purpose, managers: managers, preselect: user?.id)
        form.trainingBase = training ? trainingBase : nil
        overlay = .approval(form)
        status = .info(instruction)
    }
}
