import Foundation
import Testing
import ComptoirUI

/// Golden screens (tig's idea): the canvas as text, compared with a committed file under
/// `Screens/`, and the style of each cell, compared with `<name>.style` beside it (see
/// `StyleLayer`). A missing file is recorded and the test fails, so that every new golden is
/// looked at before it is committed. `COMPTOIR_RECORD=1` re-records them all.
func expectGolden(_ canvas: Canvas, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Screens")
    let record = ProcessInfo.processInfo.environment["COMPTOIR_RECORD"] == "1"
    let file = dir.appendingPathComponent("\(name).txt")
    let actual = canvas.text
    if let expected = golden(file, actual: actual, record: record, sourceLocation), expected != actual {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let row = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
        let want = row < e.count ? String(e[row]) : "<none>"
        let got = row < a.count ? String(a[row]) : "<none>"
        Issue.record("Screen \(name) differs at row \(row):\n  expected: \(want)\n  actual:   \(got)\n\(actual)", sourceLocation: sourceLocation)
    }
    let styleFile = dir.appendingPathComponent("\(name).style")
    let layer = StyleLayer(canvas)
    if let expected = golden(styleFile, actual: layer.description, record: record, sourceLocation),
       let problem = styleDifference(expected: expected, actual: layer, canvas: canvas) {
        Issue.record("Styles of screen \(name) differ: \(problem)\n\(layer)", sourceLocation: sourceLocation)
    }
}

/// The committed text of a golden file; nil after recording `actual` in its place, when the
/// file is missing or `record` is set.
private func golden(_ file: URL, actual: String, record: Bool, _ sourceLocation: SourceLocation) -> String? {
    if !record, let expected = try? String(contentsOf: file, encoding: .utf8) { return expected }
    try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? actual.write(to: file, atomically: true, encoding: .utf8)
    Issue.record("Golden screen recorded at \(file.path): review it, then run the tests again.", sourceLocation: sourceLocation)
    return nil
}

/// Nil when the committed style layer is the actual one, byte for byte; else the first
/// cell that differs, named by its style on both sides.
func styleDifference(expected: String, actual: StyleLayer, canvas: Canvas) -> String? {
    if expected == actual.description { return nil }
    let committed: StyleLayer
    do { committed = try StyleLayer(parsing: expected) } catch { return "the committed file does not read: \(error)" }
    guard committed.width == actual.width, committed.height == actual.height else {
        return "size \(committed.width)x\(committed.height), now \(actual.width)x\(actual.height)"
    }
    guard let (x, y) = StyleLayer.firstDifference(committed, actual) else {
        return "same styles, written differently (legend or codes): record the file again"
    }
    return "row \(y), column \(x) (« \(canvas[x, y].character) » in « \(canvas.row(y)) »): expected "
        + "\(StyleLayer.name(committed.style(x: x, y: y))), actual \(StyleLayer.name(actual.style(x: x, y: y)))\n"
        + "  expected: \(committed.codes(row: y))\n  actual:   \(actual.codes(row: y))"
}
