import Foundation
import Testing
@testable import ComptoirCore

@Suite("CSV files as spreadsheets save them")
struct CSVTableTests {
    private func table(_ text: String) throws -> CSVTable { try CSVTable.read(Array(text.utf8)) }

    @Test("A French spreadsheet's file: BOM, `;`, CRLF, decimal commas left alone")
    func semicolonsWithBOMAndCRLF() throws {
        let bytes = CSVTable.byteOrderMark + Array("nom;prix\r\nRiz;1,20\r\nPâtes;0,95\r\n".utf8)
        let t = try CSVTable.read(bytes)
        #expect(t.separator == ";")
        #expect(t.header == ["nom", "prix"])
        #expect(t.records == [.init(line: 2, fields: ["Riz", "1,20"]), .init(line: 3, fields: ["Pâtes", "0,95"])])
    }

    @Test("Commas are the separator when the header has more of them; LF line ends")
    func commas() throws {
        let t = try table("nom,prix\nRiz,1.20\n")
        #expect(t.separator == ",")
        #expect(t.records.first?.fields == ["Riz", "1.20"])
    }

    @Test("Quoted fields keep separators, doubled quotes and line breaks; the line numbers follow the file")
    func quotes() throws {
        let t = try table("nom;note\r\n\"Dupont; Marie\";\"dit \"\"Mimi\"\"\"\r\n\"deux\r\nlignes\";x\r\n;;\r\nfin;\"\"\r\n")
        #expect(t.records.map(\.fields) == [["Dupont; Marie", "dit \"Mimi\""], ["deux\nlignes", "x"], ["fin", ""]])
        // The empty line `;;` (line 5) is dropped, the next record is still line 6.
        #expect(t.records.map(\.line) == [2, 3, 6])
    }

    @Test("A last line without its line break is read")
    func noFinalNewline() throws {
        #expect(try table("a;b\n1;2").records == [.init(line: 2, fields: ["1", "2"])])
    }

    @Test("Bytes that are not UTF-8 are refused with the first bad line and the advice to save as CSV UTF-8")
    func invalidUTF8() throws {
        // « Hélène » as Windows-1252 writes it: é is the single byte 0xE9.
        let bytes = Array("nom;adultes\nMartin;2\n".utf8) + [0x48, 0xE9, 0x6C, 0xE8, 0x6E, 0x65] + Array(";1\n".utf8)
        #expect(throws: CSVError.notUTF8(line: 3)) { try CSVTable.read(bytes) }
        let message = CSVError.notUTF8(line: 3).message
        #expect(message.contains("ligne 3"))
        #expect(message.contains("« CSV UTF-8 »"))
    }

    @Test("An unclosed quote and an empty file are refused")
    func brokenFiles() throws {
        #expect(throws: CSVError.unclosedQuote(line: 2)) { try self.table("a;b\n\"ouvert;2\n3;4\n") }
        #expect(throws: CSVError.empty) { try self.table("") }
        #expect(throws: CSVError.empty) { try self.table("\r\n;;\r\n") }
    }

    @Test("Columns are found whatever their case, accents and spaces; a missing one is named")
    func columns() throws {
        let t = try table("  Prix Marché ;NOM;Couleur\n1,20;Riz;rouge\n")
        let columns = try CSVColumns(t, columns: ["nom", "prix_marche", "poids_g"], required: ["nom", "prix_marche"])
        let record = try #require(t.records.first)
        #expect(columns.value("nom", in: record) == "Riz")
        #expect(columns.value("prix_marche", in: record) == "1,20")
        #expect(columns.value("poids_g", in: record) == "")
        #expect(!columns.has("poids_g"))
        #expect(throws: CSVError.missingColumns(["code"], expected: ["code", "nom"])) {
            try CSVColumns(t, columns: ["code", "nom"], required: ["code", "nom"])
        }
        #expect(CSVError.missingColumns(["code"], expected: ["code", "nom"]).message.hasPrefix("Colonne manquante : « code »."))
        #expect(throws: CSVError.duplicateColumn("nom")) {
            try CSVColumns(try self.table("nom;Nom\nx;y\n"), columns: ["nom"], required: ["nom"])
        }
    }

    @Test("Writing quotes only what needs it, and reads back the same")
    func writing() throws {
        let rows = [["Dupont; Marie", "dit \"Mimi\"", " espace", "deux\nlignes", "simple"]]
        let text = CSVTable.text(header: ["a", "b", "c", "d", "e"], rows: rows)
        #expect(text == "a;b;c;d;e\r\n\"Dupont; Marie\";\"dit \"\"Mimi\"\"\";\" espace\";\"deux\nlignes\";simple\r\n")
        let back = try CSVTable.read(CSVTable.file(header: ["a", "b", "c", "d", "e"], rows: rows))
        #expect(back.records.map(\.fields) == rows)
    }

    @Test("A line problem reads `Ligne N : champ : raison`")
    func lineProblem() {
        #expect(CSVLineProblem(line: 4, field: "adultes", reason: "« deux » n'est pas un nombre entier.").message
                == "Ligne 4 : adultes : « deux » n'est pas un nombre entier.")
        #expect(CSVLineProblem(line: 9, field: nil, reason: "Adultes : un foyer compte au moins un adulte.").message
                == "Ligne 9 : Adultes : un foyer compte au moins un adulte.")
    }
}
