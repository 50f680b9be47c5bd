import ComptoirCore

/// Pads to `n` characters for the commands' aligned lists (left-aligned text). The cells
/// hold stored text: control characters are shown, never sent (`PrintableText`).
func pad(_ s: String, _ n: Int) -> String {
    let s = PrintableText.sanitized(s)
    return s.count >= n ? s : s + String(repeating: " ", count: n - s.count)
}

/// Right-aligned, for numbers.
func padLeft(_ s: String, _ n: Int) -> String {
    let s = PrintableText.sanitized(s)
    return s.count >= n ? s : String(repeating: " ", count: n - s.count) + s
}
