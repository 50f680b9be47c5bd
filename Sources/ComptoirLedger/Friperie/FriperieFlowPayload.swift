import ComptoirCore

/// Journal payload of `friperie.flow`: a donation weighed in, or an outflow weighed out.
/// An outflow names where it went; a donor's name stays out of the journal (RGPD).
struct FriperieFlowPayload: Codable, Equatable {
    var flow: Int64
    var direction: String
    var family: String
    var grams: Int
    var origin: String?
    var destination: String?
    var party: String?

    init(id: Int64, _ f: FriperieFlow) {
        flow = id
        direction = f.direction.rawValue
        family = f.family.rawValue
        grams = f.grams
        origin = f.direction == .intake ? f.origin?.rawValue : nil
        destination = f.direction == .outflow ? f.destination?.rawValue : nil
        party = f.direction == .outflow && !f.party.isEmpty ? f.party : nil
    }
}
