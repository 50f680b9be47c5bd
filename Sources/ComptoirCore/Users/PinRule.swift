/// What a PIN must look like: 4 to 8 digits.
public enum PinRule {
    public static let minLength = 4
    public static let maxLength = 8

    /// nil when the PIN is acceptable, else the French reason.
    public static func problem(with pin: String) -> String? {
        guard pin.utf8.allSatisfy({ (48...57).contains($0) }) else {
            return "Le code PIN ne contient que des chiffres."
        }
        guard pin.count >= minLength, pin.count <= maxLength else {
            return "Le code PIN a de \(minLength) à \(maxLength) chiffres."
        }
        return nil
    }
}
