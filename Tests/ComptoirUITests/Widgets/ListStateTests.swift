import Testing
@testable import ComptoirUI

@Suite struct ListStateTests {
    @Test func movingStaysWithinTheList() {
        var list = ListState()
        list.move(by: -1, count: 5)
        #expect(list.selected == 0)
        list.move(by: 10, count: 5)
        #expect(list.selected == 4)
        list.move(by: 1, count: 0)
        #expect(list.selected == 0, "an empty list keeps row 0")
        list.cycle(by: -1, count: 3)
        #expect(list.selected == 2, "cycling goes round")
        list.cycle(by: 1, count: 3)
        #expect(list.selected == 0)
    }

    @Test func clampingKeepsTheSelectionOnARowThatExists() {
        var list = ListState(selected: 7, top: 5)
        list.clamp(count: 3)
        #expect(list == ListState(selected: 2, top: 2))
        list.clamp(count: 0)
        #expect(list == ListState(selected: 0, top: 0))
    }

    @Test func scrollingKeepsTheSelectionVisible() {
        // From the top, a selection below the window puts it on the last row.
        #expect(ListState(selected: 12).scrolled(rows: 5, count: 20).top == 8)
        // Above the window: the window comes up to it.
        #expect(ListState(selected: 3, top: 10).scrolled(rows: 5, count: 20).top == 3)
        // Inside the window: nothing moves.
        #expect(ListState(selected: 12, top: 10).scrolled(rows: 5, count: 20).top == 10)
        // Never past the end, never before the start, whatever was stored.
        #expect(ListState(selected: 19, top: 18).scrolled(rows: 5, count: 20).top == 15)
        #expect(ListState(selected: 2, top: 9).scrolled(rows: 10, count: 4).top == 0)
        for selected in 0..<20 {
            let top = ListState(selected: selected).scrolled(rows: 6, count: 20).top
            #expect((top..<top + 6).contains(selected))
        }
    }

    @Test func drawingShowsTheWindowWithTheSelectionInTheSelectedStyle() {
        var canvas = Canvas(width: 20, height: 6)
        let names = ["Ana", "Bob", "Cid", "Dan", "Eve", "Fox"]
        ListState(selected: 4).draw(count: names.count, &canvas, x: 1, y: 1, width: 8, height: 3) { i, selected in
            (ListState.marker(selected) + names[i] + " ......", .plain)
        }
        #expect(canvas.row(0).trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(canvas.row(1) == "   Cid ..           ", "cut at the rectangle's width")
        #expect(canvas.row(2) == "   Dan ..           ")
        #expect(canvas.row(3) == " ▶ Eve ..           ")
        #expect(canvas.row(4).trimmingCharacters(in: .whitespaces).isEmpty, "nothing below the rectangle")
        #expect(canvas[1, 3].style == .selected && canvas[1, 2].style == .plain)
    }

    @Test func aFormBelowTakesTheSelectionAway() {
        var canvas = Canvas(width: 12, height: 3)
        ListState(selected: 1).draw(count: 2, &canvas, x: 0, y: 0, width: 12, height: 3, showsSelection: false) { i, selected in
            (ListState.marker(selected) + "\(i)", .plain)
        }
        #expect(canvas.row(1).hasPrefix("  1") && canvas[0, 1].style == .plain)
    }
}
