/// `ticket.parked`: a ticket put aside, with its lines exactly as stored (canonical JSON),
/// so that a row changed or slipped into `parked_tickets` is refused at resumption and
/// named by `verify`.
struct ParkedPayload: Codable, Equatable {
    var parked: Int64
    var lines: String
}

/// `ticket.resumed`: a parked ticket taken back at a till.
struct ResumedPayload: Codable, Equatable {
    var parked: Int64
}
