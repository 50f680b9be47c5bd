/// `232 143`: thousands apart with an ordinary space, as on every screen and document (the
/// same text fits every terminal and every printer code page).
public enum Thousands {
    public static func grouped(_ n: some BinaryInteger) -> String {
        var digits = String(n.magnitude), out = ""
        while digits.count > 3 {
            out = " " + digits.suffix(3) + out
            digits.removeLast(3)
        }
        return (n < 0 ? "-" : "") + digits + out
    }
}
