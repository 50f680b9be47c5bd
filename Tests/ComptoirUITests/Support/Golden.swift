import Foundation
import Testing
import ComptoirUI

/// Golden screens (tig's idea): the canvas as text, compared with a committed file under
/// `Screens/`. A missing file is recorded and the test fails, so that every new golden is
/// looked at before it is committed. `COMPTOIR_RECORD=1` re-records them all.
func expectGolden(_ canvas: Canvas, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Screens")
    let file = dir.appendingPathComponent("\(name).txt")
    let actual = canvas.text
    let record = ProcessInfo.processInfo.environment["COMPTOIR_RECORD"] == "1"
    guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("Golden screen recorded at \(file.path): review it, then run the tests again.", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let row = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
        let want = row < e.count ? String(e[row]) : "<none>"
        let got = row < a.count ? String(a[row]) : "<none>"
        Issue.record("Screen \(name) differs at row \(row):\n  expected: \(want)\n  actual:   \(got)\n\(actual)", sourceLocation: sourceLocation)
    }
}
