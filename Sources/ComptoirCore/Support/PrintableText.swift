/// Text from the ledger or from a file made safe to print on a terminal: a control
/// character (C0, DEL, C1: ESC starts the terminal's commands) is shown as `�` instead of
/// being sent. Tab and line feed are kept unless `singleLine` (then they read as a space).
public enum PrintableText {
    public static let placeholder: Character = "\u{FFFD}"

    public static func sanitized(_ text: String, singleLine: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" || scalar == "\n" {
                out.append(singleLine ? " " : scalar)
            } else if isControl(scalar) {
                out.append(contentsOf: String(placeholder).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// C0 (tab and line feed included), DEL and C1.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
