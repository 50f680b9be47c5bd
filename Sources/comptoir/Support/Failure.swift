import ArgumentParser
import Foundation
import ComptoirCore

/// A refusal to show the user: the French message on stderr, then exit code 2 (1 is kept
/// for "verify found a problem"). A message may quote stored text (a name): its control
/// characters are shown, never sent to the terminal.
struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = PrintableText.sanitized(message, singleLine: false) }
}

extension Failure {
    /// Prints and exits; used where ArgumentParser's own error format would be unclear.
    static func exit(_ message: String) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        Foundation.exit(2)
    }
}
