import Foundation
import Testing

/// Compares a rendered text with the committed file `Golden/<name>`, next to this file.
///
/// A missing file is recorded and the test fails, saying so: a new golden file is reviewed
/// like code before it is committed. With `COMPTOIR_RECORD=1` in the environment,
/// every compared file is rewritten (and the test fails too).
func expectGolden(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Golden")
        .appendingPathComponent(name)
    let rerecord = ProcessInfo.processInfo.environment["COMPTOIR_RECORD"] == "1"

    guard !rerecord, let data = FileManager.default.contents(atPath: url.path) else {
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            Issue.record(
                "Recorded golden file \(url.path). Review it, then run the test again.",
                sourceLocation: sourceLocation)
        } catch {
            Issue.record("Could not record golden file \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }

    let expected = String(decoding: data, as: UTF8.self)
    guard expected != actual else { return }
    Issue.record(
        """
        Text differs from golden file \(url.path) (run with COMPTOIR_RECORD=1 to \
        record it again, then review the difference):
        \(lineDifference(expected: expected, actual: actual))
        """,
        sourceLocation: sourceLocation)
}

/// The lines that differ, numbered, `-` for the golden file and `+` for the new text.
func lineDifference(expected: String, actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    for i in 0..<max(e.count, a.count) {
        let old = i < e.count ? String(e[i]) : nil
        let new = i < a.count ? String(a[i]) : nil
        guard old != new else { continue }
        if let old { out.append("\(i + 1)- |\(old)|") }
        if let new { out.append("\(i + 1)+ |\(new)|") }
    }
    return out.joined(separator: "\n")
}
