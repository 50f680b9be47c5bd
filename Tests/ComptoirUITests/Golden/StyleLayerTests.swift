import Foundation
import Testing
@testable import ComptoirUI

/// The style layer of golden screens: its notation, and that it sees what text cannot.
@Suite struct StyleLayerTests {
    @Test func eachCellIsOneCodeWithALegendOfTheStylesUsed() throws {
        var canvas = Canvas(width: 6, height: 3)
        canvas.put("Titre", x: 0, y: 0, style: .title)
        canvas.put("ok", x: 1, y: 1, style: .error)
        canvas.put("  ", x: 4, y: 1, style: .selected)  // blank but reversed: kept
        canvas.put("x", x: 2, y: 2, style: Style(underline: true, foreground: .cyan))
        let layer = StyleLayer(canvas)
        #expect(layer.description == """
            6x3, one code per cell, trailing plain cells left out
            . plain
            R reverse
            T bold white on blue
            E bold red
            a underline cyan
            --
            TTTTT
            .EE.RR
            ..a

            """)
        let read = try StyleLayer(parsing: layer.description)
        #expect(read == layer && read.description == layer.description)
        #expect(read.style(x: 4, y: 1) == .selected && read.style(x: 5, y: 2) == .plain)
        #expect(read.codes(row: 2) == "..a...")
    }

    @Test func everyStyleNameReadsBack() {
        let styles = [Style.plain, .bold, .reverse, .title, .keyBar, .error, .success, .selected, .banner,
                      Style(bold: true, reverse: true, underline: true, dim: true, foreground: .magenta, background: .black),
                      Style(background: .green)]
        for style in styles {
            #expect(StyleLayer.style(named: StyleLayer.name(style)) == style, "\(StyleLayer.name(style))")
        }
        #expect(StyleLayer.style(named: "bold mauve") == nil && StyleLayer.style(named: "on") == nil)
    }

    @Test func aBadFileIsSaidNotMisread() {
        let good = "3x2, one code per cell\n. plain\nR reverse\n--\nRR\n\n"
        #expect((try? StyleLayer(parsing: good)) != nil)
        #expect(throws: StyleLayer.ParseError.self) { try StyleLayer(parsing: good.replacingOccurrences(of: "RR", with: "RX")) }
        #expect(throws: StyleLayer.ParseError.self) { try StyleLayer(parsing: good.replacingOccurrences(of: "--\n", with: "")) }
        #expect(throws: StyleLayer.ParseError.self) { try StyleLayer(parsing: good + "R\n") }
        #expect(throws: StyleLayer.ParseError.self) { try StyleLayer(parsing: good.replacingOccurrences(of: "RR", with: "RRRR")) }
    }

    /// The users screen as Sophie sees it, her own row selected.
    static func users() -> AppState {
        var state = Fixtures.atSale(as: Fixtures.sophie)
        state.press(.function(8))
        _ = App.update(&state, .login(.usersLoaded(Fixtures.users)))
        return state
    }

    static func row(_ canvas: Canvas, containing text: String) -> Int {
        (0..<canvas.height).first { canvas.row($0).contains(text) } ?? -1
    }

    @Test func theSelectedUserRowIsReversedAndOnlyIt() {
        var state = Self.users()
        state.press(.down)
        let canvas = App.view(state)
        let layer = StyleLayer(canvas)
        let karim = Self.row(canvas, containing: "Karim"), camille = Self.row(canvas, containing: "Camille")
        let name = canvas.row(karim).distance(from: canvas.row(karim).startIndex, to: canvas.row(karim).firstRange(of: "Karim")!.lowerBound)
        #expect(layer.codes(row: karim).dropFirst(name).prefix(5) == "RRRRR")
        #expect(!layer.codes(row: camille).contains("R"))
        #expect((0..<canvas.height).filter { layer.codes(row: $0).dropFirst(4).hasPrefix("RRRR") } == [karim],
                "one row of the list is reversed")
    }

    @Test func aMovedSelectionOrAnErrorColourFailsTheGoldenWhileItsTextStaysTheSame() {
        var state = Self.users()
        state.press(.down)
        let before = App.view(state)
        let committed = StyleLayer(before).description
        state.press(.up)
        let after = App.view(state)
        // Only the ▶ marker moves in the text; the reverse bar moves with it.
        let moved = styleDifference(expected: committed, actual: StyleLayer(after), canvas: after)
        #expect(moved?.contains("row \(Self.row(after, containing: "Camille")), column 4") == true, "\(moved ?? "no difference")")
        #expect(moved?.contains("expected plain, actual reverse") == true)
        #expect(styleDifference(expected: committed, actual: StyleLayer(before), canvas: before) == nil)

        // The same words as an error instead of an information: the text layer cannot tell.
        var info = Self.users(), error = Self.users()
        info.status = .info("Vous ne pouvez pas.")
        error.status = .error("Vous ne pouvez pas.")
        let infoCanvas = App.view(info), errorCanvas = App.view(error)
        let status = Self.row(errorCanvas, containing: "Vous ne pouvez pas.")
        #expect(StyleLayer(errorCanvas).codes(row: status).hasPrefix("EEEE"))
        #expect(styleDifference(expected: StyleLayer(infoCanvas).description, actual: StyleLayer(errorCanvas),
                                canvas: errorCanvas)?.contains("expected plain, actual bold red") == true)
    }
}
