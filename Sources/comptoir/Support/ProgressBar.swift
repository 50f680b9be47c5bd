import ComptoirUI
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A progress bar on stderr for long commands, redrawn when the percentage changes. Only on
/// a terminal: in a pipe or in CI it writes nothing, so that logs and outputs stay clean.
final class ProgressBar {
    private let title: String
    private let enabled = isatty(STDERR_FILENO) == 1
    private var shown = -1
    private var drawn = false

    init(_ title: String) { self.title = title }

    func update(_ done: Int, _ total: Int) {
        guard enabled else { return }
        let percent = total > 0 ? done * 100 / total : 100
        guard percent != shown else { return }
        shown = percent
        drawn = true
        var size = winsize()
        let width = ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) - 1 : 79
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + ProgressLine.text(title, done: done, total: total, width: width)).utf8))
    }

    /// Leaves the last state on its line.
    func finish() {
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
        drawn = false
        shown = -1
    }
}
