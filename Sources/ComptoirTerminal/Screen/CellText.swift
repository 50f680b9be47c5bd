import CNCursesW

/// Converts canvas characters to the wide characters curses draws, keeping the one-column
/// promise of `Canvas`: control characters become spaces, characters that would take two
/// columns (or none) become "?", and combining marks stay on their base letter.
enum CellText {
    static let space = wchar_t(0x20)
    static let replacement = wchar_t(0x3F)  // "?"

    static func append(_ character: Character, to buffer: inout [wchar_t]) {
        if let ascii = character.asciiValue {
            buffer.append(ascii >= 0x20 && ascii < 0x7F ? wchar_t(ascii) : space)
            return
        }
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next() else {
            buffer.append(space)
            return
        }
        let base = wchar_t(bitPattern: first.value)
        switch cmp_wcwidth(base) {
        case 1:
            buffer.append(base)
            while let mark = scalars.next() {
                let wide = wchar_t(bitPattern: mark.value)
                if cmp_wcwidth(wide) == 0 { buffer.append(wide) }
            }
        case 2:
            buffer.append(replacement)
        default:
            // Control (-1) or zero-width on its own: C1 controls are blanks, the rest "?".
            buffer.append(first.value < 0xA0 ? space : replacement)
        }
    }
}
