/// Where a PIN was typed: journaled with each wrong one, so that a run of them can be told
/// apart (the login screen, a responsable's approval, `--as` on the command line, the old
/// PIN when changing one's own).
public enum PinAttemptPlace: String, Sendable {
    case login
    case approval
    case command
    case ownPin = "own_pin"
}
