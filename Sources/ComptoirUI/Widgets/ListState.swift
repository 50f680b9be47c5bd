/// A list's selection and scroll: the row chosen and the first row drawn.
///
/// The screens keep `top` at 0 and let `scrolled` derive it when drawing: once the list
/// scrolls, the selection then sits on the last row, as the till always did. A list that
/// stores the result of `scrolled` scrolls only as far as the selection needs.
public struct ListState: Equatable, Sendable {
    public var selected: Int
    public var top: Int

    public init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }

    /// Moves the selection by `delta`, within the list's `count` rows.
    public mutating func move(by delta: Int, count: Int) {
        selected = max(0, min(count - 1, selected + delta))
    }

    /// Moves the selection by `delta`, going round from the last row to the first.
    public mutating func cycle(by delta: Int, count: Int) {
        guard count > 0 else { return }
        selected = ((selected + delta) % count + count) % count
    }

    /// Keeps the selection on a row that exists after the list changed.
    public mutating func clamp(count: Int) {
        selected = min(selected, max(0, count - 1))
        top = min(top, max(0, count - 1))
    }

    /// The same selection with `top` moved as little as needed for the selection to show
    /// among `rows` rows, without leaving empty rows at the end of a long list.
    public func scrolled(rows: Int, count: Int) -> ListState {
        guard rows > 0 else { return ListState(selected: selected, top: 0) }
        var top = min(max(self.top, selected - rows + 1), selected)
        top = max(0, min(top, count - rows))
        return ListState(selected: selected, top: top)
    }

    /// Draws the visible rows into the rectangle, the selected one in the selected style
    /// (none while `showsSelection` is false, as when a form below has the focus).
    /// `row` gives each item's text (marker included) and its style when not selected.
    public func draw(count: Int, _ canvas: inout Canvas, x: Int, y: Int, width: Int, height: Int,
                     showsSelection: Bool = true,
                     row: (_ index: Int, _ isSelected: Bool) -> (text: String, style: Style)) {
        let visible = scrolled(rows: height, count: count)
        guard visible.top < count else { return }
        for i in visible.top..<min(count, visible.top + max(0, height)) {
            let isSelected = showsSelection && i == selected
            let (text, style) = row(i, isSelected)
            canvas.put(text, x: x, y: y + i - visible.top, style: isSelected ? .selected : style, maxWidth: width)
        }
    }

    /// "▶ " before the selected row, two spaces before the others.
    public static func marker(_ isSelected: Bool) -> String {
        isSelected ? "▶ " : "  "
    }
}
