import ComptoirCore

/// `1 foyer`, `0 foyer`, `3 foyers`: French takes the singular below two.
func counted(_ n: Int, _ singular: String, _ plural: String) -> String {
    Thousands.grouped(n) + " " + (n <= 1 ? singular : plural)
}
