import Foundation
import Testing
@testable import ComptoirCore

@Suite("CSV cells a spreadsheet would run as formulas")
struct CSVFormulaGuardTests {
    static let tricky = [
        "=1+2", "=HYPERLINK(\"http://x\";\"clic\")", "'abc", "''", "'", "'=1", "-12", "-12,50", "-3.5", "-", "-x", "--1",
        "+33 6 12 34 56 78", "@x", "@", "\tabc", "\t", "a;b", "\"guillemets\"", "ligne\nsuivante", " espace ", "",
        "Hélène", "12", "1,5", "x=1", "=", "'-12", "; =1", "-12,50;x", "é=1",
    ]

    @Test("Export then import gives back every string, whatever column it is in")
    func roundTrip() throws {
        // Each tricky string in each of two columns, beside every other one.
        let rows = Self.tricky.map { [$0, "témoin"] } + Self.tricky.map { ["témoin", $0] }
        let bytes = CSVTable.file(header: ["a", "b"], rows: rows)
        let table = try CSVTable.read(bytes)
        #expect(table.records.map(\.fields) == rows.filter { !$0.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } })
        for value in Self.tricky { #expect(CSVFormulaGuard.unescaped(CSVFormulaGuard.escaped(value)) == value, "\(value)") }
    }

    @Test("No written cell starts like a formula, except our plain numbers")
    func noWrittenCellRunsAsAFormula() {
        for value in Self.tricky {
            let cell = CSVFormulaGuard.escaped(value)
            let dangerous = cell.first.map { "=+-@\t\r".contains($0) } ?? false
            #expect(!dangerous || CSVFormulaGuard.isPlainNumber(cell), "\(value) → \(cell)")
        }
        #expect(CSVFormulaGuard.escaped("=1+2") == "'=1+2")
        #expect(CSVFormulaGuard.escaped("'abc") == "''abc")
        #expect(CSVFormulaGuard.escaped("-12,50") == "-12,50")
        #expect(CSVFormulaGuard.escaped("-12,50;x") == "'-12,50;x")
        #expect(CSVFormulaGuard.escaped("abc") == "abc")
        // A CR is refused at import, but a cell starting with one is still never written bare.
        #expect(CSVFormulaGuard.escaped("\r=1") == "'\r=1")
    }

    @Test("A ' typed in a spreadsheet before ordinary text is kept")
    func anApostropheBeforeTextIsText() throws {
        let table = try CSVTable.read(Array("nom;note\r\n'abc;'=1\r\n".utf8))
        #expect(table.records[0].fields == ["'abc", "=1"])
    }

    @Test("The sealed archive's lines keep their values byte for byte")
    func archiveLinesAreRaw() {
        #expect(CSVTable.line(["=1", "-x"]) == "=1;-x\r\n")
        #expect(CSVTable.line(["=1", "-x"], guardingFormulas: true) == "'=1;'-x\r\n")
    }

    @Test("A control character is refused with its line and column, a tab and a line break inside quotes are text")
    func controlCharactersAreRefused() throws {
        let text = "nom;note\r\nA;ok\r\nB;\u{1B}[31mrouge\r\nC;x\u{7F}\r\nD;\"deux\nlignes\"\r\nE;\u{85}\r\nF;a\tb\r\n"
        do {
            _ = try CSVTable.read(Array(text.utf8))
            Issue.record("accepted")
        } catch let error as CSVError {
            guard case .badLines(let problems) = error else { Issue.record("\(error)"); return }
            #expect(problems.map(\.line) == [3, 4, 7])
            #expect(problems.allSatisfy { $0.field == "note" })
            #expect(error.message.contains("Ligne 3 : note : caractère de contrôle invisible (U+001B)"))
        }
        let fine = try CSVTable.read(Array("nom;note\r\nD;\"deux\nlignes\"\r\nF;a\tb\r\n".utf8))
        #expect(fine.records.map { $0.fields[1] } == ["deux\nlignes", "a\tb"])
    }
}
